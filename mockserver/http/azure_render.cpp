#include "http/azure_render.hpp"

#include <cstdio>

#include "http/json_rounding.hpp"
#include "partnercenter/text.hpp"
#include "sim/engine/applied_scope.hpp"
#include "sim/engine/eligibility.hpp"
#include "sim/engine/reservation_lookup.hpp"

namespace pcsim::http {

using partnercenter::text::toLower;
namespace {

namespace engine = sim::engine;

std::string usageDate(engine::DayIndex day) { return sim::formatTimestampSeconds(engine::startOfDay(day)); }

std::string compactDate(engine::DayIndex day) {  // "20260105", for row names
    const std::string iso = usageDate(day);
    return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

std::string lookBackPeriod(int days) { return "Last" + std::to_string(days) + "Days"; }

std::string formatNumber(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

std::optional<ArmAppliedScopeProperties> scopeProperties(const engine::AppliedScope& scope) {
    switch (scope.tier) {
        case engine::ScopeTier::shared: return std::nullopt;
        case engine::ScopeTier::subscription: return ArmAppliedScopeProperties{engine::scopeId(scope), std::nullopt};
        case engine::ScopeTier::resourceGroup: return ArmAppliedScopeProperties{std::nullopt, engine::scopeId(scope)};
    }
    return std::nullopt;
}

std::vector<std::string> armIds(const std::string& orderId, const std::vector<std::string>& reservationIds) {
    std::vector<std::string> ids;
    for (const auto& id : reservationIds) ids.push_back(engine::reservationArmId(orderId, id));
    return ids;
}

std::string orderState(const sim::World& world, const sim::ReservationOrder& order) {
    if (const sim::Order* placed = world.orderOf(order)) switch (placed->statusAt(world.now())) {
            case sim::OrderStatus::cancelled: return "Cancelled";
            case sim::OrderStatus::pending: return "Creating";
            case sim::OrderStatus::completed: break;
        }
    if (!order.reservations.empty() && world.now() >= order.reservations.front().expiryDateTime) return "Expired";
    return "Succeeded";
}

}  // namespace

ReservationView reservationView(const sim::World& world, const sim::ReservationOrder& order,
                                const sim::Reservation& reservation) {
    ReservationView view{reservation, order.id, engine::displayedProvisioningState(reservation, world.now()), "", {}};
    if (const sim::CustomerState* customer = world.findCustomer(order.customerId))
        if (const sim::Subscription* paying = customer->customer.findSubscription(order.billingSubscriptionId))
            view.billingScopeId = "/subscriptions/" + paying->azureSubscriptionId;
    const auto& lineage = world.reservationEngine.lineage;
    if (auto it = lineage.find(toLower(reservation.id)); it != lineage.end()) view.lineage = it->second;
    return view;
}

ReservationOrderView reservationOrderView(const sim::World& world, const sim::ReservationOrder& order) {
    ReservationOrderView view;
    view.id = order.id;
    view.term = order.term;
    view.originalQuantity = order.originalQuantity;
    view.provisioningState = orderState(world, order);
    if (!order.reservations.empty()) {
        const sim::Reservation& first = order.reservations.front();
        view.displayName = first.displayName;
        view.benefitStartTime = first.effectiveDateTime;
        view.expiryDateTime = first.expiryDateTime;
    }
    view.requestDateTime = view.benefitStartTime;
    if (const sim::CustomerState* customer = world.findCustomer(order.customerId))
        if (auto it = customer->orders.find(order.orderId); it != customer->orders.end())
            view.requestDateTime = it->second.creationDate;
    for (const auto& reservation : order.reservations) view.reservationIds.push_back(reservation.id);
    return view;
}

ArmReservation renderReservation(const ReservationView& view) {
    const sim::Reservation& r = view.reservation;
    const engine::AppliedScope scope = engine::appliedScopeOf(r);
    ArmReservation out;
    out.id = engine::reservationArmId(view.reservationOrderId, r.id);
    out.name = view.reservationOrderId + "/" + r.id;
    out.location = r.region;
    out.sku.name = r.armSkuName;
    auto& p = out.properties;
    p.instanceFlexibility = r.instanceFlexibility ? "On" : "Off";
    p.displayName = r.displayName;
    if (scope.tier != engine::ScopeTier::shared) p.appliedScopes = r.appliedScopes;
    p.appliedScopeType = sim::toString(r.scope);
    p.appliedScopeProperties = scopeProperties(scope);
    p.quantity = r.quantity;
    p.provisioningState = view.provisioningState;
    p.effectiveDateTime = r.effectiveDateTime;
    p.benefitStartTime = r.effectiveDateTime;
    p.expiryDateTime = r.expiryDateTime;
    p.term = r.term;
    p.billingScopeId = view.billingScopeId;
    const auto& lineage = view.lineage;
    if (!lineage.splitSource.empty())
        p.splitProperties.splitSource = engine::reservationArmId(view.reservationOrderId, lineage.splitSource);
    if (!lineage.splitDestinations.empty())
        p.splitProperties.splitDestinations = armIds(view.reservationOrderId, lineage.splitDestinations);
    if (!lineage.mergeSources.empty())
        p.mergeProperties.mergeSources = armIds(view.reservationOrderId, lineage.mergeSources);
    if (!lineage.mergeDestination.empty())
        p.mergeProperties.mergeDestination =
            engine::reservationArmId(view.reservationOrderId, lineage.mergeDestination);
    return out;
}

ArmReservationOrder renderReservationOrder(const ReservationOrderView& view) {
    ArmReservationOrder out;
    out.id = engine::reservationOrderArmId(view.id);
    out.name = view.id;
    auto& p = out.properties;
    p.displayName = view.displayName;
    p.requestDateTime = view.requestDateTime;
    p.createdDateTime = view.requestDateTime;
    p.benefitStartTime = view.benefitStartTime;
    p.expiryDateTime = view.expiryDateTime;
    p.term = view.term;
    p.provisioningState = view.provisioningState;
    p.originalQuantity = view.originalQuantity;
    for (auto& id : armIds(view.id, view.reservationIds)) p.reservations.push_back({std::move(id)});
    return out;
}

namespace {

// A Microsoft.Consumption resource of one reservation and day: the envelope and the properties
// summaries and details share; `extra` follows the shared properties, and `kind` comes last.
// `Row`: a summary or a detail row, which name these fields alike.
template <class Row>
nlohmann::ordered_json consumptionResource(const std::string& scopeId, const std::string& collection,
                                           const std::string& name, const Row& row, nlohmann::ordered_json extra) {
    nlohmann::ordered_json properties = {{"reservationOrderId", row.reservationOrderId},
                                         {"reservationId", row.reservationId},
                                         {"skuName", row.skuName},
                                         {"reservedHours", roundedForJson(row.reservedHours)},
                                         {"usageDate", usageDate(row.usageDay)},
                                         {"usedHours", roundedForJson(row.usedHours)}};
    properties.update(extra);
    properties["kind"] = "Reservation";
    return {{"id", scopeId + "/providers/Microsoft.Consumption/" + collection + "/" + name},
            {"name", name},
            {"type", "Microsoft.Consumption/" + collection},
            {"tags", nullptr},
            {"properties", std::move(properties)}};
}

}  // namespace

nlohmann::ordered_json renderSummary(const engine::UtilizationRow& row, const std::string& scopeId) {
    return consumptionResource(scopeId, "reservationSummaries", row.reservationId + "_" + compactDate(row.usageDay),
                               row,
                               {{"minUtilizationPercentage", roundedForJson(row.minUtilizationPercentage)},
                                {"avgUtilizationPercentage", roundedForJson(row.avgUtilizationPercentage)},
                                {"maxUtilizationPercentage", roundedForJson(row.maxUtilizationPercentage)}});
}

nlohmann::ordered_json renderDetail(const engine::DetailRow& row, const std::string& scopeId) {
    const std::string name = row.reservationId + "_" + compactDate(row.usageDay) + "_" +
                             row.instanceId.substr(row.instanceId.rfind('/') + 1);
    return consumptionResource(scopeId, "reservationDetails", name, row,
                               {{"instanceId", row.instanceId},
                                {"totalReservedQuantity", row.totalReservedQuantity},
                                {"instanceFlexibilityGroup", row.instanceFlexibilityGroup},
                                {"instanceFlexibilityRatio", row.instanceFlexibilityRatio}});
}

nlohmann::ordered_json renderRecommendation(const engine::Recommendation& r, const std::string& scopeId) {
    const bool single = r.scope == engine::RecommendationScope::single;
    const std::string name = (single ? r.azureSubscriptionId : std::string("shared")) + "_" + r.region + "_" +
                             r.armSkuName + "_" + r.term + "_" + lookBackPeriod(r.lookBackDays);
    nlohmann::ordered_json properties = {
        {"lookBackPeriod", lookBackPeriod(r.lookBackDays)},
        {"instanceFlexibilityRatio", r.instanceFlexibilityRatio},
        {"instanceFlexibilityGroup", r.instanceFlexibilityGroup},
        {"normalizedSize", r.normalizedSize},
        {"recommendedQuantityNormalized", roundedForJson(r.recommendedQuantityNormalized)},
        {"resourceType", "virtualmachines"},
        {"term", r.term},
        {"costWithNoReservedInstances", roundedForJson(r.costWithNoReservedInstances)},
        {"recommendedQuantity", r.recommendedQuantity},
        {"totalCostWithReservedInstances", roundedForJson(r.totalCostWithReservedInstances)},
        {"netSavings", roundedForJson(r.netSavings)},
        {"firstUsageDate", sim::formatTimestampSeconds(engine::startOfHour(r.firstUsageHour))},
        {"scope", single ? "Single" : "Shared"},
    };
    if (single) properties["subscriptionId"] = r.azureSubscriptionId;
    properties["skuProperties"] =
        nlohmann::ordered_json::array({{{"name", "Cores"}, {"value", std::to_string(r.cores)}},
                                       {{"name", "MemoryInGB"}, {"value", formatNumber(r.ramGb)}}});
    return {{"id", scopeId + "/providers/Microsoft.Consumption/reservationRecommendations/" + name},
            {"name", name},
            {"type", "Microsoft.Consumption/reservationRecommendations"},
            {"location", r.region},
            {"sku", r.armSkuName},
            {"kind", "legacy"},
            {"properties", std::move(properties)}};
}

nlohmann::ordered_json valueList(std::vector<nlohmann::ordered_json> items) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (auto& item : items) list.push_back(std::move(item));
    return {{"value", std::move(list)}};
}

}  // namespace pcsim::http
