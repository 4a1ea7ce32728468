// The basic control plane under /_pcsim/ (loopback clients only, enforced in App): health, the
// simulated clock, and reset — of everything to the scenario as loaded, or of the purchases only.
// Kept apart from the Partner Center surface. Every route works in any sandbox.
#include "http/app.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"
#include "http/wire/control_reports.hpp"
#include "http/wire/reset_request.hpp"
#include "partnercenter/text.hpp"
#include "sim/commerce_reset.hpp"
#include "sim/engine/engine.hpp"

namespace pcsim::admin {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::toLower;

namespace {

using http::HttpResponse;
using http::RequestContext;

nlohmann::ordered_json clockJson(const sim::World& world) {
    return {{"now", sim::formatTimestamp(world.now())},
            {"mode", world.clock.mode() == sim::ClockMode::frozen ? "frozen" : "realtime"}};
}

HttpResponse health(RequestContext& ctx) {
    const auto& scenario = *ctx.state->scenario;
    nlohmann::ordered_json body = {{"status", "ok"},
                                   {"sandbox", ctx.sandbox.name()},
                                   {"scenario", scenario.name},
                                   {"customers", scenario.customers.size()},
                                   {"products", scenario.catalog->products().size()},
                                   {"skus", scenario.catalog->skuCount()}};
    return http::json(200, body);
}

HttpResponse getClock(RequestContext& ctx) {
    auto lock = ctx.lockWorld();
    auto body = clockJson(ctx.world());
    lock.unlock();
    return http::json(200, body);
}

// {"advance": "PT24H"} moves the clock forward; {"set": "2026-05-01T00:00:00Z"} puts it anywhere.
HttpResponse postClock(RequestContext& ctx) {
    auto body = http::parseJsonBody(ctx.request);
    if (!body.is_object()) throw http::BadRequest("The body must be an object with 'advance' or 'set'.");
    auto text = [&](const char* name) -> std::optional<std::string> {
        for (auto& [key, value] : body.items())
            if (equalsIgnoreCase(key, name)) {
                if (!value.is_string()) throw http::BadRequest(std::string(name) + " must be a string.");
                return value.get<std::string>();
            }
        return std::nullopt;
    };
    auto advance = text("advance");
    auto set = text("set");
    if (advance.has_value() == set.has_value())
        throw http::BadRequest("Give exactly one of 'advance' (an ISO 8601 duration) or 'set' (a timestamp).");
    std::optional<sim::Ticks> by;
    std::optional<sim::Timestamp> to;
    if (advance) {
        by = sim::parseIsoDuration(*advance);
        if (!by || by->count() < 0)
            throw http::BadRequest("advance: '" + *advance + "' is not an ISO 8601 duration such as PT24H or P7D.");
    } else {
        to = sim::parseTimestamp(*set);
        if (!to)
            throw http::BadRequest("set: '" + *set + "' is not an ISO 8601 timestamp such as 2026-05-01T00:00:00Z.");
    }
    auto lock = ctx.lockWorld();
    if (by) ctx.world().clock.advance(*by);
    else ctx.world().clock.set(*to);
    // The engine applies the hours that just ended now, hour by hour, so that the cost of a clock
    // move is paid by the move and every later read finds the ledger up to date.
    sim::engine::catchUp(ctx.world());
    auto answer = clockJson(ctx.world());
    lock.unlock();
    return http::json(200, answer);
}

// No body or {"scope": "all"}: the sandbox as its scenario was loaded (world, clock, faults, budgets,
// journal). {"scope": "commerce"}: only the purchases (sim/commerce_reset.hpp) and the MS-RequestId
// replays that would answer with them.
HttpResponse reset(RequestContext& ctx) {
    std::string scope = "all";
    if (!ctx.request.body.empty()) {
        auto body = http::parseJsonBody(ctx.request);
        if (!body.is_object()) throw http::BadRequest("The body must be an object such as {\"scope\": \"commerce\"}.");
        for (auto it = body.begin(); it != body.end(); ++it)
            if (!equalsIgnoreCase(it.key(), "scope"))
                throw http::BadRequest("Unknown key '" + it.key() + "'; only 'scope' is read.");
        scope = toLower(http::readModel<http::ResetRequest>(body).scope.value_or("all"));
        if (scope != "all" && scope != "commerce")
            throw http::BadRequest("scope must be 'all' or 'commerce', not '" + scope + "'.");
    }
    if (scope == "all") {
        ctx.sandbox.reset();
    } else {
        {
            auto lock = ctx.lockWorld();
            sim::resetCommerce(ctx.world());
        }
        ctx.state->replay.clear();
    }
    http::ResetAnswer answer;
    answer.scope = scope;
    answer.scenario = ctx.state->scenario->name;
    return http::json(200, answer);
}

}  // namespace

void addControlRoutes(http::Router& router) {
    using http::Access;
    router.add("GET", "/_pcsim/health", Access::control, health);
    router.add("GET", "/_pcsim/clock", Access::control, getClock);
    // Both change the world: logged and replayed on bundle import (a reset of everything clears the
    // log, as it clears the world).
    router.add("POST", "/_pcsim/clock", Access::control, postClock, http::Changes::world);
    router.add("POST", "/_pcsim/reset", Access::control, reset, http::Changes::world);
}

}  // namespace pcsim::admin
