#pragma once
// A deliberately plain HTTP client for the end-to-end tests (libcurl, JSON checked as nlohmann
// values): it knows nothing of pcsim's code, only the Partner Center documentation, so the tests
// hold the server to the documented wire format rather than to itself.
#include <map>
#include <string>

#include <nlohmann/json.hpp>

namespace pcsim::testing {

struct RawResponse {
    long status = 0;
    std::map<std::string, std::string> headers;  // names lower-cased
    std::string body;
    bool transportError = false;  // connection refused, reset, timed out

    nlohmann::json json() const { return nlohmann::json::parse(body); }
    std::string header(const std::string& lowerName) const {
        auto it = headers.find(lowerName);
        return it == headers.end() ? "" : it->second;
    }
};

class RawHttp {
public:
    RawHttp();
    ~RawHttp();
    RawHttp(const RawHttp&) = delete;
    RawHttp& operator=(const RawHttp&) = delete;

    RawResponse send(const std::string& method, const std::string& url, const std::string& body = {},
                     const std::map<std::string, std::string>& headers = {}, long timeoutMs = 10'000);

private:
    void* curl_;
};

}  // namespace pcsim::testing
