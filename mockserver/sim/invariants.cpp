#include "sim/invariants.hpp"

#include <cmath>
#include <map>
#include <set>

#include "partnercenter/text.hpp"
#include "sim/engine/applied_scope.hpp"
#include "sim/engine/engine_invariants.hpp"
#include "sim/entitlements.hpp"

namespace pcsim::sim {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::toLower;
namespace {

constexpr double kCents = 0.005;  // prices are compared to the cent

std::string lineSubject(const Order& order, int lineItemNumber) {
    return "order " + order.id + " line " + std::to_string(lineItemNumber);
}

std::string number(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

void entitlementPerFulfilledLine(const World& world, const CustomerState& customer, InvariantReport& report) {
    auto entitlements = listEntitlements(world, customer.customer.id, std::nullopt);
    if (!entitlements) return;
    std::map<std::pair<std::string, int>, std::vector<const EntitlementView*>> byLine;
    for (const auto& entitlement : *entitlements)
        byLine[{entitlement.orderId, entitlement.lineItemNumber}].push_back(&entitlement);
    for (const auto& orderId : customer.orderSequence) {
        auto found = customer.orders.find(orderId);
        if (found == customer.orders.end()) continue;  // reported by one-order-per-cart
        const Order& order = found->second;
        if (order.statusAt(world.now()) != OrderStatus::completed) continue;
        for (const auto& line : order.lines) {
            const auto& views = byLine[{order.id, line.lineItemNumber}];
            const std::string subject = lineSubject(order, line.lineItemNumber);
            if (views.size() != 1) {
                report.violation("entitlement-per-fulfilled-line",
                                 "a fulfilled order line has " + std::to_string(views.size()) + " entitlements, not 1",
                                 subject);
                continue;
            }
            const ReservationOrder& reservation = views.front()->reservationOrder;
            if (!equalsIgnoreCase(reservation.productId, line.productId) ||
                !equalsIgnoreCase(reservation.skuId, line.skuId) || reservation.originalQuantity != line.quantity)
                report.violation("entitlement-per-fulfilled-line",
                                 "the entitlement is " + reservation.productId + ":" + reservation.skuId + " x" +
                                     std::to_string(reservation.originalQuantity) + ", the line " + line.productId +
                                     ":" + line.skuId + " x" + std::to_string(line.quantity),
                                 subject);
        }
    }
}

void reservationOrderHasLine(const World& world, InvariantReport& report) {
    std::map<std::string, int> namedBy;  // lower-case reservation order id → lines naming it
    for (const auto& customer : world.customers())
        for (const auto& [id, order] : customer.orders)
            for (const auto& line : order.lines)
                if (!line.reservationOrderId.empty()) ++namedBy[toLower(line.reservationOrderId)];
    for (const auto& [key, reservationOrder] : world.reservationOrders()) {
        const std::string subject = "reservation order " + reservationOrder.id;
        const Order* order = world.orderOf(reservationOrder);
        const OrderLine* line = nullptr;
        if (order)
            for (const auto& candidate : order->lines)
                if (candidate.lineItemNumber == reservationOrder.lineItemNumber) line = &candidate;
        if (!line || !equalsIgnoreCase(line->reservationOrderId, reservationOrder.id)) {
            report.violation("reservation-order-has-line",
                             "no line of order " + reservationOrder.orderId + " of customer " +
                                 reservationOrder.customerId + " names this reservation order",
                             subject);
            continue;
        }
        if (namedBy[key] != 1)
            report.violation("reservation-order-has-line",
                             std::to_string(namedBy[key]) + " order lines name this reservation order", subject);
    }
    for (const auto& customer : world.customers())
        for (const auto& [id, order] : customer.orders)
            for (const auto& line : order.lines)
                if (!world.findReservationOrder(line.reservationOrderId))
                    report.violation("reservation-order-has-line",
                                     "the line's reservation order '" + line.reservationOrderId + "' does not exist",
                                     lineSubject(order, line.lineItemNumber));
}

void cartsAndOrders(const CustomerState& customer, InvariantReport& report) {
    std::map<std::string, std::vector<const Order*>> ordersByCart;  // lower-case cart id
    for (const auto& [id, order] : customer.orders) ordersByCart[toLower(order.cartId)].push_back(&order);
    for (const auto& [key, cart] : customer.carts) {
        const std::string subject = "cart " + cart.id;
        const auto& orders = ordersByCart[key];
        std::set<std::string> groups;
        for (const auto& line : cart.lines) groups.insert(line.orderGroup);
        std::set<std::string> recorded(cart.checkoutOrderIds.begin(), cart.checkoutOrderIds.end());
        if (orders.size() > groups.size() || recorded.size() != cart.checkoutOrderIds.size())
            report.violation(
                "one-order-per-cart",
                std::to_string(orders.size()) + " orders for " + std::to_string(groups.size()) + " order group(s)",
                subject);
        for (const Order* order : orders)
            if (!recorded.count(order->id))
                report.violation("one-order-per-cart",
                                 "order " + order->id + " is not the result of the cart's checkout", subject);
        if (cart.status == CartStatus::ordered) {
            if (cart.checkoutOrderIds.empty())
                report.violation("ordered-cart-has-order", "the cart is Ordered but has no order", subject);
            for (const auto& orderId : cart.checkoutOrderIds) {
                auto it = customer.orders.find(orderId);
                if (it == customer.orders.end() || !equalsIgnoreCase(it->second.cartId, cart.id))
                    report.violation("ordered-cart-has-order", "its order " + orderId + " does not exist", subject);
            }
        } else if (!orders.empty() || !cart.checkoutOrderIds.empty()) {
            report.violation("ordered-cart-has-order", "the cart is Active but has orders", subject);
        }
    }
    for (const auto& [cartKey, orders] : ordersByCart)
        if (!customer.carts.count(cartKey))
            for (const Order* order : orders)
                report.violation("one-order-per-cart", "its cart " + order->cartId + " does not exist",
                                 "order " + order->id);
}

void orderTotal(const World& world, const CustomerState& customer, InvariantReport& report) {
    for (const auto& [id, order] : customer.orders) {
        double sum = 0;
        for (const auto& line : order.lines) {
            sum += double(line.quantity) * line.unitPrice;
            const Availability* availability =
                world.catalog().findAvailability(line.productId, line.skuId, line.availabilityId);
            if (line.quantity <= 0 || !availability || std::abs(availability->price - line.unitPrice) > kCents)
                report.violation("order-total",
                                 "quantity " + std::to_string(line.quantity) + " at unit price " +
                                     number(line.unitPrice) +
                                     (availability ? ", the catalog's is " + number(availability->price)
                                                   : ", an availability the catalog does not have"),
                                 lineSubject(order, line.lineItemNumber));
        }
        if (std::abs(order.totalPrice() - sum) > kCents)
            report.violation("order-total",
                             "total " + number(order.totalPrice()) + " but lines add up to " + number(sum),
                             "order " + order.id);
    }
}

void reservationScope(const World& world, const ReservationOrder& order, InvariantReport& report) {
    const CustomerState* customer = world.findCustomer(order.customerId);
    for (const auto& reservation : order.reservations) {
        const std::string subject = "reservation " + reservation.id;
        if (reservation.scope == Scope::shared) {
            if (!reservation.appliedScopes.empty())
                report.violation("reservation-scope", "a Shared reservation has applied scopes", subject);
            continue;
        }
        if (reservation.appliedScopes.size() != 1) {
            report.violation("reservation-scope",
                             "a Single reservation has " + std::to_string(reservation.appliedScopes.size()) +
                                 " applied scopes, not 1",
                             subject);
            continue;
        }
        auto scope = engine::parseScopeId(reservation.appliedScopes.front());
        const Subscription* subscription =
            scope && customer ? customer->customer.findByAzureSubscriptionId(scope->azureSubscriptionId) : nullptr;
        if (!subscription)
            report.violation("reservation-scope",
                             "the applied scope " + reservation.appliedScopes.front() +
                                 " is not a subscription of customer " + order.customerId,
                             subject);
    }
}

void reservationQuantity(const ReservationOrder& order, InvariantReport& report) {
    std::int64_t live = 0;
    for (const auto& reservation : order.reservations)
        if (!equalsIgnoreCase(reservation.provisioningState, "Split") &&
            !equalsIgnoreCase(reservation.provisioningState, "Merged"))
            live += reservation.quantity;
    if (live != order.originalQuantity)
        report.violation("reservation-quantity",
                         "its live reservations add up to " + std::to_string(live) + ", the order was for " +
                             std::to_string(order.originalQuantity),
                         "reservation order " + order.id);
}

}  // namespace

void checkPurchaseInvariants(const World& world, InvariantReport& report) {
    for (const char* name : {"entitlement-per-fulfilled-line", "reservation-order-has-line", "one-order-per-cart",
                             "ordered-cart-has-order", "order-total", "reservation-scope", "reservation-quantity"})
        report.check(name);
    for (const auto& customer : world.customers()) {
        entitlementPerFulfilledLine(world, customer, report);
        cartsAndOrders(customer, report);
        orderTotal(world, customer, report);
    }
    reservationOrderHasLine(world, report);
    for (const auto& [key, order] : world.reservationOrders()) {
        reservationScope(world, order, report);
        reservationQuantity(order, report);
    }
}

InvariantReport checkInvariants(const World& world) {
    InvariantReport report;
    checkPurchaseInvariants(world, report);
    engine::checkEngineInvariants(world, report);
    return report;
}

}  // namespace pcsim::sim
