// The token endpoint of the simulated Entra ID (Azure AD) authority: POST /{tenant}/oauth2/token
// (v1) and /{tenant}/oauth2/v2.0/token: the form is read here, judged by sim/identity.hpp, and the
// answer rendered in the endpoint's own types. Client credentials give an App token; refresh_token
// and password grants give an App+User token for one of the scenario's users.
#include <algorithm>
#include <chrono>

#include "http/app.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/entra_error.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"
#include "http/wire/token_answers.hpp"
#include "sim/identity.hpp"

namespace pcsim::http {

namespace {

std::string formField(const std::map<std::string, std::string>& form, const std::string& name) {
    auto it = form.find(name);
    return it == form.end() ? std::string{} : it->second;
}

std::int64_t epochSeconds(sim::Timestamp t) {
    return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

sim::TokenRequest tokenRequest(const std::map<std::string, std::string>& form, std::string tenant, bool v2) {
    sim::TokenRequest request;
    request.tenant = std::move(tenant);
    request.v2 = v2;
    request.grantType = formField(form, "grant_type");
    request.clientId = formField(form, "client_id");
    request.clientSecret = formField(form, "client_secret");
    request.refreshToken = formField(form, "refresh_token");
    request.username = formField(form, "username");
    request.password = formField(form, "password");
    request.resource = formField(form, "resource");
    request.scope = formField(form, "scope");
    return request;
}

HttpResponse issueToken(RequestContext& ctx, bool v2) {
    const auto& partner = ctx.state->scenario->partner;
    const auto& settings = ctx.state->scenario->tokens;
    const sim::Timestamp now = sim::tokenTime(settings, ctx.world().now(), wallClockNow());
    auto request = tokenRequest(parseFormBody(ctx.request.body), ctx.param("tenant"), v2);
    request.refreshGeneration = ctx.state->refreshGeneration.load();
    const auto decided = sim::grantToken(partner, request);
    if (const auto* refused = std::get_if<sim::IdentityError>(&decided)) return entraError(ctx.request, *refused, now);
    const auto& grant = std::get<sim::TokenGrant>(decided);

    Identity identity;
    identity.tenantId = partner.tenantId;
    identity.appId = grant.appId;
    identity.issuedAt = now;
    identity.expiresAt = now + settings.lifetime;
    identity.audience = grant.audience;
    identity.sandbox = ctx.sandbox.name();  // the token works in this sandbox only
    identity.generation = ctx.state->tokenGeneration.load();
    std::optional<std::string> refreshToken, scope;
    if (grant.user) {
        identity.userObjectId = grant.user->objectId;
        identity.upn = grant.user->upn;
        identity.roles = grant.user->roles;
        refreshToken = grant.refreshToken;
        scope = grant.scope;
    }
    // Entra ID counts expires_in down from the moment it answers: a one-hour token says 3599 (contract
    // current-service.md §2). A client that caches for expires_in thus lets the token go a second early.
    const std::int64_t lifetime =
        std::max<std::int64_t>(1, std::chrono::duration_cast<std::chrono::seconds>(settings.lifetime).count() - 1);
    const std::string accessToken = ctx.app.tokens().mint(identity);
    HttpResponse response;
    if (v2) {
        V2TokenAnswer answer;
        answer.scope = scope;
        answer.expires_in = answer.ext_expires_in = lifetime;
        answer.access_token = accessToken;
        answer.refresh_token = refreshToken;
        response = json(200, answer);
    } else {
        V1TokenAnswer answer;
        answer.scope = scope;
        answer.expires_in = answer.ext_expires_in = std::to_string(lifetime);
        answer.expires_on = std::to_string(epochSeconds(identity.expiresAt));
        answer.not_before = std::to_string(epochSeconds(now));
        answer.resource = identity.audience;
        answer.access_token = accessToken;
        answer.refresh_token = refreshToken;
        response = json(200, answer);
    }
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
