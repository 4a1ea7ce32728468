// A line whose subscription is not active, not Azure or not registered never reaches an order; the
// registration that counts is the one in force at checkout time.
#include "support/property.hpp"

#include "rules/shop.hpp"
#include "sim/customers_ops.hpp"

namespace pcsim::properties {
namespace {

namespace gen = rc::gen;

PCSIM_PROPERTY(Subscription, IneligibleSubscriptionNeverReachesAnOrder, ()) {
    const WorldSpec spec = *genWorld();
    const std::size_t customer = *gen::inRange<std::size_t>(0, spec.customers.size());
    LinePick pick = *genValidLine();
    pick.unknownSubscription = *gen::weightedElement<bool>({{5, false}, {1, true}});
    const ResolvedPick line = resolve(spec, customer, pick);
    RC_LOG() << "customer " << customer << ", " << line << "\n";

    const SubscriptionSpec& subscription = spec.customers[customer].subscriptions[line.subscription];
    const SkuSpec& sku = spec.skus[line.item.sku];
    const bool invalid = pick.unknownSubscription || subscription.status != sim::SubscriptionStatus::active ||
                         !isAzureOffer(subscription.offer);
    const bool unregistered =
        !invalid && sku.requiresRegistration && subscription.registration != sim::RegistrationState::registered;
    RC_PRE(invalid || unregistered);
    RC_CLASSIFY(invalid, "not found, not active or not Azure");
    RC_CLASSIFY(unregistered, "not registered");

    auto world = buildWorld(spec);
    auto cart = sim::createCart(*world, customerId(customer), cartOf({line.line}), kUser);
    RC_ASSERT(cart.ok());
    const auto& error = cart->lines.at(0).error;
    RC_ASSERT(error.has_value());
    // The catalog item is judged first; of the subscription rules, existence/status/offer come
    // before registration (DECISIONS.md: 10007, then 10011).
    const int expected = !availabilityOf(spec, line.item).purchasable ? sim::cart_error::catalogItemIdIsNotValid
                         : invalid                                    ? sim::cart_error::subscriptionIsNotValid
                                                                      : sim::cart_error::subscriptionNotRegistered;
    RC_ASSERT(error->errorCode == expected);

    auto result = sim::checkout(*world, customerId(customer), cart->id);
    RC_ASSERT(!result.ok());
    RC_ASSERT(orderCount(*world) == 0u);
    RC_ASSERT(world->reservationOrders().empty());
}

// Customer 0's subscription 0 starts not registered, and every SKU needs registration.
rc::Gen<WorldSpec> genUnregisteredBuyerWorld() {
    return gen::map(genShopWorld(), [](WorldSpec world) {
        world.customers[0].subscriptions[0].registration = sim::RegistrationState::notregistered;
        for (auto& sku : world.skus) sku.requiresRegistration = true;
        return world;
    });
}

PCSIM_PROPERTY(Subscription, RegistrationInForceAtCheckoutDecides, ()) {
    const WorldSpec spec = *genUnregisteredBuyerWorld();
    const ResolvedPick line = resolve(spec, 0, onSubscription(*genValidLine(), 0));
    const std::int64_t delay = spec.registrationDelaySeconds;
    const std::int64_t waited = *gen::oneOf(gen::element<std::int64_t>(0, delay - 1, delay, delay + 1),
                                            gen::inRange<std::int64_t>(0, 2 * delay + 2));
    RC_PRE(waited >= 0);
    RC_LOG() << line << ", waited " << waited << " s\n";

    auto world = buildWorld(spec);
    auto cart = sim::createCart(*world, customerId(0), cartOf({line.line}), kUser);
    RC_ASSERT(cart.ok());
    RC_ASSERT(cart->lines.at(0).error.has_value());
    RC_ASSERT(cart->lines.at(0).error->errorCode == sim::cart_error::subscriptionNotRegistered);

    RC_ASSERT(sim::registerSubscription(*world, customerId(0), subscriptionId(0, 0)).ok());
    world->clock.advance(std::chrono::seconds{waited});
    auto result = sim::checkout(*world, customerId(0), cart->id);
    const bool registered = waited >= delay;
    RC_CLASSIFY(registered, "registered by checkout time");
    RC_ASSERT(result.ok() == registered);
    RC_ASSERT(orderCount(*world) == (registered ? 1u : 0u));
    if (!registered) {
        RC_ASSERT(result.error().code == sim::checkout_error::cartHasErrors);
        const auto stored = sim::getCart(*world, customerId(0), cart->id);
        RC_ASSERT(stored->lines.at(0).error->errorCode == sim::cart_error::subscriptionNotRegistered);
    }
}

}  // namespace
}  // namespace pcsim::properties
