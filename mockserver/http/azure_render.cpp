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

// What summaries and details share: the row's reservation and day, written the same way.
template <class Properties, class Row>
void fillUsage(Properties& p, const Row& row) {
    p.reservationOrderId = row.reservationOrderId;
    p.reservationId = row.reservationId;
    p.skuName = row.skuName;
    p.reservedHours = roundedForJson(row.reservedHours);
    p.usageDate = usageDate(row.usageDay);
    p.usedHours = roundedForJson(row.usedHours);
}

std::string consumptionId(const std::string& scopeId, const std::string& collection, const std::string& name) {
    return scopeId + "/providers/Microsoft.Consumption/" + collection + "/" + name;
}

}  // namespace

ReservationSummary renderSummary(const engine::UtilizationRow& row, const std::string& scopeId) {
    ReservationSummary out;
    out.name = row.reservationId + "_" + compactDate(row.usageDay);
    out.id = consumptionId(scopeId, "reservationSummaries", out.name);
    fillUsage(out.properties, row);
    out.properties.minUtilizationPercentage = roundedForJson(row.minUtilizationPercentage);
    out.properties.avgUtilizationPercentage = roundedForJson(row.avgUtilizationPercentage);
    out.properties.maxUtilizationPercentage = roundedForJson(row.maxUtilizationPercentage);
    return out;
}

ReservationDetail renderDetail(const engine::DetailRow& row, const std::string& scopeId) {
    ReservationDetail out;
    out.name = row.reservationId + "_" + compactDate(row.usageDay) + "_" +
               row.instanceId.substr(row.instanceId.rfind('/') + 1);
    out.id = consumptionId(scopeId, "reservationDetails", out.name);
    auto& p = out.properties;
    fillUsage(p, row);
    p.instanceId = row.instanceId;
    p.totalReservedQuantity = row.totalReservedQuantity;
    p.instanceFlexibilityGroup = row.instanceFlexibilityGroup;
    p.instanceFlexibilityRatio = row.instanceFlexibilityRatio;
    return out;
}

ReservationRecommendation renderRecommendation(const engine::Recommendation& r, const std::string& scopeId) {
    const bool single = r.scope == engine::RecommendationScope::single;
    ReservationRecommendation out;
    out.name = (single ? r.azureSubscriptionId : std::string("shared")) + "_" + r.region + "_" + r.armSkuName + "_" +
               r.term + "_" + lookBackPeriod(r.lookBackDays);
    out.id = consumptionId(scopeId, "reservationRecommendations", out.name);
    out.location = r.region;
    out.sku = r.armSkuName;
    auto& p = out.properties;
    p.lookBackPeriod = lookBackPeriod(r.lookBackDays);
    p.instanceFlexibilityRatio = r.instanceFlexibilityRatio;
    p.instanceFlexibilityGroup = r.instanceFlexibilityGroup;
    p.normalizedSize = r.normalizedSize;
    p.recommendedQuantityNormalized = roundedForJson(r.recommendedQuantityNormalized);
    p.term = r.term;
    p.costWithNoReservedInstances = roundedForJson(r.costWithNoReservedInstances);
    p.recommendedQuantity = r.recommendedQuantity;
    p.totalCostWithReservedInstances = roundedForJson(r.totalCostWithReservedInstances);
    p.netSavings = roundedForJson(r.netSavings);
    p.firstUsageDate = sim::formatTimestampSeconds(engine::startOfHour(r.firstUsageHour));
    p.scope = single ? "Single" : "Shared";
    if (single) p.subscriptionId = r.azureSubscriptionId;
    p.skuProperties = {{"Cores", std::to_string(r.cores)}, {"MemoryInGB", formatNumber(r.ramGb)}};
    return out;
}

}  // namespace pcsim::http
