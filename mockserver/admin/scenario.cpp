// Control plane: the sandbox's scenario. GET /_pcsim/scenario shows the loaded one with its YAML
// source; PUT /_pcsim/scenario loads another (the body is the YAML text; JSON is YAML) in this
// sandbox only, replacing its world, clock, faults, budgets, journal and operation log. Texts are
// parsed once per server (http/scenario_cache.hpp), so loading the same scenario into a fresh
// sandbox for every test case is cheap.
#include "http/app.hpp"
#include "http/context.hpp"
#include "http/diagnostics_json.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"
#include "http/wire/control_reports.hpp"
#include "sim/errors/partner_center.hpp"
#include "sim/secrets.hpp"

namespace pcsim::admin {
namespace {

using http::HttpResponse;
using http::RequestContext;

HttpResponse getScenario(RequestContext& ctx) {
    const auto& scenario = *ctx.state->scenario;
    return http::json(200, http::ScenarioDocument{scenario.name, scenario.description, scenario.seed,
                                                  ctx.sandbox.name(), sim::maskSecrets(scenario.sourceText)});
}

HttpResponse putScenario(RequestContext& ctx) {
    if (ctx.request.body.empty())
        return http::error(400, sim::general_error::invalidInput,
                           "Send the scenario's YAML text as the body (scenarios/README.md describes it).");
    auto loaded = ctx.app.scenarios().load(ctx.request.body);
    if (!loaded->ok()) return http::invalidInput("The scenario", loaded->diagnostics);
    ctx.sandbox.load(loaded->scenario);
    http::ScenarioLoaded answer;
    answer.name = loaded->scenario->name;
    answer.seed = loaded->scenario->seed;
    answer.sandbox = ctx.sandbox.name();
    return http::json(200, answer);
}

}  // namespace

void addScenarioRoutes(http::Router& router) {
    router.add("GET", "/_pcsim/scenario", http::Access::control, getScenario);
    router.add("PUT", "/_pcsim/scenario", http::Access::control, putScenario);
}

}  // namespace pcsim::admin
