#include "sim/identity.hpp"

#include <algorithm>
#include <cstdio>

#include "partnercenter/text.hpp"
#include "sim/secrets.hpp"

namespace pcsim::sim {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::isValidUtf8;

namespace {

IdentityError refuse(const EntraError& error, std::string message) { return {error, std::move(message)}; }

// "https://Management.Azure.com/" and "https://management.azure.com" name the same resource.
std::string canonical(std::string_view uri) {
    std::string out = partnercenter::text::toLower(uri);
    while (!out.empty() && out.back() == '/') out.pop_back();
    return out;
}

// The resources this tenant has service principals for; any other is AADSTS500011.
bool knownResource(std::string_view resource) {
    static const std::vector<std::string> known = {canonical(kPartnerCenterAudience), "https://management.azure.com",
                                                   "https://management.core.windows.net",
                                                   canonical(kRetiredGraphAudience), "https://graph.microsoft.com"};
    const std::string c = canonical(resource);
    for (const auto& k : known)
        if (c == k) return true;
    return false;
}

// The OpenID Connect scopes, which name no resource.
bool isOidcScope(std::string_view scope) {
    return scope == "openid" || scope == "profile" || scope == "offline_access" || scope == "email";
}

std::vector<std::string> splitScopes(std::string_view scope) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < scope.size()) {
        while (i < scope.size() && scope[i] == ' ') ++i;
        std::size_t end = scope.find(' ', i);
        if (end == std::string_view::npos) end = scope.size();
        if (end > i) out.emplace_back(scope.substr(i, end - i));
        i = end;
    }
    return out;
}

// "https://x/.default" → "https://x", "https://x//.default" → "https://x/", "https://x/user_impersonation"
// → "https://x"; a bare permission ("User.Read") belongs to Microsoft Graph.
std::string resourceOfScope(const std::string& scope) {
    const auto scheme = scope.find("://");
    if (scheme == std::string::npos) return "https://graph.microsoft.com";
    const auto slash = scope.rfind('/');
    if (slash == std::string::npos || slash < scheme + 3) return scope;
    return scope.substr(0, slash);
}

// FNV-1a over the text, from a given start: two runs with different starts make 128 bits.
std::uint64_t fnv1a(std::string_view text, std::uint64_t hash) {
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

// How many earlier generations a revoked token is still told apart from an unknown one.
constexpr std::int64_t kRevokedGenerationsRemembered = 64;

// The user whose refresh token of this generation is presented, or the refusal: revoked when it was
// theirs in an earlier generation, not recognised otherwise.
IdentityResult<const PartnerUser*> userWithRefreshToken(const Partner& partner, const std::string& presented,
                                                        std::int64_t generation) {
    for (const auto& u : partner.users)
        if (presentsSecret(presented, refreshTokenAt(u, generation))) return &u;
    const std::int64_t oldest = std::max<std::int64_t>(0, generation - kRevokedGenerationsRemembered);
    for (std::int64_t g = generation - 1; g >= oldest; --g)
        for (const auto& u : partner.users)
            if (presentsSecret(presented, refreshTokenAt(u, g)))
                return refuse(entra_error::revokedGrant,
                              "The provided grant has expired due to it being revoked, a fresh auth token is needed. "
                              "The user might have changed or reset their password. The grant was issued on "
                              "refresh-token generation " +
                                  std::to_string(g) + "; the sandbox is at generation " + std::to_string(generation) +
                                  ".");
    return refuse(entra_error::invalidRefreshToken,
                  "Invalid request. Request is malformed or invalid (refresh token not recognised).");
}

const PartnerUser* userNamed(const Partner& partner, const std::string& username) {
    for (const auto& u : partner.users)
        if (equalsIgnoreCase(u.upn, username)) return &u;
    return nullptr;
}

const AppCredential* appWithId(const Partner& partner, const std::string& clientId) {
    for (const auto& app : partner.apps)
        if (equalsIgnoreCase(app.clientId, clientId)) return &app;
    return nullptr;
}

}  // namespace

std::string refreshTokenAt(const PartnerUser& user, std::int64_t generation) {
    if (generation <= 0) return user.refreshToken;
    const std::string seed = user.refreshToken + "#" + std::to_string(generation);
    char text[40];
    std::snprintf(text, sizeof text, "%016llx%016llx",
                  static_cast<unsigned long long>(fnv1a(seed, 0xcbf29ce484222325ULL)),
                  static_cast<unsigned long long>(fnv1a(seed, 0x84222325cbf29ce4ULL)));
    return "0.pcsim." + std::to_string(generation) + "." + text;
}

IdentityResult<std::string> requestedAudience(const TokenRequest& request) {
    // Form values arrive percent-decoded and may be any bytes; a resource or scope that is not text
    // names nothing Entra ID knows.
    if (!isValidUtf8(request.resource))
        return refuse(entra_error::resourceNotFound,
                      "The resource principal named in the request was not found in the "
                      "tenant named " +
                          request.tenant + ". The resource is not valid UTF-8 text.");
    if (!isValidUtf8(request.scope))
        return refuse(entra_error::invalidScope,
                      "The provided value for the input parameter 'scope' is not valid. It is not UTF-8 text.");
    std::string audience;
    if (request.v2 && !request.scope.empty()) {
        std::vector<std::string> resources;
        bool allDefault = true;
        for (const auto& scope : splitScopes(request.scope)) {
            if (isOidcScope(scope)) continue;
            const std::string resource = resourceOfScope(scope);
            allDefault = allDefault && scope.ends_with("/.default");
            bool seen = false;
            for (const auto& r : resources) seen = seen || canonical(r) == canonical(resource);
            if (!seen) resources.push_back(resource);
        }
        if (resources.size() > 1)
            return refuse(entra_error::multipleResources,
                          "Provided value for the input parameter scope '" + request.scope +
                              "' is not valid because it contains more than one resource. Scope " + request.scope +
                              " is not valid.");
        if (request.grantType == "client_credentials" && (resources.empty() || !allDefault))
            return refuse(entra_error::invalidScope,
                          "The provided value for scope " + request.scope +
                              " is not valid. Client credential flows must have a scope value with /.default "
                              "suffixed to the resource identifier (application ID URI).");
        audience = resources.empty() ? std::string(kPartnerCenterAudience) : resources.front();
    } else if (request.v2 && request.grantType == "client_credentials") {
        return refuse(entra_error::missingParameter, "The request body must contain the following parameter: 'scope'.");
    } else {
        audience = request.resource.empty() ? std::string(kPartnerCenterAudience) : request.resource;
    }
    if (!knownResource(audience))
        return refuse(entra_error::resourceNotFound,
                      "The resource principal named " + audience + " was not found in the tenant named " +
                          request.tenant +
                          ". This can happen if the application has not been installed by the administrator of the "
                          "tenant or consented to by any user in the tenant. You might have sent your authentication "
                          "request to the wrong tenant.");
    return audience;
}

IdentityResult<TokenGrant> grantToken(const Partner& partner, const TokenRequest& request) {
    const bool multiTenantAlias =
        equalsIgnoreCase(request.tenant, "common") || equalsIgnoreCase(request.tenant, "organizations");
    // Client credentials name a tenant; user grants may go through common/organizations.
    if (!equalsIgnoreCase(request.tenant, partner.tenantId) &&
        !(multiTenantAlias && request.grantType != "client_credentials"))
        return refuse(entra_error::tenantNotFound, "Tenant '" + request.tenant + "' not found.");
    if (request.grantType.empty())
        return refuse(entra_error::missingParameter,
                      "The request body must contain the following parameter: 'grant_type'.");
    if (request.clientId.empty())
        return refuse(entra_error::missingParameter,
                      "The request body must contain the following parameter: 'client_id'.");
    const AppCredential* app = appWithId(partner, request.clientId);
    if (!app)
        return refuse(entra_error::unknownApplication, "Application with identifier '" + request.clientId +
                                                           "' was not found in the directory '" + request.tenant +
                                                           "'.");
    TokenGrant grant;
    grant.appId = app->clientId;
    if (request.grantType == "client_credentials") {
        if (request.clientSecret.empty())
            return refuse(entra_error::missingClientSecret,
                          "'client_assertion', 'client_secret' or 'request' is "
                          "required for the 'client_credentials' grant type.");
        if (!presentsSecret(request.clientSecret, app->clientSecret))
            return refuse(entra_error::invalidClientSecret,
                          "Invalid client secret provided. Ensure the secret being sent in the request is the client "
                          "secret value, not the client secret ID, for a secret added to app '" +
                              app->clientId + "'.");
    } else if (request.grantType == "refresh_token" || request.grantType == "password") {
        // A public client sends no secret; a confidential one must send the right one.
        if (!request.clientSecret.empty() && !presentsSecret(request.clientSecret, app->clientSecret))
            return refuse(entra_error::invalidClientSecret, "Invalid client secret provided.");
        if (request.grantType == "refresh_token") {
            auto found = userWithRefreshToken(partner, request.refreshToken, request.refreshGeneration);
            if (auto* refused = std::get_if<IdentityError>(&found)) return *refused;
            grant.user = std::get<const PartnerUser*>(found);
        } else {
            grant.user = userNamed(partner, request.username);
            if (!grant.user || !presentsSecret(request.password, grant.user->password))
                return refuse(entra_error::invalidUserCredentials,
                              "Error validating credentials due to invalid username or password.");
        }
    } else {
        return refuse(entra_error::unsupportedGrantType,
                      "The app requested an unsupported grant type '" + request.grantType + "'.");
    }
    auto audience = requestedAudience(request);
    if (auto* problem = std::get_if<IdentityError>(&audience)) return *problem;
    grant.audience = std::get<std::string>(audience);
    if (grant.user) {
        grant.scope = request.v2 ? request.scope : std::string("user_impersonation");
        grant.refreshToken = refreshTokenAt(*grant.user, request.refreshGeneration);
    }
    return grant;
}

const std::vector<std::string_view>& armAudiences() {
    static const std::vector<std::string_view> audiences = {
        "https://management.core.windows.net/", "https://management.core.windows.net", "https://management.azure.com/",
        "https://management.azure.com"};
    return audiences;
}

AudienceFit audienceFit(std::string_view audience, Surface surface) {
    const std::string c = canonical(audience);
    if (surface == Surface::partnerCenter) {
        if (c == canonical(kPartnerCenterAudience)) return AudienceFit::accepted;
        return c == canonical(kRetiredGraphAudience) ? AudienceFit::retired : AudienceFit::wrong;
    }
    for (auto a : armAudiences())
        if (audience == a) return AudienceFit::accepted;
    return AudienceFit::wrong;
}

}  // namespace pcsim::sim
