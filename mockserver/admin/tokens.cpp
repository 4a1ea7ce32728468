// Control plane: POST /_pcsim/tokens/expire expires every access token this sandbox has issued, at
// once, whatever their `exp` says, so that a client's refresh path can be tested on purpose (a
// client keeps its token for `expires_in` of its own clock; it asks again only after a 401).
// With {"tokens": "refresh"} it revokes the refresh tokens instead (the next refresh_token grant gets
// the revoked-grant error and the client must sign in again), with "all" both. Tokens issued afterwards work.
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"
#include "http/wire/control_reports.hpp"
#include "partnercenter/text.hpp"

namespace pcsim::admin {
namespace {

std::string whichTokens(const http::HttpRequest& request) {
    if (request.body.empty()) return "access";
    const auto body = http::parseJsonBody(request);
    http::onlyKeys(body, {"tokens"}, "key", http::ListAllowed::yes);
    const std::string tokens =
        partnercenter::text::toLower(http::readModel<http::TokensExpireRequest>(body).tokens.value_or("access"));
    if (tokens != "access" && tokens != "refresh" && tokens != "all")
        throw http::BadRequest("tokens must be 'access', 'refresh' or 'all', not '" + tokens + "'.");
    return tokens;
}

http::HttpResponse expireTokens(http::RequestContext& ctx) {
    http::TokensExpiredAnswer answer;
    answer.expired = whichTokens(ctx.request);
    answer.generation = answer.expired == "refresh" ? ctx.state->tokenGeneration.load() : ++ctx.state->tokenGeneration;
    answer.refreshGeneration =
        answer.expired == "access" ? ctx.state->refreshGeneration.load() : ++ctx.state->refreshGeneration;
    return http::json(200, answer);
}

}  // namespace

void addTokenControlRoutes(http::Router& router) {
    router.add("POST", "/_pcsim/tokens/expire", http::Access::control, expireTokens);
}

}  // namespace pcsim::admin
