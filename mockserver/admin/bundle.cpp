// Control plane: GET /_pcsim/bundle exports the sandbox (http/bundle.hpp); POST /_pcsim/bundle
// imports a bundle into the sandbox addressed, replacing its scenario, state, journal and clock —
// in a fresh server too, which is the point: a failing case's bundle reproduces it elsewhere.
#include "http/bundle.hpp"
#include "http/app.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/diagnostics_json.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"
#include "http/wire/control_reports.hpp"
#include "sim/errors/partner_center.hpp"

namespace pcsim::admin {
namespace {

using http::HttpResponse;
using http::RequestContext;

HttpResponse exportBundle(RequestContext& ctx) {
    try {
        return http::json(200, http::exportBundle(ctx.sandbox, *ctx.state));
    } catch (const http::BundleConflict& e) {
        return http::error(409, sim::general_error::invalidInput, e.what());
    }
}

HttpResponse importBundle(RequestContext& ctx) {
    auto body = http::parseJsonBody(ctx.request);
    try {
        auto imported = http::importBundle(ctx.app, ctx.sandbox, body);
        const std::string scenario = imported.state->scenario->name;
        ctx.sandbox.install(std::move(imported.state));
        http::BundleImported answer;
        answer.replayed = imported.replayed;
        answer.sandbox = ctx.sandbox.name();
        answer.scenario = scenario;
        return http::json(200, answer);
    } catch (const http::BundleScenarioInvalid& e) {
        return http::invalidInput("The bundle's scenario", e.diagnostics);
    }
}

}  // namespace

void addBundleRoutes(http::Router& router) {
    router.add("GET", "/_pcsim/bundle", http::Access::control, exportBundle);
    router.add("POST", "/_pcsim/bundle", http::Access::control, importBundle);
}

}  // namespace pcsim::admin
