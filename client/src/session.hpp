// What all copies of a PartnerClient share: options, the connection pool and the token cache. A
// call goes out with the Partner Center headers (contract §3.1) and the SDK's retry policy.
#pragma once

#include "failure.hpp"
#include "http_transport.hpp"
#include "partnercenter/credentials.hpp"
#include "partnercenter/models/reader.hpp"
#include "partnercenter/options.hpp"
#include "token_provider.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace partnercenter::detail {

struct ApiCall {
    std::string method = "GET";
    std::string target{};                                        ///< "/v1/..." (with query), or an absolute URL
    std::optional<std::string> body{};                           ///< JSON text; sent with Content-Type application/json
    std::vector<std::pair<std::string, std::string>> headers{};  ///< extra, e.g. MS-ContinuationToken
};

class Session {
public:
    Session(Credentials credentials, ClientOptions options);
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    [[nodiscard]] const ClientOptions& options() const noexcept { return options_; }

    /// One logical call: one MS-RequestId for all its attempts. Returns a 2xx answer; throws
    /// PartnerCenterError otherwise. `correlationId` empty: a fresh one.
    HttpResponse call(const ApiCall& call, const std::string& correlationId);

    /// call(), then the body read as T.
    template <class T>
    T read(const ApiCall& apiCall, const std::string& correlationId) {
        CallIdentity identity;
        HttpResponse response = call(apiCall, correlationId, identity);
        try {
            return models::parse_text<T>(response.body);
        } catch (const models::ParseError& e) {
            throw invalidResponse(identity, response.status, e.what());
        }
    }

private:
    HttpResponse call(const ApiCall& call, const std::string& correlationId, CallIdentity& identity);

    ClientOptions options_;
    HttpTransport transport_;
    TokenProvider tokens_;
};

}  // namespace partnercenter::detail
