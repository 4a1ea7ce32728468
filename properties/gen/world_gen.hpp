#pragma once
// Generators of whole worlds (WorldSpec): catalogs with random quantity bounds, terms, prices and
// prerequisites; customers with subscriptions in every status, registration state and offer;
// inventory restrictions. Small by construction (≤ 3 SKUs, ≤ 2 customers, ≤ 4 subscriptions each),
// so that rule-level properties run thousands of cases per second and shrink to a few lines.
#include <rapidcheck.h>

#include "gen/world_spec.hpp"

namespace pcsim::properties {

// A vector of min..max elements of `element` (shrinks towards fewer, simpler elements).
template <class T>
rc::Gen<std::vector<T>> smallVector(std::size_t min, std::size_t max, rc::Gen<T> element) {
    return rc::gen::mapcat(rc::gen::inRange(min, max + 1),
                           [element](std::size_t n) { return rc::gen::container<std::vector<T>>(n, element); });
}

// A std::optional that shrinks towards absent.
template <class T>
rc::Gen<std::optional<T>> optionalOf(rc::Gen<T> value) {
    return rc::gen::oneOf(rc::gen::just(std::optional<T>{}),
                          rc::gen::map(value, [](T v) { return std::optional<T>(std::move(v)); }));
}

rc::Gen<AvailabilitySpec> genAvailability();
rc::Gen<SkuSpec> genSku();
rc::Gen<SubscriptionSpec> genSubscription();
rc::Gen<CustomerSpec> genCustomer();

// Anything goes: every status, registration state, offer, restriction, unpurchasable availability.
rc::Gen<WorldSpec> genWorld();

// A world where nothing but the rule under test stops a purchase by customer 0 on an eligible
// subscription: every availability purchasable, customer 0 unrestricted with subscription 0 active,
// registered and Azure, and no vCPU quotas. Other subscriptions keep random states.
rc::Gen<WorldSpec> genShopWorld();
WorldSpec asShopWorld(WorldSpec world);

// Indices of customer `c`'s subscriptions that may buy this SKU (never empty for customer 0 of a
// shop world).
std::vector<std::size_t> eligibleSubscriptions(const WorldSpec& world, std::size_t customer, const SkuSpec& sku);

}  // namespace pcsim::properties
