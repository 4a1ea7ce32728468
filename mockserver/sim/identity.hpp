#pragma once
// The rules of the simulated Entra ID token service, free of HTTP: which grant a token request
// makes, who it names, which audience it asks for, and which audiences each surface accepts
// (contract current-service.md §2, §3). http/auth.cpp parses the form, asks here, renders.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "sim/errors/entra_id.hpp"
#include "sim/scenario.hpp"

namespace pcsim::sim {

// An Entra ID refusal: the error (OAuth error, AADSTS number, status) and the words after "AADSTSnnn: ".
struct IdentityError {
    EntraError error;
    std::string message;
};

// The fields of a token request form that the rules read (empty when absent).
struct TokenRequest {
    std::string tenant;  // the {tenant} path segment: an id, "common" or "organizations"
    bool v2 = false;     // /oauth2/v2.0/token (scope=) rather than /oauth2/token (resource=)
    std::string grantType;
    std::string clientId;
    std::string clientSecret;
    std::string refreshToken;
    std::string username;
    std::string password;
    std::string resource;
    std::string scope;
    // The sandbox's refresh-token generation (POST /_pcsim/tokens/expire {"tokens": "refresh"}):
    // only the refresh tokens of this generation are taken; earlier ones are revoked.
    std::int64_t refreshGeneration = 0;
};

// What a successful request is granted.
struct TokenGrant {
    std::string appId;
    const PartnerUser* user = nullptr;  // App+User grants; null for App (client credentials)
    std::string audience;               // the `aud` of the access token
    std::string scope;                  // the answer's `scope` (App+User grants)
    std::string refreshToken;           // the answer's `refresh_token` (App+User grants)
};

template <class T>
using IdentityResult = std::variant<T, IdentityError>;

// The audience a request asks for: v1 `resource`, or the resource part of the v2 `scope`
// ("https://management.azure.com//.default" → "https://management.azure.com/"). Partner Center's when
// neither is given (the documented default of pcsim's own clients).
IdentityResult<std::string> requestedAudience(const TokenRequest& request);

// The refresh token a user holds at a refresh-token generation: the scenario's own at generation 0,
// then a new one for each revocation, derived from it (so it is the same after a restart, and a
// client that kept a revoked token cannot guess its successor by editing it).
std::string refreshTokenAt(const PartnerUser& user, std::int64_t generation);

// The whole request: tenant, grant type, client, secret or user credentials, audience, in Entra ID's order.
IdentityResult<TokenGrant> grantToken(const Partner& partner, const TokenRequest& request);
// The grant points into the partner (its user), so a temporary partner would leave it dangling.
IdentityResult<TokenGrant> grantToken(Partner&& partner, const TokenRequest& request) = delete;

// The surfaces a token may be sent to.
enum class Surface { partnerCenter, arm };

// How a token's audience fits a surface.
enum class AudienceFit {
    accepted,
    retired,  // https://graph.windows.net on Partner Center: refused since August 2025 (code 900420)
    wrong,    // any other audience
};
AudienceFit audienceFit(std::string_view audience, Surface surface);

// The audiences ARM accepts, as ARM's own error message lists them.
const std::vector<std::string_view>& armAudiences();
inline constexpr std::string_view kPartnerCenterAudience = "https://api.partnercenter.microsoft.com";
inline constexpr std::string_view kRetiredGraphAudience = "https://graph.windows.net";

}  // namespace pcsim::sim
