#include "gen/world_gen.hpp"

namespace pcsim::properties {

using rc::Gen;
namespace gen = rc::gen;

Gen<AvailabilitySpec> genAvailability() {
    return gen::exec([=] {
        AvailabilitySpec value{};
        value.term = *gen::elementOf(std::vector<std::string>{"P1Y", "P3Y", "P5Y"});
        value.priceCents = *gen::inRange<std::int64_t>(0, 1'000'000);
        value.purchasable = *gen::weightedElement<bool>({{4, true}, {1, false}});
        return value;
    });
}

Gen<SkuSpec> genSku() {
    auto bounds = gen::mapcat(gen::inRange<std::int64_t>(1, 5), [](std::int64_t min) {
        return gen::pair(gen::just(min), gen::inRange<std::int64_t>(min, min + 12));
    });
    return gen::map(
        gen::tuple(gen::inRange(0, int(std::size(kSkuSizes))), gen::inRange(0, int(std::size(kRegions))), bounds,
                   gen::arbitrary<bool>(), gen::arbitrary<bool>(), smallVector(1, 3, genAvailability())),
        [](const auto& t) {
            SkuSpec sku;
            std::tie(sku.size, sku.region, std::ignore, sku.requiresRegistration, sku.requiresInventoryCheck,
                     sku.availabilities) = t;
            std::tie(sku.minimumQuantity, sku.maximumQuantity) = std::get<2>(t);
            return sku;
        });
}

Gen<SubscriptionSpec> genSubscription() {
    using sim::RegistrationState;
    using sim::SubscriptionStatus;
    return gen::exec([=] {
        SubscriptionSpec value{};
        value.status = *gen::weightedElement<SubscriptionStatus>({{6, SubscriptionStatus::active},
                                                                  {1, SubscriptionStatus::suspended},
                                                                  {1, SubscriptionStatus::deleted},
                                                                  {1, SubscriptionStatus::expired},
                                                                  {1, SubscriptionStatus::pending},
                                                                  {1, SubscriptionStatus::disabled}});
        value.registration = *gen::element(RegistrationState::registered, RegistrationState::notregistered,
                                           RegistrationState::registering);
        value.offer = *gen::weightedElement<Offer>({{4, Offer::azure}, {2, Offer::azurePlan}, {1, Offer::office}});
        value.vcpuQuota = *optionalOf(gen::inRange(0, 64));
        return value;
    });
}

Gen<CustomerSpec> genCustomer() {
    return gen::exec([=] {
        CustomerSpec value{};
        value.subscriptions = *smallVector(1, 4, genSubscription());
        value.restrictedRegion = *optionalOf(gen::inRange(0, int(std::size(kRegions))));
        return value;
    });
}

Gen<WorldSpec> genWorld() {
    return gen::exec([=] {
        WorldSpec value{};
        value.currency = *gen::element<std::string>("USD", "EUR", "GBP", "JPY");
        value.skus = *smallVector(1, 3, genSku());
        value.customers = *smallVector(1, 2, genCustomer());
        value.registrationDelaySeconds = *gen::element<std::int64_t>(0, 60, 3600);
        value.provisioningDelaySeconds = *gen::element<std::int64_t>(0, 300, 86400);
        return value;
    });
}

WorldSpec asShopWorld(WorldSpec world) {
    for (auto& sku : world.skus)
        for (auto& availability : sku.availabilities) availability.purchasable = true;
    for (auto& customer : world.customers)
        for (auto& subscription : customer.subscriptions) subscription.vcpuQuota.reset();
    CustomerSpec& buyer = world.customers.front();
    buyer.restrictedRegion.reset();
    buyer.subscriptions.front().status = sim::SubscriptionStatus::active;
    buyer.subscriptions.front().registration = sim::RegistrationState::registered;
    buyer.subscriptions.front().offer = Offer::azure;
    return world;
}

Gen<WorldSpec> genShopWorld() { return gen::map(genWorld(), asShopWorld); }

std::vector<std::size_t> eligibleSubscriptions(const WorldSpec& world, std::size_t customer, const SkuSpec& sku) {
    std::vector<std::size_t> eligible;
    const auto& subscriptions = world.customers.at(customer).subscriptions;
    for (std::size_t s = 0; s < subscriptions.size(); ++s)
        if (subscriptionMayBuy(subscriptions[s], sku)) eligible.push_back(s);
    return eligible;
}

}  // namespace pcsim::properties
