#include "session.hpp"

#include <cstdlib>

#include "partnercenter/partner_client.hpp"
#include "retry_policy.hpp"
#include "url.hpp"

namespace partnercenter::detail {

namespace {
constexpr const char* kClientName = "Partner Center C++ client";

// The trusted roots: the option, else the variables OpenSSL and curl users set, else the system's.
std::string caBundleOf(const ClientOptions& options) {
    if (!options.caBundle.empty()) return options.caBundle;
    for (const char* name : {"SSL_CERT_FILE", "CURL_CA_BUNDLE"})
        if (const char* value = std::getenv(name); value && *value) return value;
    return {};
}

TransportSettings transportSettings(const ClientOptions& options) {
    return {options.timeout,     options.connectTimeout, options.verifyTls,
            caBundleOf(options), options.proxy,          "partnercenter-cpp/0.1"};
}
}  // namespace

Session::Session(Credentials credentials, ClientOptions options)
    : options_(std::move(options)),
      transport_(transportSettings(options_)),
      tokens_(std::move(credentials), options_, transport_) {}

HttpResponse Session::call(const ApiCall& apiCall, const std::string& correlationId) {
    CallIdentity identity;
    return call(apiCall, correlationId, identity);
}

HttpResponse Session::call(const ApiCall& apiCall, const std::string& correlationId, CallIdentity& identity) {
    const std::string url = joinUrl(options_.endpoint, apiCall.target);
    identity = CallIdentity{apiCall.method + " " + url, newGuid(), correlationId.empty() ? newGuid() : correlationId};

    std::string tokenUsed;
    HttpResponse response = sendWithRetries(transport_, options_, identity, [&] {
        // Asked for on every attempt: a back-off may outlast the token.
        tokenUsed = tokens_.accessToken();
        HttpRequest request{apiCall.method, url, {}, apiCall.body.value_or("")};
        auto& h = request.headers;
        h.emplace_back("Authorization", "Bearer " + tokenUsed);
        h.emplace_back("Accept", "application/json");
        if (apiCall.body) h.emplace_back("Content-Type", "application/json");
        h.emplace_back("MS-RequestId", identity.requestId);  // the same on every retry: the service replays
        h.emplace_back("MS-CorrelationId", identity.correlationId);
        h.emplace_back("X-Locale", options_.locale);
        h.emplace_back("MS-PartnerCenter-Client", kClientName);
        if (!options_.applicationName.empty()) h.emplace_back("MS-PartnerCenter-Application", options_.applicationName);
        for (const auto& header : apiCall.headers) h.push_back(header);
        return request;
    });
    if (response.status >= 200 && response.status < 300) return response;
    // Not retried (as the SDK), but the next call will not present the refused token again.
    if (response.status == 401) tokens_.discard(tokenUsed);
    throw serviceError(identity, response);
}

}  // namespace partnercenter::detail
