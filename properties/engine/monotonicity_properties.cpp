// Invariants 8–9 of contract/azure-reservations.md §6, on the aggregate: widening a scope, adding
// demand or supply never lowers total coverage; removing supply never raises it. They hold because
// scopes nest (resource group ⊂ subscription ⊂ customer) and narrow tiers fill first, which makes the
// greedy fill an optimal one — for flexible reservations with cascading on, the worlds used here.
// (With exact-size reservations or cascading off the fill is not optimal, and these may not hold.)
#include "random_world.hpp"
#include "support/property.hpp"

namespace pcsim::properties {
namespace {

const Variety kNested{.exactSize = false, .states = false, .ineligibleOffers = true, .spot = true, .cascadeOff = false};

void assertNoLessCoverage(const Observed& before, const Observed& after) {
    for (int h = 0; h < kHours; ++h) RC_ASSERT(totalCovered(after, h) >= totalCovered(before, h) - kTolerance);
}

RandomReservation anyReservation(const RandomWorld& spec) {
    RandomReservation r;
    r.customer = *rc::gen::inRange(0, int(spec.eligibleOffer.size()));
    r.size = *rc::gen::elementOf(sizePool());
    r.quantity = *rc::gen::inRange(1, 4);
    r.tier = *rc::gen::inRange(0, 3);
    r.subscription = *rc::gen::inRange(0, int(spec.eligibleOffer[r.customer].size()));
    r.resourceGroup = *rc::gen::inRange(0, 2);
    r.effectiveMinute = -60;
    return r;
}

// 8. Replacing one reservation's scope by a superset (RG ⊂ subscription ⊂ shared) never lowers
// Σ_{r,v} a(r,v,h) in any hour. (Its own utilization can fall: that is not asserted.)
PCSIM_PROPERTY(EngineInvariants, Invariant08_WideningScopeNeverLowersTotalCoverage, ()) {
    auto spec = genRandomWorld(kNested);
    spec.reservations.push_back(anyReservation(spec));
    const int index = *rc::gen::inRange(0, int(spec.reservations.size()));
    auto& narrow = spec.reservations[index];
    narrow.tier = *rc::gen::inRange(0, 2);
    const auto before = observe(spec, build(spec));
    RandomWorld widened = spec;
    widened.reservations[index].tier = *rc::gen::inRange(narrow.tier + 1, 3);
    assertNoLessCoverage(before, observe(widened, build(widened)));
}

// 9a. Adding a VM, or lengthening a VM's running time, never lowers total covered units.
PCSIM_PROPERTY(EngineInvariants, Invariant09a_MoreDemandNeverLowersCoverage, ()) {
    const auto spec = genRandomWorld(kNested);
    const auto before = observe(spec, build(spec));
    RandomWorld more = spec;
    if (!more.vms.empty() && *rc::gen::arbitrary<bool>()) {
        auto& vm = more.vms[*rc::gen::inRange(0, int(more.vms.size()))];
        if (!vm.always) vm.endMinute = *rc::gen::inRange(vm.endMinute, kHours * 60 + 1);
        if (!vm.always) vm.startMinute = *rc::gen::inRange(0, vm.startMinute + 1);
    } else {
        RandomVm vm;
        vm.customer = *rc::gen::inRange(0, int(spec.eligibleOffer.size()));
        vm.subscription = *rc::gen::inRange(0, int(spec.eligibleOffer[vm.customer].size()));
        vm.resourceGroup = *rc::gen::inRange(0, 2);
        vm.size = *rc::gen::elementOf(sizePool());
        vm.count = *rc::gen::inRange(1, 3);
        vm.id = "added";
        more.vms.push_back(vm);
    }
    assertNoLessCoverage(before, observe(more, build(more)));
}

// 9b. Removing a reservation never raises total covered units (adding one never lowers them).
PCSIM_PROPERTY(EngineInvariants, Invariant09b_LessSupplyNeverRaisesCoverage, ()) {
    auto spec = genRandomWorld(kNested);
    spec.reservations.push_back(anyReservation(spec));
    const auto with = observe(spec, build(spec));
    RandomWorld fewer = spec;
    fewer.reservations.erase(fewer.reservations.begin() + *rc::gen::inRange(0, int(fewer.reservations.size())));
    assertNoLessCoverage(observe(fewer, build(fewer)), with);
}

// 9c. Total covered units never exceed min(Σ cap, Σ eligible usage) — in every world.
PCSIM_PROPERTY(EngineInvariants, Invariant09c_CoverageBoundedBySupplyAndDemand, ()) {
    const auto spec = genRandomWorld();
    const auto observed = observe(spec, build(spec));
    for (int h = 0; h < kHours; ++h) {
        double supply = 0, demand = 0;
        for (const auto& r : spec.reservations)
            if (active(r, h)) supply += capacity(spec, r);
        for (const auto& vm : spec.vms) {
            bool coverable = false;
            for (const auto& r : spec.reservations) coverable = coverable || eligible(spec, r, vm, h);
            if (coverable) demand += usage(spec, vm, h);
        }
        RC_ASSERT(totalCovered(observed, h) <= std::min(supply, demand) + kTolerance);
    }
}

}  // namespace
}  // namespace pcsim::properties
