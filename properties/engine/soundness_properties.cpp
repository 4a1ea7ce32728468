// Invariants 1–4 of contract/azure-reservations.md §6: nothing is applied outside a reservation's
// scope, attributes or time; no reservation gives more than its capacity; no VM gets more than it uses.
#include "random_world.hpp"
#include "support/property.hpp"

namespace pcsim::properties {
namespace {

// 1. a(r,v,h) > 0 ⇒ v is in r's scope (resource group, subscription or the customer) and its
// subscription's offer is eligible.
PCSIM_PROPERTY(EngineInvariants, Invariant01_ScopeSoundness, ()) {
    const auto spec = genRandomWorld();
    const auto observed = observe(spec, build(spec));
    RC_CLASSIFY(coveredNothing(observed), "no coverage");
    for (const auto& [key, units] : observed.shares) {
        const auto [r, v, h] = key;
        RC_ASSERT(r >= 0);
        if (units > 0) RC_ASSERT(inScope(spec, spec.reservations[r], spec.vms[v]));
    }
}

// 2. a(r,v,h) > 0 ⇒ same region, same group (or the same size when flexibility is Off), not Spot,
// h in [benefit start, expiry), r in a state that applies.
PCSIM_PROPERTY(EngineInvariants, Invariant02_AttributeAndTimeSoundness, ()) {
    const auto spec = genRandomWorld();
    const auto observed = observe(spec, build(spec));
    RC_CLASSIFY(coveredNothing(observed), "no coverage");
    for (const auto& [key, units] : observed.shares) {
        const auto [r, v, h] = key;
        if (units <= 0) continue;
        RC_ASSERT(attributesMatch(spec.reservations[r], spec.vms[v]));
        RC_ASSERT(active(spec.reservations[r], h));
    }
}

// 3. Σ_v a(r,v,h) ≤ cap(r); the ledger's per-reservation figure is that sum.
PCSIM_PROPERTY(EngineInvariants, Invariant03_CapacityBound, ()) {
    const auto spec = genRandomWorld();
    const auto built = build(spec);
    const auto observed = observe(spec, built);
    for (int r = 0; r < int(spec.reservations.size()); ++r)
        for (int h = 0; h < kHours; ++h) {
            const double sum = observed.applied.count({r, h}) ? observed.applied.at({r, h}) : 0.0;
            RC_ASSERT(sum <= capacity(spec, spec.reservations[r]) + kTolerance);
            const auto recorded = applied(*built.world, built.reservationIds[r], hour0 + h);
            RC_ASSERT(recorded.has_value() == active(spec.reservations[r], h));
            if (recorded) RC_ASSERT(std::abs(*recorded - sum) <= kTolerance);
        }
}

// 4. 0 ≤ Σ_r a(r,v,h) ≤ u(v,h) with u as the oracle computes it; every share is positive.
PCSIM_PROPERTY(EngineInvariants, Invariant04_UsageBound, ()) {
    const auto spec = genRandomWorld();
    auto observed = observe(spec, build(spec));
    for (int v = 0; v < int(spec.vms.size()); ++v)
        for (int h = 0; h < kHours; ++h) {
            const double expected = usage(spec, spec.vms[v], h);
            RC_ASSERT(std::abs(observed.used[std::pair(v, h)] - expected) <= kTolerance);
            RC_ASSERT(observed.covered[std::pair(v, h)] >= 0);
            RC_ASSERT(observed.covered[std::pair(v, h)] <= expected + kTolerance);
        }
    for (const auto& [key, units] : observed.shares) RC_ASSERT(units > 0);
}

}  // namespace
}  // namespace pcsim::properties
