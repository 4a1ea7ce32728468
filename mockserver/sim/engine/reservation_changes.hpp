#pragma once
// The changes a reservation allows after purchase (contract azure-reservations §1.3, §4.3–§4.4):
// scope, instance size flexibility and display name (PATCH), split and merge. None is a commercial
// transaction; none changes SKU, region, term or expiry. Each catches the engine up first, so the
// new state applies from the first hour not yet processed.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sim/engine/arm_result.hpp"
#include "sim/world.hpp"

namespace pcsim::sim::engine {

// A PATCH body's properties, as sent: unchecked strings, checked by patchReservation.
struct ReservationPatch {
    std::optional<std::string> appliedScopeType{};            // "Shared" / "Single" (any case)
    std::optional<std::vector<std::string>> appliedScopes{};  // "/subscriptions/{id}[/resourceGroups/{rg}]"
    std::optional<bool> instanceFlexibility{};
    std::optional<std::string> displayName{};
};

ArmResult<Reservation> patchReservation(World& world, std::string_view reservationOrderId,
                                        std::string_view reservationId, const ReservationPatch& patch);

// The reservations a split or merge produced, followed by the reservations it retired.
struct Reshaped {
    std::vector<Reservation> created;
    std::vector<Reservation> retired;
};

// Exactly two quantities, each at least 1, summing to the reservation's quantity.
ArmResult<Reshaped> splitReservation(World& world, std::string_view reservationOrderId, std::string_view reservationId,
                                     const std::vector<std::int64_t>& quantities);

// At least two distinct reservations of this order with the same SKU, region, term, expiry, scope
// and flexibility. `sourceArmIds` are the reservations' ARM ids.
ArmResult<Reshaped> mergeReservations(World& world, std::string_view reservationOrderId,
                                      const std::vector<std::string>& sourceArmIds);

}  // namespace pcsim::sim::engine
