// Who the client is: an app alone (client credentials) or an app acting for a partner user
// (refresh token from the Secure Application Model consent). Contract §2.
#pragma once

#include <string>
#include <variant>

namespace partnercenter {

/// App-only: grant_type=client_credentials. Enough for most calls, but not for entitlements,
/// reservation details and order provisioning status (those answer 403, code 2032).
struct AppCredentials {
    std::string tenantId{};  ///< the partner's tenant (GUID or domain)
    std::string clientId{};
    std::string clientSecret{};
};

/// App+User: grant_type=refresh_token. The client keeps the newest refresh token the authority
/// hands back (Entra ID rotates them).
struct AppUserCredentials {
    std::string tenantId{};
    std::string clientId{};
    std::string clientSecret{};  ///< empty for a public client
    std::string refreshToken{};
};

using Credentials = std::variant<AppCredentials, AppUserCredentials>;

}  // namespace partnercenter
