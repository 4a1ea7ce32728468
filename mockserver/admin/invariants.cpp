// Control plane: GET /_pcsim/invariants runs the purchase and reservation engine invariants
// (sim/invariants.hpp) on the sandbox's current state, under its lock, and reports every violation.
#include "sim/invariants.hpp"
#include "http/context.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"

namespace pcsim::admin {
namespace {

using http::HttpResponse;
using http::RequestContext;

HttpResponse invariants(RequestContext& ctx) {
    sim::InvariantReport report;
    {
        auto lock = ctx.lockWorld();
        report = sim::checkInvariants(ctx.world());
    }
    nlohmann::ordered_json violations = nlohmann::ordered_json::array();
    for (const auto& v : report.violations)
        violations.push_back({{"invariant", v.invariant}, {"description", v.description}, {"subject", v.subject}});
    nlohmann::ordered_json body = {
        {"ok", report.ok()}, {"checked", report.checked}, {"violations", std::move(violations)}};
    if (report.omitted > 0) body["omitted"] = report.omitted;
    return http::json(200, body);
}

}  // namespace

void addInvariantRoutes(http::Router& router) {
    router.add("GET", "/_pcsim/invariants", http::Access::control, invariants);
}

}  // namespace pcsim::admin
