// The `clock:`, `behaviour:` and `tokens:` sections.
#include <chrono>

#include "scenario/sections.hpp"
#include "scenario/yaml_fields.hpp"

namespace pcsim::scenario {

void readClock(const YAML::Node& node, LoadContext& ctx, sim::Scenario& out) {
    MapReader clock(node, "clock", ctx.diags, {"start", "mode"});
    // Default: the real time now, to the second (a realtime clock then runs on from there).
    out.clockStart = std::chrono::time_point_cast<sim::Ticks>(
        std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    if (auto start = clock.text("start")) {
        if (auto parsed = sim::parseTimestamp(*start)) out.clockStart = *parsed;
        else
            clock.error("start",
                        "'start' must be an ISO 8601 time such as \"2026-01-05T09:00:00Z\", not '" + *start + "'");
    }
    if (auto mode = clock.choice("mode", {"realtime", "frozen"}))
        out.clockMode = *mode == "frozen" ? sim::ClockMode::frozen : sim::ClockMode::realtime;
    ctx.clockStart = out.clockStart;
}

sim::Behaviour readBehaviour(const YAML::Node& node, LoadContext& ctx) {
    MapReader behaviour(
        node, "behaviour", ctx.diags,
        {"registrationDelaySeconds", "provisioningDelaySeconds", "cartLifetimeDays", "cascadeToBroaderScope"});
    sim::Behaviour out;
    if (auto v = behaviour.integer("registrationDelaySeconds", Need::optional, 0)) out.registrationDelaySeconds = *v;
    if (auto v = behaviour.integer("provisioningDelaySeconds", Need::optional, 0)) out.provisioningDelaySeconds = *v;
    if (auto v = behaviour.integer("cartLifetimeDays", Need::optional, 1)) out.cartLifetimeDays = *v;
    if (auto v = behaviour.flag("cascadeToBroaderScope")) out.cascadeToBroaderScope = *v;
    ctx.behaviour = out;
    return out;
}

sim::TokenSettings readTokens(const YAML::Node& node, LoadContext& ctx) {
    MapReader tokens(node, "tokens", ctx.diags, {"lifetime", "clock"});
    sim::TokenSettings out;
    if (auto lifetime = tokens.text("lifetime")) {
        auto parsed = sim::parseIsoDuration(*lifetime);
        if (parsed && parsed->count() > 0) out.lifetime = *parsed;
        else
            tokens.error("lifetime",
                         "'lifetime' must be a positive ISO 8601 duration such as \"PT1H\", not '" + *lifetime + "'");
    }
    if (auto clock = tokens.choice("clock", {"wall", "simulated"}))
        out.clock = *clock == "simulated" ? sim::TokenClock::simulated : sim::TokenClock::wall;
    return out;
}

}  // namespace pcsim::scenario
