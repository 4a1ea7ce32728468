#include "sim/entitlements.hpp"

#include "partnercenter/text.hpp"
#include "sim/lookup.hpp"
#include "sim/purchase_terms.hpp"

namespace pcsim::sim {

using partnercenter::text::equalsIgnoreCase;
namespace {

enum class EntitlementKind { reservedInstance, software };

Result<EntitlementKind> entitlementKind(std::string_view entitlementType) {
    const std::string key = enumKey(entitlementType);
    if (key == "reservedinstance" || key == "virtualmachinereservedinstance") return EntitlementKind::reservedInstance;
    if (key == "software") return EntitlementKind::software;
    return badRequest(entitlement_error::unableToParseEnum,
                      "entitlementType " + std::string(entitlementType) + " is not a valid entitlement type.");
}

ApiError artifactNotFound(std::string_view reservationOrderId) {
    return notFound(entitlement_error::notFound,
                    "Reservation order " + std::string(reservationOrderId) + " was not found.");
}

// An order's reservations are the customer's only once the order is fulfilled and not cancelled.
bool fulfilled(const Order& order, Timestamp now) { return order.statusAt(now) == OrderStatus::completed; }

}  // namespace

Result<std::vector<EntitlementView>> listEntitlements(const World& world, std::string_view customerId,
                                                      std::optional<std::string_view> entitlementType) {
    auto state = customerOr404(world, customerId);
    if (!state) return state.error();
    if (entitlementType) {
        auto kind = entitlementKind(*entitlementType);
        if (!kind) return kind.error();
        if (*kind == EntitlementKind::software) return std::vector<EntitlementView>{};  // pcsim sells no software
    }

    const CustomerState& customer = **state;
    std::vector<EntitlementView> entitlements;
    for (const auto& orderId : customer.orderSequence) {
        const Order& order = customer.orders.at(orderId);
        if (!fulfilled(order, world.now())) continue;
        for (const auto& line : order.lines) {
            const ReservationOrder* reservationOrder = world.findReservationOrder(line.reservationOrderId);
            if (!reservationOrder || reservationOrder->reservations.empty()) continue;
            entitlements.push_back({order.id, order.alternateId, line.lineItemNumber, line.productId, line.skuId,
                                    line.quantity, reservationOrder->reservations.front().expiryDateTime,
                                    *reservationOrder});
        }
    }
    return entitlements;
}

Result<ReservationOrder> reservationArtifact(const World& world, std::string_view customerId,
                                             std::string_view reservationOrderId) {
    auto state = customerOr404(world, customerId);
    if (!state) return state.error();
    const CustomerState& customer = **state;
    const ReservationOrder* reservationOrder = world.findReservationOrder(reservationOrderId);
    // Another customer's reservation order is answered exactly like one that does not exist.
    if (!reservationOrder || !equalsIgnoreCase(reservationOrder->customerId, customer.customer.id))
        return artifactNotFound(reservationOrderId);
    auto order = customer.orders.find(reservationOrder->orderId);
    if (order == customer.orders.end() || !fulfilled(order->second, world.now()))
        return artifactNotFound(reservationOrderId);
    return *reservationOrder;
}

}  // namespace pcsim::sim
