#pragma once
// Finding a reservation order and a reservation in it the way the Microsoft.Capacity API answers:
// 404 ReservationOrderNotFound / ReservationIdNotInReservationOrder. Also the ARM ids that name
// them, since requests refer to reservations by id ("/providers/Microsoft.Capacity/...").
#include <optional>
#include <string>
#include <string_view>

#include "sim/engine/arm_result.hpp"
#include "sim/world.hpp"

namespace pcsim::sim::engine {

// "/providers/Microsoft.Capacity/reservationOrders/{orderId}"
std::string reservationOrderArmId(std::string_view reservationOrderId);
// "/providers/Microsoft.Capacity/reservationOrders/{orderId}/reservations/{reservationId}"
std::string reservationArmId(std::string_view reservationOrderId, std::string_view reservationId);

struct ReservationRef {
    std::string reservationOrderId;
    std::string reservationId;
};
// Reads a reservation's ARM id (any letter case); nullopt when it is not one.
std::optional<ReservationRef> parseReservationArmId(std::string_view armId);

ArmResult<ReservationOrder*> reservationOrderOr404(World& world, std::string_view reservationOrderId);
ArmResult<const ReservationOrder*> reservationOrderOr404(const World& world, std::string_view reservationOrderId);
ArmResult<Reservation*> reservationOr404(ReservationOrder& order, std::string_view reservationId);
ArmResult<const Reservation*> reservationOr404(const ReservationOrder& order, std::string_view reservationId);

}  // namespace pcsim::sim::engine
