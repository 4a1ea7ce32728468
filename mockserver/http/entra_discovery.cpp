// The documents the simulated Entra ID authority publishes before any token request (contract
// current-service.md §2): instance discovery, the v1 and v2 OpenID configuration and the signing
// keys. Every address in them is built from the address the client used (scheme and Host), so a
// client pointed at https://127.0.0.1:PORT, or reaching pcsim as login.microsoftonline.com through
// the proxy, is sent back to pcsim.
#include "http/app.hpp"
#include "http/context.hpp"
#include "http/entra_error.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"
#include "http/wire/entra_documents.hpp"
#include "partnercenter/text.hpp"

namespace pcsim::http {

namespace {

using partnercenter::text::equalsIgnoreCase;

bool isAlias(const std::string& tenant) {
    return equalsIgnoreCase(tenant, "common") || equalsIgnoreCase(tenant, "organizations") ||
           equalsIgnoreCase(tenant, "consumers");
}

// The tenant of a path: the scenario's partner tenant, an alias, or nothing Entra ID knows.
std::optional<sim::IdentityError> unknownTenant(const RequestContext& ctx, const std::string& tenant) {
    if (equalsIgnoreCase(tenant, ctx.state->scenario->partner.tenantId) || isAlias(tenant)) return std::nullopt;
    return sim::IdentityError{sim::entra_error::tenantNotFound,
                              "Tenant '" + tenant +
                                  "' not found. Check to make sure you have the correct tenant ID and are signing "
                                  "into the correct cloud."};
}

HttpResponse openIdConfiguration(RequestContext& ctx, bool v2) {
    const std::string tenant = ctx.param("tenant");
    if (auto refused = unknownTenant(ctx, tenant)) return entraError(ctx.request, *refused, wallClockNow());
    const std::string origin = ctx.request.origin();
    const std::string base = origin + "/" + tenant;
    // Entra ID writes the tenant id in the issuer; for an alias, the literal placeholder.
    const std::string tid = isAlias(tenant) ? "{tenantid}" : ctx.state->scenario->partner.tenantId;
    OpenIdConfiguration document;
    const std::string oauth = base + (v2 ? "/oauth2/v2.0" : "/oauth2");
    document.token_endpoint = oauth + "/token";
    document.authorization_endpoint = oauth + "/authorize";
    document.device_authorization_endpoint = oauth + "/devicecode";
    document.end_session_endpoint = oauth + "/logout";
    document.jwks_uri = v2 ? base + "/discovery/v2.0/keys" : origin + "/common/discovery/keys";
    document.issuer = v2 ? origin + "/" + tid + "/v2.0" : "https://sts.windows.net/" + tid + "/";
    document.userinfo_endpoint =
        v2 ? "https://graph.microsoft.com/oidc/userinfo" : origin + "/" + tid + "/openid/userinfo";
    return json(200, document);
}

HttpResponse signingKeys(RequestContext& ctx) {
    const std::string tenant = ctx.param("tenant");
    if (auto refused = unknownTenant(ctx, tenant)) return entraError(ctx.request, *refused, wallClockNow());
    const PublishedKey& key = ctx.app.tokens().key().published();
    JsonWebKey jwk;
    jwk.kid = key.kid;
    jwk.x5t = key.x5t;
    jwk.n = key.n;
    jwk.e = key.e;
    jwk.x5c = {key.x5c};
    jwk.issuer = "https://login.microsoftonline.com/{tenantid}/v2.0";
    JsonWebKeySet set;
    set.keys.push_back(std::move(jwk));
    return json(200, set);
}

// GET /common/discovery/instance?api-version=1.1&authorization_endpoint=https://{host}/{tenant}/oauth2/v2.0/authorize.
// MSAL sends the authority it was given; pcsim answers for any host, since whoever reached this
// route reached pcsim. MSAL drops the port of the authority here, so when the host named is this
// server's own, the port the request came on is put back.
HttpResponse instanceDiscovery(RequestContext& ctx) {
    const std::string endpoint = ctx.request.queryParam("authorization_endpoint").value_or("");
    const auto scheme = endpoint.find("://");
    std::string origin = ctx.request.origin(), tenant = "common";
    if (scheme != std::string::npos) {
        const auto pathStart = endpoint.find('/', scheme + 3);
        const std::string host =
            endpoint.substr(scheme + 3, pathStart == std::string::npos ? std::string::npos : pathStart - scheme - 3);
        const std::string requestHost = ctx.request.header("host").value_or("");
        const bool sameHostWithoutPort = host.find(':') == std::string::npos && requestHost.rfind(host + ":", 0) == 0;
        origin = endpoint.substr(0, scheme + 3) + (sameHostWithoutPort ? requestHost : host);
        if (pathStart != std::string::npos) {
            const auto tenantEnd = endpoint.find('/', pathStart + 1);
            tenant = endpoint.substr(pathStart + 1,
                                     tenantEnd == std::string::npos ? std::string::npos : tenantEnd - pathStart - 1);
        }
    }
    InstanceDiscovery answer;
    answer.tenant_discovery_endpoint = origin + "/" + tenant + "/v2.0/.well-known/openid-configuration";
    CloudAliases aliases;
    aliases.aliases = {"login.microsoftonline.com", "login.windows.net", "login.microsoft.com", "sts.windows.net"};
    answer.metadata.push_back(aliases);
    return json(200, answer);
}

}  // namespace

void addEntraDiscoveryRoutes(Router& router) {
    router.add("GET", "/{tenant}/v2.0/.well-known/openid-configuration", Access::anonymous,
               [](RequestContext& ctx) { return openIdConfiguration(ctx, true); });
    router.add("GET", "/{tenant}/.well-known/openid-configuration", Access::anonymous,
               [](RequestContext& ctx) { return openIdConfiguration(ctx, false); });
    router.add("GET", "/{tenant}/discovery/v2.0/keys", Access::anonymous, signingKeys);
    router.add("GET", "/{tenant}/discovery/keys", Access::anonymous, signingKeys);
    router.add("GET", "/{tenant}/discovery/instance", Access::anonymous, instanceDiscovery);
}

}  // namespace pcsim::http
