// JSON request bodies into the typed models, through the readers the server and the client use.
// The first byte picks the model (seeds start with a letter: 'a' the first reader below), the rest
// is the body. The contract under test (http/body.hpp, partnercenter/models/reader.hpp): a body is
// read or refused with a ParseError (BadRequest is one), which App turns into 400 800002; any other
// exception would be a 500 and escapes here, which libFuzzer reports as a crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "http/body.hpp"
#include "http/message.hpp"
#include "http/wire/bundle_document.hpp"
#include "http/wire/journal_answers.hpp"
#include "http/wire/reservation_requests.hpp"
#include "http/wire/reset_request.hpp"
#include "http/wire/vm_document.hpp"
#include "partnercenter/models/models.hpp"
#include "scenario/loader.hpp"

namespace {

namespace models = partnercenter::models;
using namespace pcsim;

// What the server does with a body of type T: parseJsonBody, then the path-aware reader.
template <class T>
void serverReads(const std::string& body) {
    http::HttpRequest request;
    request.body = body;
    (void)http::readModel<T>(http::parseJsonBody(request));
}

// What the client does with an answer of type T; a model it read must render back to the same text
// through both writers (json_text.hpp promises byte equality).
template <class T>
void clientReads(const std::string& body) {
    const T value = models::parse_text<T>(body);
    std::string fast;
    write_json(fast, value);
    const std::string dom =
        models::to_ordered_json(value).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    if (fast != dom) std::abort();
}

// Token requests are forms, not JSON: parsing one must not throw at all.
void tokenForm(const std::string& body) { (void)http::parseFormBody(body); }

// POST /_pcsim/faults: JSON checked by parseJsonBody, then read as a scenario rule (diagnostics, no throw).
void faultRule(const std::string& body) {
    http::HttpRequest request;
    request.body = body;
    (void)http::parseJsonBody(request);
    (void)scenario::parseFaultRule(body, "fault");
}

using Reader = void (*)(const std::string&);
constexpr Reader kReaders[] = {
    serverReads<models::Cart>,                   // a: POST/PUT carts
    serverReads<models::InventoryCheckRequest>,  // b: POST /extensions/product/checkinventory
    serverReads<models::Order>,                  // c: PATCH orders (cancellation)
    serverReads<http::ResetRequest>,             // d: POST /_pcsim/reset
    serverReads<http::VerifyRequest>,            // e: POST /_pcsim/verify
    serverReads<http::VmDocument>,               // f: POST .../virtualMachines
    serverReads<http::VmChangeDocument>,         // g: PATCH .../virtualMachines/{id}
    serverReads<http::ReservationPatchRequest>,  // h: PATCH Microsoft.Capacity reservation
    serverReads<http::SplitRequest>,             // i: POST .../split
    serverReads<http::MergeRequest>,             // j: POST .../merge
    serverReads<http::BundleDocument>,           // k: POST /_pcsim/bundle
    faultRule,                                   // l: POST /_pcsim/faults
    tokenForm,                                   // m: POST /{tenant}/oauth2/token
    clientReads<models::Cart>,                   // n: the client reading a cart
    clientReads<models::CartCheckoutResult>,     // o: ... a checkout result
    clientReads<models::Order>,                  // p: ... an order
    clientReads<models::AadTokenResponse>,       // q: ... a token
    clientReads<models::ApiFault>,               // r: ... an error body
};
constexpr std::size_t kReaderCount = sizeof kReaders / sizeof kReaders[0];

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::size_t which = static_cast<unsigned char>(data[0] - 'a') % kReaderCount;
    const std::string body(reinterpret_cast<const char*>(data) + 1, size - 1);
    try {
        kReaders[which](body);
    } catch (const models::ParseError&) {}
    return 0;
}
