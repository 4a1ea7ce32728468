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
#include "http/wire/coverage_report.hpp"
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

http::CoverageRowDocument rowDocument(const engine::CoverageRow& row) {
    http::CoverageRowDocument out;
    out.period = periodText(row.periodStart);
    out.subscriptionId = row.subscriptionId;
    out.azureSubscriptionId = row.azureSubscriptionId;
    out.resourceGroup = row.resourceGroup;
    out.vmId = row.vmId;
    out.size = row.size;
    out.count = row.count;
    out.spot = row.spot;
    out.usedUnits = http::roundedForJson(row.usedUnits);
    out.coveredUnits = http::roundedForJson(row.coveredUnits);
    out.payAsYouGoUnits = http::roundedForJson(row.payAsYouGoUnits);
    for (const auto& share : row.coveredBy)
        out.coveredBy.push_back({share.reservationOrderId, share.reservationId, http::roundedForJson(share.units)});
    return out;
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
    http::CoverageReport report;
    report.customerId = ctx.param("customerId");
    report.grain = grain == engine::CoverageGrain::hour ? "hour" : "day";
    report.from = periodText(from);
    report.to = periodText(to);
    report.appliedUntil = periodText(appliedUntil);
    report.unit = "normalized instance size flexibility units (ratio x instance-hours)";
    double used = 0, covered = 0, payAsYouGo = 0;
    for (const auto& row : rows) {
        used += row.usedUnits;
        covered += row.coveredUnits;
        payAsYouGo += row.payAsYouGoUnits;
        report.rows.push_back(rowDocument(row));
    }
    report.totals = {http::roundedForJson(used), http::roundedForJson(covered), http::roundedForJson(payAsYouGo)};
    return http::json(200, report);
}

}  // namespace

void addCoverageRoutes(http::Router& router) {
    router.add("GET", "/_pcsim/customers/{customerId}/coverage", http::Access::control, coverageReport);
}

}  // namespace pcsim::admin
