// The bytes of a connection into the request reader (http/transport/request_reader.hpp), as a
// client could send them and cut into reads anywhere: nothing but a request or one refusal comes
// out, a body never passes its limit, nothing is read after a refusal, and the same bytes cut at
// another place give the same requests and the same refusal (the first byte picks the cut).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "http/transport/request_reader.hpp"

namespace {

using namespace pcsim::http;

constexpr std::size_t kBodyLimit = 4096;

struct Recorded final : RequestEvents {
    std::vector<std::string> seen;  // one line per event, for comparing two readings
    bool refusedOnce = false;

    std::size_t bodyLimit(const HttpRequest&) override { return kBodyLimit; }
    void continueWanted() override { seen.push_back("continue"); }
    void request(HttpRequest request, bool keepAlive, bool) override {
        if (refusedOnce) std::abort();  // nothing after a refusal
        if (request.body.size() > kBodyLimit) std::abort();
        seen.push_back(request.method + " " + request.path + "?" + request.rawQuery + " " +
                       std::to_string(request.body.size()) + (request.bodyTooLarge ? " too-large" : "") +
                       (keepAlive ? " keep" : " close") + " " + request.body);
    }
    void refused(int status, std::string description) override {
        if (refusedOnce || description.empty() || status < 400 || status > 599) std::abort();
        refusedOnce = true;
        seen.push_back("refused " + std::to_string(status));
    }
};

std::vector<std::string> readAll(std::string_view bytes, std::size_t cut) {
    RequestReader reader(RequestReaderLimits{1024});
    Recorded events;
    reader.read(bytes.substr(0, cut), events);
    reader.read(bytes.substr(cut), events);
    return events.seen;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
    const std::size_t cut = bytes.empty() ? 0 : data[0] % (bytes.size() + 1);
    if (readAll(bytes, cut) != readAll(bytes, bytes.size())) std::abort();
    return 0;
}
