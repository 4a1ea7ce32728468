// Control plane: the coverage report for QA. GET /_pcsim/customers/{customerId}/coverage
// ?from=...&to=...&grain=hour|day — per VM and hour (or day): the normalized units used, which
// reservations covered how many, and what was left at pay-as-you-go. `from`/`to` are timestamps or
// dates (to exclusive); by default every hour the engine has applied. Catches the engine up first.
#include "sim/engine/coverage.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/json_rounding.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"
#include "partnercenter/text.hpp"
#include "sim/engine/engine.hpp"
#include "sim/lookup.hpp"

namespace pcsim::admin {

using partnercenter::text::equalsIgnoreCase;
namespace {

using http::HttpResponse;
using http::RequestContext;
namespace engine = sim::engine;

engine::HourIndex hourParam(const RequestContext& ctx, const char* name, bool roundUp, engine::HourIndex fallback) {
    auto text = ctx.request.queryParam(name);
    if (!text) return fallback;
    auto timestamp = sim::parseTimestamp(*text);
    if (!timestamp) throw http::BadRequest(std::string(name) + ": '" + *text + "' is not a timestamp or a date.");
    return roundUp ? engine::firstHourStartingAtOrAfter(*timestamp) : engine::hourContaining(*timestamp);
}

std::string periodText(engine::HourIndex hour) { return sim::formatTimestampSeconds(engine::startOfHour(hour)); }

nlohmann::ordered_json rowJson(const engine::CoverageRow& row) {
    nlohmann::ordered_json coveredBy = nlohmann::ordered_json::array();
    for (const auto& share : row.coveredBy)
        coveredBy.push_back({{"reservationOrderId", share.reservationOrderId},
                             {"reservationId", share.reservationId},
                             {"units", http::roundedForJson(share.units)}});
    return {{"period", periodText(row.periodStart)},
            {"subscriptionId", row.subscriptionId},
            {"azureSubscriptionId", row.azureSubscriptionId},
            {"resourceGroup", row.resourceGroup},
            {"vmId", row.vmId},
            {"size", row.size},
            {"count", row.count},
            {"spot", row.spot},
            {"usedUnits", http::roundedForJson(row.usedUnits)},
            {"coveredUnits", http::roundedForJson(row.coveredUnits)},
            {"payAsYouGoUnits", http::roundedForJson(row.payAsYouGoUnits)},
            {"coveredBy", std::move(coveredBy)}};
}

HttpResponse coverageReport(RequestContext& ctx) {
    auto grainText = ctx.request.queryParam("grain").value_or("day");
    engine::CoverageGrain grain;
    if (equalsIgnoreCase(grainText, "day")) grain = engine::CoverageGrain::day;
    else if (equalsIgnoreCase(grainText, "hour")) grain = engine::CoverageGrain::hour;
    else throw http::BadRequest("grain must be hour or day, not '" + grainText + "'.");

    std::vector<engine::CoverageRow> rows;
    engine::HourIndex from = 0, to = 0, appliedUntil = 0;
    {
        auto lock = ctx.lockWorld();
        auto& world = ctx.world();
        if (auto customer = sim::customerOr404(world, ctx.param("customerId")); !customer)
            return http::error(customer.error());
        engine::catchUp(world);
        const auto& state = world.reservationEngine;
        appliedUntil = state.processedUntil;
        from = hourParam(ctx, "from", false, state.firstHour.value_or(appliedUntil));
        to = hourParam(ctx, "to", true, appliedUntil);
        rows = engine::coverage(world, ctx.param("customerId"), from, to, grain);
    }
    double used = 0, covered = 0, payAsYouGo = 0;
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const auto& row : rows) {
        used += row.usedUnits;
        covered += row.coveredUnits;
        payAsYouGo += row.payAsYouGoUnits;
        items.push_back(rowJson(row));
    }
    return http::json(
        200, nlohmann::ordered_json{{"customerId", ctx.param("customerId")},
                                    {"grain", grain == engine::CoverageGrain::hour ? "hour" : "day"},
                                    {"from", periodText(from)},
                                    {"to", periodText(to)},
                                    {"appliedUntil", periodText(appliedUntil)},
                                    {"unit", "normalized instance size flexibility units (ratio x instance-hours)"},
                                    {"totals",
                                     {{"usedUnits", http::roundedForJson(used)},
                                      {"coveredUnits", http::roundedForJson(covered)},
                                      {"payAsYouGoUnits", http::roundedForJson(payAsYouGo)}}},
                                    {"rows", std::move(items)}});
}

}  // namespace

void addCoverageRoutes(http::Router& router) {
    router.add("GET", "/_pcsim/customers/{customerId}/coverage", http::Access::control, coverageReport);
}

}  // namespace pcsim::admin
