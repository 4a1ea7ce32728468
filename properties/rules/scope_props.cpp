// Scope application at purchase: a single-scope line creates a reservation applied to exactly the
// chosen subscription; a shared line one with no appliedScopes and scope Shared; nothing else passes.
#include "support/property.hpp"

#include "partnercenter/text.hpp"
#include "rules/shop.hpp"
#include "sim/purchase_terms.hpp"

namespace pcsim::properties {
namespace {

namespace gen = rc::gen;

PCSIM_PROPERTY(Scope, PurchaseAppliesExactlyTheChosenScope, ()) {
    const WorldSpec spec = *genShopWorld();
    const auto lines = validLines(spec, *smallVector(1, 3, genValidLine()));
    auto world = buildWorld(spec);
    auto cart = sim::createCart(*world, customerId(0), cartOfPicks(lines), kUser);
    RC_ASSERT(cart.ok());
    RC_ASSERT(!anyLineError(*cart));
    auto result = sim::checkout(*world, customerId(0), cart->id);
    RC_ASSERT(result.ok());
    const sim::Order& order = result->orders.at(0);
    RC_ASSERT(order.lines.size() == lines.size());

    for (std::size_t i = 0; i < lines.size(); ++i) {
        const sim::ReservationOrder* reservationOrder = world->findReservationOrder(order.lines[i].reservationOrderId);
        RC_ASSERT(reservationOrder != nullptr);
        RC_ASSERT(reservationOrder->billingSubscriptionId == subscriptionId(0, lines[i].subscription));
        RC_ASSERT(reservationOrder->reservations.size() == 1u);
        const sim::Reservation& reservation = reservationOrder->reservations.front();
        RC_ASSERT(reservation.quantity == lines[i].quantity);
        if (partnercenter::text::toLower(lines[i].line.provisioningContext.at("scope")) == "single") {
            RC_ASSERT(reservation.scope == sim::Scope::single);
            RC_ASSERT(reservation.appliedScopes ==
                      std::vector<std::string>{"/subscriptions/" + azureSubscriptionId(0, lines[i].subscription)});
        } else {
            RC_ASSERT(reservation.scope == sim::Scope::shared);
            RC_ASSERT(sim::toString(reservation.scope) == "Shared");
            RC_ASSERT(reservation.appliedScopes.empty());
        }
    }
}

PCSIM_PROPERTY(Scope, AnyOtherScopeIsALineErrorAndNoOrder, ()) {
    const WorldSpec spec = *genShopWorld();
    LinePick pick = *genValidLine();
    pick.scope = *gen::suchThat(genInvalidScope(), [](const std::string& s) { return !sim::parseScope(s); });
    const ResolvedPick line = resolve(spec, 0, eligiblePick(spec, pick));
    RC_LOG() << line << "\n";
    auto world = buildWorld(spec);
    auto cart = sim::createCart(*world, customerId(0), cartOf({line.line}), kUser);
    RC_ASSERT(cart.ok());
    RC_ASSERT(cart->lines.at(0).error.has_value());
    RC_ASSERT(cart->lines.at(0).error->errorCode == sim::cart_error::invalidInput);
    auto result = sim::checkout(*world, customerId(0), cart->id);
    RC_ASSERT(!result.ok());
    RC_ASSERT(result.error().code == sim::checkout_error::cartHasErrors);
    RC_ASSERT(orderCount(*world) == 0u);
    RC_ASSERT(world->reservationOrders().empty());
}

}  // namespace
}  // namespace pcsim::properties
