// Control plane: GET /_pcsim/invariants runs the purchase and reservation engine invariants
// (sim/invariants.hpp) on the sandbox's current state, under its lock, and reports every violation.
#include "sim/invariants.hpp"
#include "http/context.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"
#include "http/wire/control_reports.hpp"

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
    http::InvariantsAnswer answer;
    answer.ok = report.ok();
    answer.checked = report.checked;
    for (const auto& v : report.violations) answer.violations.push_back({v.invariant, v.description, v.subject});
    if (report.omitted > 0) answer.omitted = report.omitted;
    return http::json(200, answer);
}

}  // namespace

void addInvariantRoutes(http::Router& router) {
    router.add("GET", "/_pcsim/invariants", http::Access::control, invariants);
}

}  // namespace pcsim::admin
