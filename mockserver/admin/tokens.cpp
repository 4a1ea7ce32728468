// Control plane: POST /_pcsim/tokens/expire expires every access token this sandbox has issued, at
// once, whatever their `exp` says, so that a client's refresh path can be tested on purpose (a
// client keeps its token for `expires_in` of its own clock; it asks again only after a 401).
// Tokens issued afterwards work.
#include "http/context.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"
#include "http/wire/control_reports.hpp"

namespace pcsim::admin {
namespace {

http::HttpResponse expireTokens(http::RequestContext& ctx) {
    http::TokensExpiredAnswer answer;
    answer.generation = ++ctx.state->tokenGeneration;
    return http::json(200, answer);
}

}  // namespace

void addTokenControlRoutes(http::Router& router) {
    router.add("POST", "/_pcsim/tokens/expire", http::Access::control, expireTokens);
}

}  // namespace pcsim::admin
