// Checkout is idempotent, and an order exists only for a cart whose lines were all valid at
// checkout time.
#include "support/property.hpp"

#include "rules/shop.hpp"
#include "sim/cart_rules.hpp"
#include "sim/customers_ops.hpp"

namespace pcsim::properties {
namespace {

namespace gen = rc::gen;

void assertSameOrders(const std::vector<sim::Order>& first, const std::vector<sim::Order>& again) {
    RC_ASSERT(again.size() == first.size());
    for (std::size_t o = 0; o < first.size(); ++o) {
        RC_ASSERT(again[o].id == first[o].id);
        RC_ASSERT(again[o].alternateId == first[o].alternateId);
        RC_ASSERT(again[o].creationDate == first[o].creationDate);
        RC_ASSERT(again[o].lines.size() == first[o].lines.size());
        for (std::size_t l = 0; l < first[o].lines.size(); ++l) {
            RC_ASSERT(again[o].lines[l].offerId == first[o].lines[l].offerId);
            RC_ASSERT(again[o].lines[l].quantity == first[o].lines[l].quantity);
            RC_ASSERT(again[o].lines[l].reservationOrderId == first[o].lines[l].reservationOrderId);
        }
    }
}

PCSIM_PROPERTY(Checkout, RepeatsReturnTheSameOrders, ()) {
    const WorldSpec spec = *genShopWorld();
    const auto lines = validLines(spec, *smallVector(1, 4, genValidLine()));
    // Hours between the repeats: the orders' status may move on, never their content.
    const auto pauses = *smallVector(1, 5, gen::inRange(0, 25));

    auto world = buildWorld(spec);
    auto cart = sim::createCart(*world, customerId(0), cartOfPicks(lines), kUser);
    RC_ASSERT(cart.ok());
    auto first = sim::checkout(*world, customerId(0), cart->id);
    RC_ASSERT(first.ok());
    for (int hours : pauses) {
        world->clock.advance(std::chrono::hours{hours});
        auto again = sim::checkout(*world, customerId(0), cart->id);
        RC_ASSERT(again.ok());
        assertSameOrders(first->orders, again->orders);
    }
    RC_ASSERT(orderCount(*world) == 1u);
    RC_ASSERT(world->reservationOrders().size() == lines.size());
}

// Between creating the cart and checking out, some subscriptions get registered and time passes.
PCSIM_PROPERTY(Checkout, OrderOnlyWhenEveryLineIsValidAtCheckoutTime, ()) {
    const WorldSpec spec = *genWorld();
    const std::size_t customer = *gen::inRange<std::size_t>(0, spec.customers.size());
    const auto picks = *smallVector(1, 4, genAnyLine());
    const auto registrations = *smallVector(0, 3, gen::inRange<std::size_t>(0, 4));
    const int minutesLater = *gen::element(0, 1, 60, 1440);

    std::vector<ResolvedPick> lines;
    for (const auto& pick : picks) {
        lines.push_back(resolve(spec, customer, pick));
        RC_LOG() << lines.back() << "\n";
    }
    auto world = buildWorld(spec);
    auto cart = sim::createCart(*world, customerId(customer), cartOfPicks(lines), kUser);
    if (!cart.ok()) {  // a quantity below 1: refused whole, nothing stored
        RC_ASSERT(cart.error().code == sim::cart_request_error::invalidInput);
        RC_ASSERT(cartCount(*world) == 0u);
        return;
    }
    for (std::size_t s : registrations)
        (void)sim::registerSubscription(*world, customerId(customer),
                                        subscriptionId(customer, s % spec.customers[customer].subscriptions.size()));
    world->clock.advance(std::chrono::minutes{minutesLater});

    // The line rules as of checkout time, on a copy of the stored lines.
    const sim::CustomerState& state = *world->findCustomer(customerId(customer));
    auto judged = state.carts.begin()->second.lines;
    sim::validateLines(*world, state, judged);
    bool allValid = true;
    for (const auto& line : judged) allValid = allValid && !line.error;

    RC_CLASSIFY(allValid, "ordered");
    RC_CLASSIFY(allValid && anyLineError(*cart), "ordered after a line became valid");
    auto result = sim::checkout(*world, customerId(customer), cart->id);
    RC_ASSERT(result.ok() == allValid);
    if (allValid) {
        RC_ASSERT(orderCount(*world) == 1u);
        const sim::Order& order = result->orders.at(0);
        RC_ASSERT(order.lines.size() == lines.size());
        for (std::size_t i = 0; i < lines.size(); ++i) {
            RC_ASSERT(sim::toUpper(order.lines[i].offerId) == sim::toUpper(lines[i].line.catalogItemId));
            RC_ASSERT(order.lines[i].quantity == lines[i].quantity);
        }
    } else {
        RC_ASSERT(result.error().code == sim::checkout_error::cartHasErrors);
        RC_ASSERT(orderCount(*world) == 0u);
        RC_ASSERT(world->reservationOrders().empty());
        RC_ASSERT(sim::getCart(*world, customerId(customer), cart->id)->status == sim::CartStatus::active);
    }
}

}  // namespace
}  // namespace pcsim::properties
