#include "token_provider.hpp"

#include "failure.hpp"
#include "partnercenter/models/error.hpp"
#include "partnercenter/partner_client.hpp"
#include "retry_policy.hpp"
#include "url.hpp"

#include <charconv>
#include <type_traits>

namespace partnercenter::detail {

namespace {

const std::string& tenantOf(const Credentials& credentials) {
    return std::visit([](const auto& c) -> const std::string& { return c.tenantId; }, credentials);
}

constexpr const char* kAppResource = "https://api.partnercenter.microsoft.com";
constexpr const char* kAppUserResource = "https://api.partnercenter.microsoft.com";

Query formFor(const Credentials& credentials, const std::string& configuredResource) {
    return std::visit(
        [&](const auto& c) -> Query {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, AppCredentials>) {
                return {{"grant_type", "client_credentials"},
                        {"client_id", c.clientId},
                        {"client_secret", c.clientSecret},
                        {"resource", configuredResource.empty() ? kAppResource : configuredResource}};
            } else {
                Query form{{"grant_type", "refresh_token"},
                           {"client_id", c.clientId},
                           {"refresh_token", c.refreshToken},
                           {"resource", configuredResource.empty() ? kAppUserResource : configuredResource}};
                if (!c.clientSecret.empty()) form.emplace_back("client_secret", c.clientSecret);
                return form;
            }
        },
        credentials);
}

}  // namespace

TokenProvider::TokenProvider(Credentials credentials, const ClientOptions& options, HttpTransport& transport)
    : credentials_(std::move(credentials)), options_(options), transport_(transport) {}

TokenProvider::TimePoint TokenProvider::now() const {
    return options_.clock ? options_.clock() : std::chrono::system_clock::now();
}

std::string TokenProvider::accessToken() {
    std::lock_guard lock(mutex_);
    if (token_.empty() || now() >= expiresAt_ - options_.tokenRefreshMargin) renew();
    return token_;
}

void TokenProvider::discard(const std::string& token) {
    std::lock_guard lock(mutex_);
    if (token == token_) token_.clear();
}

void TokenProvider::renew() {
    const std::string url = joinUrl(options_.authority, "/" + segment(tenantOf(credentials_)) + "/oauth2/token");
    const CallIdentity call{"POST " + url, {}, {}};
    const std::string body = encodeQuery(formFor(credentials_, options_.resource));
    const std::string clientRequestId = newGuid();  // Entra ID's own request id, for its logs
    const TimePoint requestedAt = now();

    HttpResponse response = sendWithRetries(transport_, options_, call, [&] {
        return HttpRequest{"POST",
                           url,
                           {{"Content-Type", "application/x-www-form-urlencoded"},
                            {"Accept", "application/json"},
                            {"client-request-id", clientRequestId}},
                           body};
    });
    if (response.status != 200) throw serviceError(call, response);

    models::AadTokenResponse token;
    try {
        token = models::parse_text<models::AadTokenResponse>(response.body);
    } catch (const models::ParseError& e) {
        throw invalidResponse(call, response.status, e.what());
    }
    long long lifetime = 0;
    const auto& text = token.expires_in;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), lifetime);
    if (token.access_token.empty() || error != std::errc{} || end != text.data() + text.size() || lifetime <= 0)
        throw invalidResponse(call, response.status, "expires_in '" + text + "' is not a positive number of seconds");

    // Expiry from expires_in and our own clock (as MSAL does), not from expires_on: the authority's
    // clock and ours need not agree.
    token_ = token.access_token;
    expiresAt_ = requestedAt + std::chrono::seconds(lifetime);
    if (auto* user = std::get_if<AppUserCredentials>(&credentials_);
        user && token.refresh_token && !token.refresh_token->empty())
        user->refreshToken = *token.refresh_token;  // Entra ID rotates refresh tokens
}

}  // namespace partnercenter::detail
