// The token endpoint of the simulated Entra ID (Azure AD) authority: POST /{tenant}/oauth2/token
// (v1) and /{tenant}/oauth2/v2.0/token. Client credentials give an App token; refresh_token and
// password grants give an App+User token for one of the scenario's users.
#include <chrono>

#include "http/app.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"
#include "partnercenter/models/error.hpp"
#include "partnercenter/text.hpp"
#include "sim/errors/entra_id.hpp"
#include "sim/secrets.hpp"

namespace pcsim::http {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::isValidUtf8;

namespace {

constexpr const char* kPartnerCenterResource = "https://api.partnercenter.microsoft.com";

// An AAD error answer: {"error", "error_description": "AADSTSnnn: ...", "error_codes", "timestamp", ...}.
HttpResponse aadError(RequestContext& ctx, const sim::EntraError& error, const std::string& message,
                      sim::Timestamp now) {
    partnercenter::models::AadError body;
    body.error = std::string(error.error);
    body.error_description = "AADSTS" + std::to_string(error.aadsts) + ": " + message;
    body.error_codes = {error.aadsts};
    body.timestamp = sim::formatTimestamp(now);
    body.trace_id = ctx.request.header("client-request-id").value_or("00000000-0000-0000-0000-000000000000");
    body.correlation_id = ctx.request.header("client-request-id").value_or("00000000-0000-0000-0000-000000000000");
    return json(error.http, body);
}

std::string formField(const std::map<std::string, std::string>& form, const std::string& name) {
    auto it = form.find(name);
    return it == form.end() ? std::string{} : it->second;
}

const sim::AppCredential* findApp(const sim::Partner& partner, const std::string& clientId) {
    for (const auto& app : partner.apps)
        if (equalsIgnoreCase(app.clientId, clientId)) return &app;
    return nullptr;
}

// A scenario credential that came masked from a bundle and was not restored proves nothing.
bool presents(const std::string& presented, const std::string& expected) {
    return !presented.empty() && !sim::isMasked(expected) && presented == expected;
}

std::int64_t epochSeconds(sim::Timestamp t) {
    return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

HttpResponse issueToken(RequestContext& ctx, bool v2) {
    const auto& partner = ctx.state->scenario->partner;
    const auto& settings = ctx.state->scenario->tokens;
    const sim::Timestamp now = sim::tokenTime(settings, ctx.world().now(), wallClockNow());
    auto form = parseFormBody(ctx.request.body);
    const std::string tenant = ctx.param("tenant");
    const std::string grant = formField(form, "grant_type");
    bool multiTenantAlias = partnercenter::text::equalsIgnoreCase(tenant, "common") ||
                            partnercenter::text::equalsIgnoreCase(tenant, "organizations");
    if (!partnercenter::text::equalsIgnoreCase(tenant, partner.tenantId) &&
        !(multiTenantAlias && grant != "client_credentials"))
        return aadError(ctx, sim::entra_error::tenantNotFound, "Tenant '" + tenant + "' not found.", now);
    if (grant.empty())
        return aadError(ctx, sim::entra_error::missingParameter,
                        "The request body must contain the following parameter: 'grant_type'.", now);

    const std::string clientId = formField(form, "client_id");
    if (clientId.empty())
        return aadError(ctx, sim::entra_error::missingParameter,
                        "The request body must contain the following parameter: 'client_id'.", now);
    const auto* app = findApp(partner, clientId);
    if (!app)
        return aadError(
            ctx, sim::entra_error::unknownApplication,
            "Application with identifier '" + clientId + "' was not found in the directory '" + tenant + "'.", now);
    const std::string secret = formField(form, "client_secret");

    Identity identity;
    identity.tenantId = partner.tenantId;
    identity.appId = app->clientId;
    identity.issuedAt = now;
    identity.expiresAt = now + settings.lifetime;
    identity.audience = kPartnerCenterResource;
    identity.sandbox = ctx.sandbox.name();  // the token works in this sandbox only
    std::string refreshToken;

    if (grant == "client_credentials") {
        if (secret.empty())
            return aadError(
                ctx, sim::entra_error::missingClientSecret,
                "'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type.",
                now);
        if (!presents(secret, app->clientSecret))
            return aadError(ctx, sim::entra_error::invalidClientSecret,
                            "Invalid client secret provided. Ensure the secret being sent in the request is the client "
                            "secret value, not the client secret ID, for a secret added to app '" +
                                app->clientId + "'.",
                            now);
    } else if (grant == "refresh_token" || grant == "password") {
        if (!secret.empty() && !presents(secret, app->clientSecret))
            return aadError(ctx, sim::entra_error::invalidClientSecret, "Invalid client secret provided.", now);
        const sim::PartnerUser* user = nullptr;
        if (grant == "refresh_token") {
            const std::string presented = formField(form, "refresh_token");
            for (const auto& u : partner.users)
                if (presents(presented, u.refreshToken)) user = &u;
            if (!user)
                return aadError(ctx, sim::entra_error::invalidRefreshToken,
                                "Invalid request. Request is malformed or invalid (refresh token not recognised).",
                                now);
        } else {
            const std::string username = formField(form, "username");
            const std::string password = formField(form, "password");
            for (const auto& u : partner.users)
                if (equalsIgnoreCase(u.upn, username)) user = &u;
            if (!user || !presents(password, user->password))
                return aadError(ctx, sim::entra_error::invalidUserCredentials,
                                "Error validating credentials due to invalid username or password.", now);
        }
        identity.userObjectId = user->objectId;
        identity.upn = user->upn;
        identity.roles = user->roles;
        refreshToken = user->refreshToken;
    } else {
        return aadError(ctx, sim::entra_error::unsupportedGrantType,
                        "The app requested an unsupported grant type '" + grant + "'.", now);
    }
    // Form values arrive percent-decoded and may be any bytes; a resource or scope that is not text
    // names nothing Entra ID knows.
    const std::string resource = formField(form, "resource");
    if (!isValidUtf8(resource))
        return aadError(ctx, sim::entra_error::resourceNotFound,
                        "The resource principal named in the request was not found in the tenant named " + tenant +
                            ". The resource is not valid UTF-8 text.",
                        now);
    if (!isValidUtf8(formField(form, "scope")))
        return aadError(ctx, sim::entra_error::invalidScope,
                        "The provided value for the input parameter 'scope' is not valid. It is not UTF-8 text.", now);
    if (!resource.empty()) identity.audience = resource;

    partnercenter::models::AadTokenResponse token;
    token.token_type = "Bearer";
    token.expires_in = std::to_string(std::chrono::duration_cast<std::chrono::seconds>(settings.lifetime).count());
    token.ext_expires_in = token.expires_in;
    token.expires_on = std::to_string(epochSeconds(identity.expiresAt));
    token.not_before = std::to_string(epochSeconds(now));
    token.resource = identity.audience;
    token.access_token = ctx.app.tokens().mint(identity);
    if (identity.isAppUser()) {
        token.refresh_token = refreshToken;
        token.scope = v2 ? formField(form, "scope") : std::string("user_impersonation");
    }
    nlohmann::ordered_json body = token;
    if (v2) {
        // The v2 endpoint answers numbers and has no resource / expires_on / not_before.
        body.erase("resource");
        body.erase("expires_on");
        body.erase("not_before");
        body["expires_in"] = std::stoll(token.expires_in);
        body["ext_expires_in"] = std::stoll(token.ext_expires_in);
    }
    HttpResponse response = json(200, body);
    response.setHeader("Cache-Control", "no-store, no-cache");
    return response;
}

}  // namespace

void addAuthRoutes(Router& router) {
    router.add("POST", "/{tenant}/oauth2/token", Access::anonymous,
               [](RequestContext& ctx) { return issueToken(ctx, false); });
    router.add("POST", "/{tenant}/oauth2/v2.0/token", Access::anonymous,
               [](RequestContext& ctx) { return issueToken(ctx, true); });
}

}  // namespace pcsim::http
