// Control plane: fault rules at run time, in the scenario's `faults:` format and with its checks.
// GET /_pcsim/faults lists the sandbox's rules with how many requests each matched; POST adds one
// (201; 409 when its name is taken); DELETE /_pcsim/faults/{name} removes one; DELETE /_pcsim/faults
// removes all. A new rule counts requests from zero.
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/diagnostics_json.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"
#include "http/wire/fault_rule.hpp"
#include "scenario/loader.hpp"
#include "sim/errors/partner_center.hpp"

namespace pcsim::admin {
namespace {

using http::HttpResponse;
using http::RequestContext;

HttpResponse listFaults(RequestContext& ctx) {
    http::FaultList list;
    for (const auto& counted : ctx.state->faults.list())
        list.items.push_back(http::faultRuleDocument(counted.rule, counted.matched));
    list.totalCount = list.items.size();
    return http::json(200, list);
}

HttpResponse addFault(RequestContext& ctx) {
    // Checked as JSON first, so that a JSON mistake is reported as one; then read as a scenario rule.
    auto body = http::parseJsonBody(ctx.request);
    if (!body.is_object()) throw http::BadRequest("The body must be one fault rule, a JSON object with 'name'.");
    auto parsed = scenario::parseFaultRule(ctx.request.body, "fault");
    if (!parsed.rule) return http::invalidInput("The fault rule", parsed.diagnostics);
    if (!ctx.state->faults.add(*parsed.rule))
        return http::error(
            409, sim::general_error::invalidInput,
            "A fault rule named '" + parsed.rule->name + "' exists; remove it first (DELETE /_pcsim/faults/{name}).");
    return http::json(201, http::faultRuleDocument(*parsed.rule, 0));
}

HttpResponse removeFault(RequestContext& ctx) {
    if (!ctx.state->faults.remove(ctx.param("name")))
        return http::error(404, sim::general_error::notFound,
                           "There is no fault rule named '" + ctx.param("name") + "'.");
    return http::noContent();
}

HttpResponse clearFaults(RequestContext& ctx) {
    ctx.state->faults.clear();
    return http::noContent();
}

}  // namespace

void addFaultRoutes(http::Router& router) {
    using http::Access;
    router.add("GET", "/_pcsim/faults", Access::control, listFaults);
    router.add("POST", "/_pcsim/faults", Access::control, addFault);
    router.add("DELETE", "/_pcsim/faults", Access::control, clearFaults);
    router.add("DELETE", "/_pcsim/faults/{name}", Access::control, removeFault);
}

}  // namespace pcsim::admin
