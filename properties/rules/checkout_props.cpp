// Checkout is idempotent, and an order exists only for a cart whose lines were all valid at
// checkout time.
#include "support/property.hpp"

#include "partnercenter/text.hpp"
#include "rules/shop.hpp"
#include "sim/catalog.hpp"
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

// Whether a subscription is registered at checkout time, `minutesLater` after the registrations
// were requested: registered from the start, a `registering` one completes an hour in
// (world_build.cpp), and a requested one once the world's registration delay has passed.
bool registeredAtCheckout(const WorldSpec& spec, const SubscriptionSpec& subscription, bool requested,
                          int minutesLater) {
    using sim::RegistrationState;
    switch (subscription.registration) {
        case RegistrationState::registered: return true;
        case RegistrationState::registering: return minutesLater >= 60;
        case RegistrationState::notregistered:
            return requested && std::int64_t{minutesLater} * 60 >= spec.registrationDelaySeconds;
    }
    return false;
}

// The line rules read off the spec, independently of sim::validateLines. The term is always the
// availability's, in one of its spellings, and the billing cycle is one_time (line_gen.cpp).
bool lineValidAtCheckout(const WorldSpec& spec, std::size_t customer, const LinePick& pick, const ResolvedPick& line,
                         const std::vector<bool>& registered) {
    if (pick.unknownItem || pick.unknownSubscription || !availabilityOf(spec, line.item).purchasable) return false;
    const std::string scope = partnercenter::text::toLower(pick.scope);
    if (scope != "shared" && scope != "single") return false;
    const SkuSpec& sku = spec.skus[line.item.sku];
    const CustomerSpec& buyer = spec.customers[customer];
    SubscriptionSpec subscription = buyer.subscriptions[line.subscription];
    subscription.registration =
        registered[line.subscription] ? sim::RegistrationState::registered : sim::RegistrationState::notregistered;
    if (!subscriptionMayBuy(subscription, sku)) return false;
    if (sku.requiresInventoryCheck && buyer.restrictedRegion == sku.region) return false;
    if (line.quantity < sku.minimumQuantity || line.quantity > sku.maximumQuantity) return false;
    // A vCPU quota limits single-scope purchases only.
    const bool overQuota =
        subscription.vcpuQuota && line.quantity * kSkuSizes[sku.size].cores > *subscription.vcpuQuota;
    return !(scope == "single" && overQuota);
}

// Between creating the cart and checking out, some subscriptions get registered and time passes.
PCSIM_PROPERTY(Checkout, OrderOnlyWhenEveryLineIsValidAtCheckoutTime, ()) {
    const WorldSpec spec = *genWorld();
    const std::size_t customer = *gen::inRange<std::size_t>(0, spec.customers.size());
    // Mostly lines that pass the request checks, so that the subscription, registration, inventory
    // and quota rules decide often enough for an order to happen.
    const auto picks = *smallVector(1, 3, gen::weightedOneOf<LinePick>({{3, genValidLine()}, {1, genAnyLine()}}));
    const auto registrations = *smallVector(0, 3, gen::inRange<std::size_t>(0, 4));
    const int minutesLater = *gen::element(0, 1, 60, 1440);

    std::vector<ResolvedPick> lines;
    bool anyBelowOne = false;
    for (const auto& pick : picks) {
        lines.push_back(resolve(spec, customer, pick));
        anyBelowOne = anyBelowOne || lines.back().quantity < 1;
        RC_LOG() << lines.back() << "\n";
    }
    auto world = buildWorld(spec);
    auto cart = sim::createCart(*world, customerId(customer), cartOfPicks(lines), kUser);
    RC_ASSERT(cart.ok() == !anyBelowOne);
    if (anyBelowOne) {  // refused whole, nothing stored
        RC_ASSERT(cart.error().code == sim::cart_request_error::invalidInput);
        RC_ASSERT(cartCount(*world) == 0u);
        return;
    }
    const auto& subscriptions = spec.customers[customer].subscriptions;
    std::vector<bool> requested(subscriptions.size(), false);
    for (std::size_t s : registrations) {
        requested[s % subscriptions.size()] = true;
        (void)sim::registerSubscription(*world, customerId(customer),
                                        subscriptionId(customer, s % subscriptions.size()));
    }
    world->clock.advance(std::chrono::minutes{minutesLater});

    std::vector<bool> registered;
    for (std::size_t s = 0; s < subscriptions.size(); ++s)
        registered.push_back(registeredAtCheckout(spec, subscriptions[s], requested[s], minutesLater));
    bool allValid = true;
    for (std::size_t i = 0; i < lines.size(); ++i)
        allValid = allValid && lineValidAtCheckout(spec, customer, picks[i], lines[i], registered);

    RC_CLASSIFY(allValid, "ordered");
    RC_CLASSIFY(allValid && anyLineError(*cart), "ordered after a line became valid");
    auto result = sim::checkout(*world, customerId(customer), cart->id);
    RC_ASSERT(result.ok() == allValid);
    if (allValid) {
        RC_ASSERT(orderCount(*world) == 1u);
        const sim::Order& order = result->orders.at(0);
        RC_ASSERT(order.lines.size() == lines.size());
        for (std::size_t i = 0; i < lines.size(); ++i) {
            RC_ASSERT(partnercenter::text::toUpper(order.lines[i].offerId) ==
                      partnercenter::text::toUpper(lines[i].line.catalogItemId));
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
