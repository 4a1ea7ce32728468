#include "sim/engine/reservation_changes.hpp"

#include <algorithm>
#include <numeric>

#include "partnercenter/text.hpp"
#include "sim/engine/applied_scope.hpp"
#include "sim/engine/eligibility.hpp"
#include "sim/engine/engine.hpp"
#include "sim/engine/reservation_lookup.hpp"
#include "sim/errors/arm.hpp"

namespace pcsim::sim::engine {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::toLower;
namespace {

ArmError invalidContent(std::string message) {
    return armBadRequest(arm_error::invalidRequestContent, std::move(message));
}

// Split, merge and PATCH act only on a reservation that gives benefit: not one ARM still shows
// Creating because its Partner Center order is pending, nor one split, merged, cancelled or expired.
std::optional<ArmError> requireChangeable(const World& world, const ReservationOrder& order,
                                          const Reservation& reservation) {
    const Order* purchase = world.orderOf(order);
    const bool pending = purchase && purchase->statusAt(world.now()) == OrderStatus::pending;
    const std::string state = pending ? "Creating" : displayedProvisioningState(reservation, world.now());
    if (equalsIgnoreCase(state, "Succeeded")) return std::nullopt;
    return armBadRequest(
        "OperationCannotBePerformedInCurrentState",
        "Reservation '" + reservation.id + "' is " + state + "; only a Succeeded reservation can be changed.");
}

struct Changeable {
    ReservationOrder* order;
    Reservation* reservation;
};

// The reservation a PATCH or split acts on: 404 for an unknown order or reservation, then requireChangeable.
ArmResult<Changeable> changeableReservation(World& world, std::string_view reservationOrderId,
                                            std::string_view reservationId) {
    auto order = reservationOrderOr404(world, reservationOrderId);
    if (auto* error = armError(order)) return *error;
    ReservationOrder& reservationOrder = *std::get<ReservationOrder*>(order);
    auto found = reservationOr404(reservationOrder, reservationId);
    if (auto* error = armError(found)) return *error;
    Reservation& reservation = *std::get<Reservation*>(found);
    if (auto error = requireChangeable(world, reservationOrder, reservation)) return *error;
    return Changeable{&reservationOrder, &reservation};
}

// The scope a PATCH asks for, checked against the request's shape and the customer's subscriptions.
ArmResult<AppliedScope> requestedScope(const World& world, const ReservationOrder& order,
                                       const ReservationPatch& patch) {
    const std::string& type = *patch.appliedScopeType;
    const auto& scopes = patch.appliedScopes;
    if (equalsIgnoreCase(type, "Shared")) {
        if (scopes && !scopes->empty()) return invalidContent("appliedScopes must not be given for a Shared scope.");
        return AppliedScope{};
    }
    if (equalsIgnoreCase(type, "ManagementGroup"))
        return invalidContent("appliedScopeType ManagementGroup is not supported by pcsim (contract §7).");
    if (!equalsIgnoreCase(type, "Single"))
        return invalidContent("appliedScopeType must be Shared or Single, not '" + type + "'.");
    if (!scopes || scopes->empty())
        return armBadRequest(arm_error::missingAppliedScopesForSingle,
                             "A Single scope needs one entry in appliedScopes.");
    if (scopes->size() != 1)
        return armBadRequest(
            "InvalidSingleAppliedScopesCount",
            "A Single scope takes exactly one entry in appliedScopes, not " + std::to_string(scopes->size()) + ".");
    auto scope = parseScopeId(scopes->front());
    if (!scope)
        return armBadRequest(arm_error::invalidSubscriptionId, "'" + scopes->front() +
                                                                   "' is neither /subscriptions/{id} nor "
                                                                   "/subscriptions/{id}/resourceGroups/{name}.");
    // The billing context of a CSP reservation is its customer (contract §1.1): only that customer's
    // subscriptions with an eligible offer can be chosen.
    const CustomerState* customer = world.findCustomer(order.customerId);
    const Subscription* target =
        customer ? customer->customer.findByAzureSubscriptionId(scope->azureSubscriptionId) : nullptr;
    if (!target || !offerReceivesReservationDiscount(*target))
        return armBadRequest(arm_error::appliedScopesNotAssociated,
                             "Subscription '" + scope->azureSubscriptionId +
                                 "' is not an eligible subscription of the reservation's billing context.");
    scope->azureSubscriptionId = target->azureSubscriptionId;  // the stored spelling
    return *scope;
}

// Split and merge results start where their source stood: same SKU, region, term, dates, scope.
Reservation derivedFrom(World& world, const Reservation& source, std::int64_t quantity) {
    Reservation child = source;
    child.id = world.ids.guid();
    child.quantity = quantity;
    child.provisioningState = "Succeeded";
    return child;
}

// The engine applies an order's reservations in their place in it (plan.cpp): results of a split or
// merge go right after their source, to take its place rather than that of the last reservation.
void insertAfter(ReservationOrder& order, const Reservation& source, const std::vector<Reservation>& results) {
    auto& reservations = order.reservations;
    const auto at = reservations.begin() + (&source - reservations.data()) + 1;
    reservations.insert(at, results.begin(), results.end());
}

ReservationLineage& lineageOf(World& world, const std::string& reservationId) {
    return world.reservationEngine.lineage[toLower(reservationId)];
}

// Resolves the merge sources to reservations of this order, in the order given.
ArmResult<std::vector<Reservation*>> mergeSources(ReservationOrder& order, const std::vector<std::string>& armIds) {
    if (armIds.size() < 2) return invalidContent("merge needs at least two sources.");
    std::vector<Reservation*> sources;
    for (const auto& armId : armIds) {
        auto ref = parseReservationArmId(armId);
        if (!ref) return armBadRequest(arm_error::invalidReservationId, "'" + armId + "' is not a reservation id.");
        if (!equalsIgnoreCase(ref->reservationOrderId, order.id))
            return armNotFound(arm_error::reservationNotInOrder,
                               "Reservation '" + armId + "' is not in reservation order '" + order.id + "'.");
        auto found = reservationOr404(order, ref->reservationId);
        if (auto* error = armError(found)) return *error;
        Reservation* reservation = std::get<Reservation*>(found);
        for (const Reservation* seen : sources)
            if (seen == reservation) return invalidContent("merge sources must be distinct: '" + armId + "' repeats.");
        sources.push_back(reservation);
    }
    return sources;
}

// "must have the same properties" (contract §4.4): the first difference found, if any.
std::optional<std::string> mergeMismatch(const Reservation& a, const Reservation& b) {
    if (!equalsIgnoreCase(a.armSkuName, b.armSkuName)) return "sku";
    if (!equalsIgnoreCase(a.region, b.region)) return "location";
    if (a.term != b.term) return "term";
    if (a.expiryDateTime != b.expiryDateTime) return "expiryDateTime";
    if (a.instanceFlexibility != b.instanceFlexibility) return "instanceFlexibility";
    if (!sameScope(appliedScopeOf(a), appliedScopeOf(b))) return "appliedScopes";
    return std::nullopt;
}

}  // namespace

ArmResult<Reservation> patchReservation(World& world, std::string_view reservationOrderId,
                                        std::string_view reservationId, const ReservationPatch& patch) {
    auto changeable = changeableReservation(world, reservationOrderId, reservationId);
    if (auto* error = armError(changeable)) return *error;
    auto [order, found] = std::get<Changeable>(changeable);
    Reservation& reservation = *found;

    if (patch.appliedScopes && !patch.appliedScopeType) return invalidContent("appliedScopes needs appliedScopeType.");
    const AppliedScope current = appliedScopeOf(reservation);
    AppliedScope scope = current;
    if (patch.appliedScopeType) {
        auto requested = requestedScope(world, *order, patch);
        if (auto* error = armError(requested)) return *error;
        scope = std::get<AppliedScope>(requested);
        if (sameScope(scope, current))
            return armBadRequest(arm_error::appliedScopesSameAsExisting, "The reservation already has this scope.");
    }
    const bool flexible = patch.instanceFlexibility.value_or(reservation.instanceFlexibility);
    // Capacity priority (flexibility Off) exists only for a single scope (contract §2.1).
    if (!flexible && scope.tier == ScopeTier::shared)
        return invalidContent("instanceFlexibility Off needs appliedScopeType Single.");
    const std::string displayName = patch.displayName.value_or(reservation.displayName);
    if (sameScope(scope, current) && flexible == reservation.instanceFlexibility &&
        displayName == reservation.displayName)
        return armBadRequest(arm_error::patchValuesSameAsExisting, "The request changes nothing.");

    catchUp(world);
    if (!sameScope(scope, current) || flexible != reservation.instanceFlexibility)
        world.reservationEngine.termsHistory[toLower(reservation.id)].push_back(
            {world.reservationEngine.processedUntil, current, reservation.instanceFlexibility});
    setAppliedScope(reservation, scope);
    reservation.instanceFlexibility = flexible;
    reservation.displayName = displayName;
    noteChange(world);
    return reservation;
}

ArmResult<Reshaped> splitReservation(World& world, std::string_view reservationOrderId, std::string_view reservationId,
                                     const std::vector<std::int64_t>& quantities) {
    auto changeable = changeableReservation(world, reservationOrderId, reservationId);
    if (auto* error = armError(changeable)) return *error;
    auto [order, found] = std::get<Changeable>(changeable);
    ReservationOrder& reservationOrder = *order;
    Reservation& source = *found;
    if (quantities.size() != 2) return invalidContent("quantities must hold exactly 2 numbers.");
    if (quantities[0] < 1 || quantities[1] < 1) return invalidContent("Each split quantity must be at least 1.");
    if (quantities[0] + quantities[1] != source.quantity)
        return invalidContent("The split quantities must add up to the reservation's quantity " +
                              std::to_string(source.quantity) + ".");

    catchUp(world);
    Reshaped result;
    for (std::int64_t quantity : quantities) result.created.push_back(derivedFrom(world, source, quantity));
    source.provisioningState = "Split";
    result.retired.push_back(source);
    for (const auto& child : result.created) {
        lineageOf(world, child.id).splitSource = source.id;
        lineageOf(world, source.id).splitDestinations.push_back(child.id);
    }
    insertAfter(reservationOrder, source, result.created);  // invalidates `source`
    noteChange(world);
    return result;
}

ArmResult<Reshaped> mergeReservations(World& world, std::string_view reservationOrderId,
                                      const std::vector<std::string>& sourceArmIds) {
    auto order = reservationOrderOr404(world, reservationOrderId);
    if (auto* error = armError(order)) return *error;
    ReservationOrder& reservationOrder = *std::get<ReservationOrder*>(order);
    auto resolved = mergeSources(reservationOrder, sourceArmIds);
    if (auto* error = armError(resolved)) return *error;
    const auto& sources = std::get<std::vector<Reservation*>>(resolved);
    for (const Reservation* source : sources) {
        if (auto error = requireChangeable(world, reservationOrder, *source)) return *error;
        if (auto property = mergeMismatch(*sources.front(), *source))
            return invalidContent("Reservations to merge must have the same properties; " + *property + " differs.");
    }

    catchUp(world);
    const std::int64_t total =
        std::accumulate(sources.begin(), sources.end(), std::int64_t{0},
                        [](std::int64_t sum, const Reservation* r) { return sum + r->quantity; });
    Reshaped result;
    Reservation merged = derivedFrom(world, *sources.front(), total);
    std::vector<std::string> sourceIds;
    for (Reservation* source : sources) {
        source->provisioningState = "Merged";
        sourceIds.push_back(source->id);
        result.retired.push_back(*source);
        lineageOf(world, source->id).mergeDestination = merged.id;
    }
    lineageOf(world, merged.id).mergeSources = sourceIds;
    result.created.push_back(merged);
    const Reservation* first = *std::min_element(sources.begin(), sources.end());  // the earliest in the order
    insertAfter(reservationOrder, *first, result.created);                         // invalidates `sources`
    noteChange(world);
    return result;
}

}  // namespace pcsim::sim::engine
