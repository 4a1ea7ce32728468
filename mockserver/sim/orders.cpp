#include "sim/orders.hpp"

#include "sim/engine/engine.hpp"
#include "sim/lookup.hpp"
#include "sim/purchase_terms.hpp"

namespace pcsim::sim {
namespace {

// Whether an order belongs under a billingType filter. The filter names a BillingCycleType
// (`OneTime`, `monthly`, ...) or a BillingType (`usage`, `license`); orders match on their billing
// cycle, so only one_time selects reservation orders. Anything else is an unparseable enum.
Result<std::string> billingCycleFilter(std::string_view billingType) {
    if (auto cycle = billingCycleName(billingType)) return *cycle;
    const std::string key = enumKey(billingType);
    if (key == "usage" || key == "license") return key;  // matches no reservation order
    return badRequest(order_error::unableToParseEnum,
                      "billingType " + std::string(billingType) + " is not a valid billing type.");
}

// Provisioning of a reservation order line follows its order (contract §15).
std::string lineProvisioningStatus(OrderStatus status) {
    switch (status) {
        case OrderStatus::completed: return "Fulfilled";
        case OrderStatus::pending: return "PrefulfillmentPending";
        case OrderStatus::cancelled: return "Unfulfilled";
    }
    return "Unfulfilled";
}

}  // namespace

Result<std::vector<Order>> listOrders(const World& world, std::string_view customerId,
                                      std::optional<std::string_view> billingType) {
    auto state = customerOr404(world, customerId);
    if (!state) return state.error();
    std::optional<std::string> cycle;
    if (billingType) {
        auto filter = billingCycleFilter(*billingType);
        if (!filter) return filter.error();
        cycle = *filter;
    }
    const CustomerState& customer = **state;
    std::vector<Order> orders;
    for (const auto& orderId : customer.orderSequence) {
        const Order& order = customer.orders.at(orderId);
        if (!cycle || order.billingCycle == *cycle) orders.push_back(order);
    }
    return orders;
}

Result<Order> getOrder(const World& world, std::string_view customerId, std::string_view orderId) {
    auto state = customerOr404(world, customerId);
    if (!state) return state.error();
    auto order = orderOr404(**state, orderId);
    if (!order) return order.error();
    return **order;
}

Result<std::vector<LineProvisioningStatus>> orderProvisioningStatus(const World& world, std::string_view customerId,
                                                                    std::string_view orderId) {
    auto state = customerOr404(world, customerId);
    if (!state) return state.error();
    auto order = orderOr404(**state, orderId);
    if (!order) return order.error();
    const std::string status = lineProvisioningStatus((*order)->statusAt(world.now()));
    std::vector<LineProvisioningStatus> lines;
    for (const auto& line : (*order)->lines) lines.push_back({line.lineItemNumber, status, line.quantity});
    return lines;
}

Result<Order> cancelOrder(World& world, std::string_view customerId, std::string_view orderId) {
    auto state = customerOr404(world, customerId);
    if (!state) return state.error();
    auto found = orderOr404(**state, orderId);
    if (!found) return found.error();
    Order& order = **found;
    if (!world.partner().integrationSandbox)
        return forbidden(order_error::cancelNotAllowed,
                         "Only integration-sandbox partners may cancel reservation orders.");
    const Timestamp now = world.now();
    if (order.statusAt(now) == OrderStatus::cancelled)
        return badRequest(order_error::orderCannotBeCanceled,
                          "Order " + order.id + " cannot be canceled: it already is.");
    if (now - order.creationDate > std::chrono::days{sandboxCancellationWindowDays})
        return badRequest(order_error::cancellationWindowPassed, "Order " + order.id + " has passed the " +
                                                                     std::to_string(sandboxCancellationWindowDays) +
                                                                     "-day cancellation window.");

    // Like any change the engine reads: the hours already ended keep their coverage, and the
    // reservations stop from the hour the cancellation falls in. Split and Merged ones stay so.
    engine::catchUp(world);
    order.cancelledAt = now;
    for (const auto& line : order.lines)
        if (ReservationOrder* reservationOrder = world.findReservationOrder(line.reservationOrderId))
            for (auto& reservation : reservationOrder->reservations)
                if (reservation.provisioningState == "Succeeded") reservation.provisioningState = "Cancelled";
    engine::noteChange(world);
    return order;
}

}  // namespace pcsim::sim
