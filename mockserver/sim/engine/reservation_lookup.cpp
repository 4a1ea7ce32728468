#include "sim/engine/reservation_lookup.hpp"

#include "partnercenter/text.hpp"
#include "sim/engine/arm_path.hpp"
#include "sim/errors/arm.hpp"

namespace pcsim::sim::engine {

using partnercenter::text::equalsIgnoreCase;
namespace {

constexpr std::string_view kOrdersPrefix = "/providers/Microsoft.Capacity/reservationOrders/";

ArmError orderNotFound(std::string_view reservationOrderId) {
    return armNotFound(arm_error::reservationOrderNotFound,
                       "Reservation order '" + std::string(reservationOrderId) + "' was not found.");
}

ArmError reservationNotInOrder(std::string_view reservationId, const ReservationOrder& order) {
    return armNotFound(arm_error::reservationNotInOrder, "Reservation '" + std::string(reservationId) +
                                                             "' is not in reservation order '" + order.id + "'.");
}

}  // namespace

std::string reservationOrderArmId(std::string_view reservationOrderId) {
    return std::string(kOrdersPrefix) + std::string(reservationOrderId);
}

std::string reservationArmId(std::string_view reservationOrderId, std::string_view reservationId) {
    return reservationOrderArmId(reservationOrderId) + "/reservations/" + std::string(reservationId);
}

std::optional<ReservationRef> parseReservationArmId(std::string_view armId) {
    auto parts = armPathSegments(armId);
    if (parts.size() != 6 || !equalsIgnoreCase(parts[0], "providers") ||
        !equalsIgnoreCase(parts[1], "Microsoft.Capacity") || !equalsIgnoreCase(parts[2], "reservationOrders") ||
        !equalsIgnoreCase(parts[4], "reservations"))
        return std::nullopt;
    return ReservationRef{std::string(parts[3]), std::string(parts[5])};
}

ArmResult<ReservationOrder*> reservationOrderOr404(World& world, std::string_view reservationOrderId) {
    if (ReservationOrder* order = world.findReservationOrder(reservationOrderId)) return order;
    return orderNotFound(reservationOrderId);
}

ArmResult<const ReservationOrder*> reservationOrderOr404(const World& world, std::string_view reservationOrderId) {
    if (const ReservationOrder* order = world.findReservationOrder(reservationOrderId)) return order;
    return orderNotFound(reservationOrderId);
}

ArmResult<Reservation*> reservationOr404(ReservationOrder& order, std::string_view reservationId) {
    for (auto& reservation : order.reservations)
        if (equalsIgnoreCase(reservation.id, reservationId)) return &reservation;
    return reservationNotInOrder(reservationId, order);
}

ArmResult<const Reservation*> reservationOr404(const ReservationOrder& order, std::string_view reservationId) {
    for (const auto& reservation : order.reservations)
        if (equalsIgnoreCase(reservation.id, reservationId)) return &reservation;
    return reservationNotInOrder(reservationId, order);
}

}  // namespace pcsim::sim::engine
