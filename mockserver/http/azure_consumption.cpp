// Microsoft.Consumption on the simulator's host: reservation utilization (reservationSummaries,
// reservationDetails) for an order or one reservation, and reservationRecommendations for a
// subscription or a customer. Every query first applies the hours that ended since the last one.
#include <map>

#include "http/azure_common.hpp"
#include "http/azure_render.hpp"
#include "http/body.hpp"
#include "partnercenter/text.hpp"
#include "sim/engine/engine.hpp"
#include "sim/engine/reservation_lookup.hpp"
#include "sim/errors/arm.hpp"

namespace pcsim::http {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::toLower;
using partnercenter::text::toUpper;
namespace {

namespace engine = sim::engine;

constexpr const char* kConsumption = "/providers/Microsoft.Consumption";

struct DayRange {
    engine::DayIndex from = 0;
    engine::DayIndex to = -1;  // inclusive
};

// `properties/usageDate ge D and properties/usageDate le D`; without a filter, every applied day.
DayRange usageDates(const RequestContext& ctx, const sim::World& world) {
    const auto& state = world.reservationEngine;
    DayRange range;
    if (state.firstHour && state.processedUntil > *state.firstHour)
        range = {engine::dayOf(*state.firstHour), engine::dayOf(state.processedUntil - 1)};
    auto filter = ctx.request.queryParam("$filter");
    if (!filter) return range;
    for (const auto& clause : parseFilter(*filter)) {
        if (!equalsIgnoreCase(clause.property, "properties/usageDate"))
            throw BadRequest("$filter: only properties/usageDate can be filtered on, not " + clause.property + ".");
        const auto day = parseDay(clause.value, "properties/usageDate");
        if (clause.op == "ge") range.from = day;
        else if (clause.op == "gt") range.from = day + 1;
        else if (clause.op == "le") range.to = day;
        else if (clause.op == "lt") range.to = day - 1;
        else if (clause.op == "eq") range = {day, day};
        else throw BadRequest("$filter: unsupported operator '" + clause.op + "'.");
    }
    return range;
}

std::optional<std::string> reservationParam(const RequestContext& ctx) {
    if (auto it = ctx.params.find("reservationId"); it != ctx.params.end()) return it->second;
    return std::nullopt;
}

std::string scopeIdOf(const RequestContext& ctx) {
    auto reservationId = reservationParam(ctx);
    return reservationId ? engine::reservationArmId(ctx.param("reservationOrderId"), *reservationId)
                         : engine::reservationOrderArmId(ctx.param("reservationOrderId"));
}

HttpResponse summaries(RequestContext& ctx) {
    auto grainText = ctx.request.queryParam("grain");
    engine::Grain grain;
    if (grainText && partnercenter::text::equalsIgnoreCase(*grainText, "daily")) grain = engine::Grain::daily;
    else if (grainText && partnercenter::text::equalsIgnoreCase(*grainText, "monthly")) grain = engine::Grain::monthly;
    else return armError(400, sim::arm_error::badRequest, "grain is required: daily or monthly.");
    const auto reservationId = reservationParam(ctx);
    std::vector<engine::UtilizationRow> rows;
    {
        auto lock = ctx.lockWorld();
        engine::catchUp(ctx.world());
        const DayRange days = usageDates(ctx, ctx.world());
        auto result = engine::reservationSummaries(ctx.world(), ctx.param("reservationOrderId"), reservationId, grain,
                                                   days.from, days.to);
        if (auto* error = engine::armError(result)) return armError(*error);
        rows = std::move(std::get<std::vector<engine::UtilizationRow>>(result));
    }
    ReservationSummaryList list;
    for (const auto& row : rows) list.value.push_back(renderSummary(row, scopeIdOf(ctx)));
    return armJson(200, list);
}

HttpResponse details(RequestContext& ctx) {
    const auto reservationId = reservationParam(ctx);
    std::vector<engine::DetailRow> rows;
    {
        auto lock = ctx.lockWorld();
        engine::catchUp(ctx.world());
        const DayRange days = usageDates(ctx, ctx.world());
        auto result =
            engine::reservationDetails(ctx.world(), ctx.param("reservationOrderId"), reservationId, days.from, days.to);
        if (auto* error = engine::armError(result)) return armError(*error);
        rows = std::move(std::get<std::vector<engine::DetailRow>>(result));
    }
    ReservationDetailList list;
    for (const auto& row : rows) list.value.push_back(renderDetail(row, scopeIdOf(ctx)));
    return armJson(200, list);
}

// `properties/scope eq 'Single' and properties/lookBackPeriod eq 'Last7Days' and properties/term eq 'P1Y'`
// (each optional: Single, Last7Days, P1Y by default; resourceType can only be VirtualMachines).
void readRecommendationFilter(const RequestContext& ctx, engine::RecommendationRequest& request) {
    auto filter = ctx.request.queryParam("$filter");
    if (!filter) return;
    static const std::map<std::string, int> lookBacks = {{"last7days", 7}, {"last30days", 30}, {"last60days", 60}};
    for (const auto& clause : parseFilter(*filter)) {
        if (clause.op != "eq") throw BadRequest("$filter: only 'eq' is supported, not '" + clause.op + "'.");
        const std::string property = toLower(clause.property);
        const std::string value = toLower(clause.value);
        if (property == "properties/scope" && (value == "single" || value == "shared")) {
            request.scope =
                value == "single" ? engine::RecommendationScope::single : engine::RecommendationScope::shared;
        } else if (property == "properties/lookbackperiod" && lookBacks.count(value)) {
            request.lookBackDays = lookBacks.at(value);
        } else if (property == "properties/term" && (value == "p1y" || value == "p3y" || value == "p5y")) {
            request.term = toUpper(value);
        } else if (property == "properties/resourcetype" && value == "virtualmachines") {
        } else {
            throw BadRequest("$filter: unsupported condition " + clause.property + " eq '" + clause.value +
                             "' (scope Single|Shared, lookBackPeriod Last7Days|Last30Days|Last60Days, "
                             "term P1Y|P3Y|P5Y, resourceType VirtualMachines).");
        }
    }
}

HttpResponse recommendationsFor(RequestContext& ctx, engine::RecommendationRequest request,
                                const std::string& scopeId) {
    readRecommendationFilter(ctx, request);
    std::vector<engine::Recommendation> recommendations;
    {
        auto lock = ctx.lockWorld();
        engine::catchUp(ctx.world());
        auto result = engine::recommendReservations(ctx.world(), request);
        if (auto* error = engine::armError(result)) return armError(*error);
        recommendations = std::move(std::get<std::vector<engine::Recommendation>>(result));
    }
    ReservationRecommendationList list;
    for (const auto& recommendation : recommendations)
        list.value.push_back(renderRecommendation(recommendation, scopeId));
    return armJson(200, list);
}

// For one Azure subscription: Single recommends for it, Shared for its customer's billing context.
HttpResponse subscriptionRecommendations(RequestContext& ctx) {
    const std::string& azureSubscriptionId = ctx.param("subscriptionId");
    engine::RecommendationRequest request;
    {
        auto lock = ctx.lockWorld();
        for (const auto& state : ctx.world().customers())
            if (state.customer.findByAzureSubscriptionId(azureSubscriptionId)) request.customerId = state.customer.id;
    }
    if (request.customerId.empty())
        return armError(404, sim::arm_error::subscriptionNotFound,
                        "Subscription '" + azureSubscriptionId + "' was not found.");
    request.azureSubscriptionId = azureSubscriptionId;
    return recommendationsFor(ctx, std::move(request), "/subscriptions/" + azureSubscriptionId);
}

// For a CSP customer (the billing account is not checked): Single recommends per subscription.
HttpResponse customerRecommendations(RequestContext& ctx) {
    engine::RecommendationRequest request;
    request.customerId = ctx.param("customerId");
    return recommendationsFor(ctx, std::move(request),
                              "/providers/Microsoft.Billing/billingAccounts/" + ctx.param("billingAccountId") +
                                  "/customers/" + ctx.param("customerId"));
}

}  // namespace

void addAzureConsumptionRoutes(Router& router) {
    const std::string summariesSuffix = std::string(kConsumption) + "/reservationSummaries";
    const std::string detailsSuffix = std::string(kConsumption) + "/reservationDetails";
    addArmRoute(router, "GET", kReservationOrderPath + summariesSuffix, summaries);
    addArmRoute(router, "GET", kReservationPath + summariesSuffix, summaries);
    addArmRoute(router, "GET", kReservationOrderPath + detailsSuffix, details);
    addArmRoute(router, "GET", kReservationPath + detailsSuffix, details);
    addArmRoute(router, "GET",
                std::string("/subscriptions/{subscriptionId}") + kConsumption + "/reservationRecommendations",
                subscriptionRecommendations);
    addArmRoute(router, "GET",
                std::string("/providers/Microsoft.Billing/billingAccounts/{billingAccountId}/customers/{customerId}") +
                    kConsumption + "/reservationRecommendations",
                customerRecommendations);
}

}  // namespace pcsim::http
