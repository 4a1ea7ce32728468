// Invariants 5–7 of contract/azure-reservations.md §6: an hour's allocation depends on that hour
// only, a reservation never idles while usage it could cover pays, and narrow scopes come first.
#include "random_world.hpp"
#include "support/property.hpp"

namespace pcsim::properties {
namespace {

bool sameHour(const Observed& a, const Observed& b, int hour) {
    auto pick = [hour](const Observed& o) {
        std::map<std::pair<int, int>, double> shares;
        for (const auto& [key, units] : o.shares)
            if (std::get<2>(key) == hour) shares[{std::get<0>(key), std::get<1>(key)}] = units;
        return shares;
    };
    const auto x = pick(a), y = pick(b);
    if (x.size() != y.size()) return false;
    for (const auto& [key, units] : x)
        if (!y.count(key) || std::abs(y.at(key) - units) > kTolerance) return false;
    return true;
}

// 5. Use it or lose it: usage added in later hours, or removed from an earlier hour, never changes
// another hour's allocation; and no reservation gives more than Σ_h cap(r) over the hours.
PCSIM_PROPERTY(EngineInvariants, Invariant05_NoCarryOver, ()) {
    const auto spec = genRandomWorld();
    const auto baseline = observe(spec, build(spec));

    RandomWorld later = spec;  // extra VMs that run only in hours 3 and 4
    const int extra = *rc::gen::inRange(1, 4);
    for (int i = 0; i < extra; ++i) {
        RandomVm vm = spec.vms.empty() ? RandomVm{0, 0, 0, 0, "Standard_DS2_v2", 1, true, 0, 0, false, ""}
                                       : *rc::gen::elementOf(spec.vms);
        vm.id = "late-" + std::to_string(i);
        vm.always = false;
        vm.spot = false;
        vm.startMinute = *rc::gen::inRange(kHours * 60, 5 * 60);
        vm.endMinute = 5 * 60;
        later.vms.push_back(vm);
    }
    const auto withLater = observe(later, build(later), 5);
    for (int h = 0; h < kHours; ++h) RC_ASSERT(sameHour(baseline, withLater, h));

    RandomWorld quieter = spec;  // hour 0's usage removed from every VM, hours 1 and 2 unchanged
    for (auto& vm : quieter.vms) {
        if (vm.always) {
            vm.always = false;
            vm.startMinute = 60;
            vm.endMinute = kHours * 60;
        } else if (vm.endMinute <= 60) {  // ran in hour 0 only: now runs after the observed hours
            vm.startMinute = kHours * 60;
            vm.endMinute = kHours * 60 + 1;
        } else {
            vm.startMinute = std::max(vm.startMinute, 60);
        }
    }
    const auto withoutHourZero = observe(quieter, build(quieter));
    for (int h = 1; h < kHours; ++h) RC_ASSERT(sameHour(baseline, withoutHourZero, h));

    for (int r = 0; r < int(spec.reservations.size()); ++r) {
        double total = 0;
        int hours = 0;
        for (int h = 0; h < kHours; ++h) {
            if (baseline.applied.count({r, h})) total += baseline.applied.at({r, h});
            hours += active(spec.reservations[r], h) ? 1 : 0;
        }
        RC_ASSERT(total <= hours * capacity(spec, spec.reservations[r]) + kTolerance);
    }
}

// 6. unused(r,h) > 0 ⇒ every VM eligible for r in h is fully covered (with cascading off: unless a
// narrower tier already matched it, which closes it to broader ones).
PCSIM_PROPERTY(EngineInvariants, Invariant06_WorkConservation, ()) {
    const auto spec = genRandomWorld();
    auto observed = observe(spec, build(spec));
    auto matchedNarrower = [&](int v, int h, int tier) {
        for (const auto& [key, units] : observed.shares)
            if (std::get<1>(key) == v && std::get<2>(key) == h && units > 0 &&
                spec.reservations[std::get<0>(key)].tier < tier)
                return true;
        return false;
    };
    for (int r = 0; r < int(spec.reservations.size()); ++r)
        for (int h = 0; h < kHours; ++h) {
            const auto& reservation = spec.reservations[r];
            if (!active(reservation, h)) continue;
            const double unused = capacity(spec, reservation) - observed.applied[{r, h}];
            if (unused <= kTolerance) continue;
            for (int v = 0; v < int(spec.vms.size()); ++v) {
                if (!eligible(spec, reservation, spec.vms[v], h)) continue;
                if (!spec.cascade && matchedNarrower(v, h, reservation.tier)) continue;
                RC_ASSERT(observed.covered[std::pair(v, h)] >= usage(spec, spec.vms[v], h) - kTolerance);
            }
        }
}

// 7. A VM is never covered by a broader-tier reservation while a narrower-tier reservation eligible
// for it has unused capacity in the same hour.
PCSIM_PROPERTY(EngineInvariants, Invariant07_ScopePriority, ()) {
    const auto spec = genRandomWorld();
    auto observed = observe(spec, build(spec));
    RC_CLASSIFY(coveredNothing(observed), "no coverage");
    for (const auto& [key, units] : observed.shares) {
        const auto [broad, v, h] = key;
        if (units <= kTolerance) continue;
        for (int narrow = 0; narrow < int(spec.reservations.size()); ++narrow) {
            const auto& candidate = spec.reservations[narrow];
            if (candidate.tier >= spec.reservations[broad].tier || !eligible(spec, candidate, spec.vms[v], h)) continue;
            RC_ASSERT(capacity(spec, candidate) - observed.applied[std::pair(narrow, h)] <= kTolerance);
        }
    }
}

}  // namespace
}  // namespace pcsim::properties
