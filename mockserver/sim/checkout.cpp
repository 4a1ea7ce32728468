#include "sim/checkout.hpp"

#include <algorithm>
#include <cstdio>
#include <map>

#include "partnercenter/catalog_spelling.hpp"
#include "sim/cart_rules.hpp"
#include "sim/lookup.hpp"
#include "sim/purchase_terms.hpp"

namespace pcsim::sim {
namespace {

// "VM_RI_05-06-2024_09-12": the name Azure gives a reservation bought at that minute.
std::string reservationDisplayName(Timestamp purchasedAt) {
    using namespace std::chrono;
    auto day = floor<days>(purchasedAt);
    year_month_day ymd{day};
    hh_mm_ss<Ticks> time{purchasedAt - day};
    char buf[64];  // room for any int the format could print, to keep -Wformat-truncation quiet
    std::snprintf(buf, sizeof buf, "VM_RI_%02u-%02u-%04d_%02d-%02d", unsigned(ymd.month()), unsigned(ymd.day()),
                  int(ymd.year()), int(time.hours().count()), int(time.minutes().count()));
    return buf;
}

// The checkout refusal for a cart with line errors: the sandbox's own code when the sandbox limit
// is the only problem, the generic cart error otherwise. The description quotes the first error.
ApiError cartErrors(const std::vector<CartLine>& lines) {
    const bool onlySandbox = std::all_of(lines.begin(), lines.end(), [](const CartLine& line) {
        return !line.error || line.error->errorCode == cart_error::sandboxLimitExceeded;
    });
    auto first = std::find_if(lines.begin(), lines.end(), [](const CartLine& line) { return line.error.has_value(); });
    std::string detail = " Line " + std::to_string(first->id) + ": " + first->error->errorDescription;
    if (onlySandbox) return badRequest(checkout_error::sandboxLimitReached, "Sandbox limit has been met." + detail);
    return badRequest(checkout_error::cartHasErrors, "Error in cart item(s)." + detail);
}

Reservation reservationFor(const ResolvedLine& resolved, std::int64_t quantity, Timestamp purchasedAt,
                           Timestamp effective, IdGenerator& ids) {
    const Sku& sku = *resolved.item.sku;
    Reservation reservation;
    reservation.id = ids.guid();
    reservation.displayName = reservationDisplayName(purchasedAt);
    reservation.armSkuName = sku.armSkuName;
    reservation.region = sku.armRegionName;
    reservation.isfGroup = sku.isfGroup;
    reservation.isfRatio = sku.isfRatio;
    reservation.quantity = quantity;
    reservation.term = resolved.term;
    reservation.scope = resolved.scope;
    if (resolved.scope == Scope::single)
        reservation.appliedScopes = {"/subscriptions/" + resolved.subscription->azureSubscriptionId};
    reservation.effectiveDateTime = effective;
    reservation.expiryDateTime = addYears(effective, termYears(resolved.term));
    reservation.provisioningState = "Succeeded";
    return reservation;
}

// One order for the lines of one order group, and the reservation order of each of its lines.
// Only called on lines that just passed validation, so every line resolves.
Order placeOrder(World& world, const CustomerState& customer, const Cart& cart,
                 const std::vector<const CartLine*>& lines) {
    const Catalog& catalog = world.catalog();
    const Timestamp now = world.now();
    Order order;
    order.id = world.ids.orderId();
    order.alternateId = world.ids.hex(12);
    order.customerId = customer.customer.id;
    order.cartId = cart.id;
    order.billingCycle = "one_time";
    order.currencyCode = catalog.currencyCode();
    order.currencySymbol = catalog.currencySymbol();
    order.creationDate = now;
    order.completesAt = now + std::chrono::seconds{world.behaviour().provisioningDelaySeconds};

    for (const CartLine* cartLine : lines) {
        const auto resolved = std::get<ResolvedLine>(resolveLine(world, customer.customer, *cartLine));
        const CatalogItem& item = resolved.item;
        OrderLine line;
        line.lineItemNumber = int(order.lines.size());
        line.productId = item.product->id;
        line.skuId = item.sku->id;
        line.availabilityId = item.availability->id;
        line.offerId = partnercenter::catalog::catalogItemId(line.productId, line.skuId, line.availabilityId);
        line.termDuration = resolved.term;
        line.friendlyName = cartLine->friendlyName.empty() ? item.sku->title : cartLine->friendlyName;
        line.quantity = cartLine->quantity;
        line.unitPrice = item.availability->price;
        line.provisioningContext = cartLine->provisioningContext;

        ReservationOrder reservationOrder;
        reservationOrder.id = world.ids.guid();
        reservationOrder.customerId = order.customerId;
        reservationOrder.orderId = order.id;
        reservationOrder.lineItemNumber = line.lineItemNumber;
        reservationOrder.productId = line.productId;
        reservationOrder.skuId = line.skuId;
        reservationOrder.artifactGroupId = world.ids.hex(32);
        reservationOrder.artifactLineItemId = world.ids.guid();
        reservationOrder.billingSubscriptionId = resolved.subscription->id;
        reservationOrder.term = resolved.term;
        reservationOrder.originalQuantity = line.quantity;
        reservationOrder.reservations.push_back(
            reservationFor(resolved, line.quantity, now, order.completesAt, world.ids));
        line.reservationOrderId = world.addReservationOrder(std::move(reservationOrder)).id;
        order.lines.push_back(std::move(line));
    }
    return order;
}

// What a repeated checkout answers: the orders as they are now (their status moves on), and the
// errors of the first checkout.
CheckoutResult replay(const CustomerState& customer, const Cart& cart) {
    CheckoutResult result;
    for (const auto& orderId : cart.checkoutOrderIds)
        if (auto it = customer.orders.find(orderId); it != customer.orders.end()) result.orders.push_back(it->second);
    result.orderErrors = cart.checkoutErrors;
    return result;
}

}  // namespace

Result<CheckoutResult> checkout(World& world, std::string_view customerId, std::string_view cartId) {
    auto state = customerOr404(world, customerId);
    if (!state) return state.error();
    CustomerState& customer = **state;
    auto found = liveCartOr404(customer, cartId, world.now());
    if (!found) return found.error();
    Cart& cart = **found;
    if (cart.status == CartStatus::ordered) return replay(customer, cart);

    // The state may have moved since the cart was saved (a registration completed, an order was
    // cancelled): judge the lines as of now, and keep that verdict on the cart.
    validateLines(world, customer, cart.lines);
    if (std::any_of(cart.lines.begin(), cart.lines.end(), [](const CartLine& l) { return l.error.has_value(); }))
        return cartErrors(cart.lines);

    // Nothing below can fail: the cart turns Ordered in the same locked step that creates its orders.
    std::map<std::string, std::vector<const CartLine*>> groups;
    for (const auto& line : cart.lines) groups[line.orderGroup].push_back(&line);
    CheckoutResult result;
    for (const auto& [group, lines] : groups) {
        Order order = placeOrder(world, customer, cart, lines);
        customer.orderSequence.push_back(order.id);
        cart.checkoutOrderIds.push_back(order.id);
        result.orders.push_back(customer.orders.emplace(order.id, std::move(order)).first->second);
    }
    cart.status = CartStatus::ordered;
    cart.checkoutErrors.clear();
    return result;
}

}  // namespace pcsim::sim
