// Invariants 10–11 of contract/azure-reservations.md §6: ratios only matter relative to each other
// within a group, and split and merge change nothing about coverage.
#include "random_world.hpp"
#include "sim/engine/reservation_changes.hpp"
#include "sim/engine/reservation_lookup.hpp"
#include "support/property.hpp"

namespace pcsim::properties {
namespace {

// The covered fraction a/u of every VM-hour that uses anything.
std::map<std::pair<int, int>, double> coveredFractions(const Observed& observed) {
    std::map<std::pair<int, int>, double> fractions;
    for (const auto& [key, used] : observed.used)
        if (used > 0) fractions[key] = observed.covered.count(key) ? observed.covered.at(key) / used : 0.0;
    return fractions;
}

void assertSameCoverage(const Observed& a, const Observed& b) {
    for (int h = 0; h < kHours; ++h) RC_ASSERT(std::abs(totalCovered(a, h) - totalCovered(b, h)) <= kTolerance);
    for (const auto& [key, units] : a.covered) {
        const double other = b.covered.count(key) ? b.covered.at(key) : 0.0;
        RC_ASSERT(std::abs(units - other) <= kTolerance);
    }
}

// 10a. Multiplying every ratio by k > 0 leaves each VM's covered fraction unchanged (the raw CSV and
// the normalized 2018 tables are equivalent).
PCSIM_PROPERTY(EngineInvariants, Invariant10a_IsfRatioScaleInvariance, ()) {
    const auto spec = genRandomWorld();
    RandomWorld scaled = spec;
    scaled.ratioScale = *rc::gen::elementOf(std::vector<double>{0.25, 0.5, 3, 10, 57.6});
    const auto a = coveredFractions(observe(spec, build(spec)));
    const auto b = coveredFractions(observe(scaled, build(scaled)));
    RC_ASSERT(a.size() == b.size());
    for (const auto& [key, fraction] : a) RC_ASSERT(std::abs(fraction - b.at(key)) <= kTolerance);
}

// 10b. Reservations with the same quantity × ratio in a group cover the same: one DS4_v2 ≡ two
// DS3_v2 ≡ eight DS1_v2. Each flexible reservation is replaced by the group's smallest size.
PCSIM_PROPERTY(EngineInvariants, Invariant10b_EqualUnitsGiveEqualCoverage, ()) {
    const auto spec = genRandomWorld();
    RandomWorld normalized = spec;
    for (auto& r : normalized.reservations) {
        if (!r.flexible) continue;
        std::string smallest = r.size;
        for (const auto& size : sizePool())
            if (groupOf(size) == groupOf(r.size) && tableRatio(size) < tableRatio(smallest)) smallest = size;
        r.quantity = std::int64_t(std::llround(double(r.quantity) * tableRatio(r.size) / tableRatio(smallest)));
        r.size = smallest;
    }
    assertSameCoverage(observe(spec, build(spec)), observe(normalized, build(normalized)));
}

// 10c. One DS4_v2 covers exactly 50 % of one DS5_v2-hour (n of each: still half). A DS5_v2 running a
// fraction f of an hour uses 16·f units, so the reservation's 8 cover min(1, 1/(2f)) of it.
PCSIM_PROPERTY(EngineInvariants, Invariant10c_OneDS4v2CoversHalfADS5v2, ()) {
    RandomWorld spec;
    spec.eligibleOffer = {{true}};
    const int n = *rc::gen::inRange(1, 6);
    RandomVm vm{0, 0, 0, 0, "Standard_DS5_v2", n, *rc::gen::arbitrary<bool>(), 0, 0, false, "big"};
    if (!vm.always) {
        vm.startMinute = *rc::gen::inRange(0, kHours * 60);
        vm.endMinute = *rc::gen::inRange(vm.startMinute + 1, kHours * 60 + 1);
    }
    spec.vms = {vm};
    RandomReservation r;
    r.size = "Standard_DS4_v2";
    r.quantity = n;
    r.effectiveMinute = -60;
    spec.reservations = {r};
    const auto observed = observe(spec, build(spec));
    for (const auto& [key, fraction] : coveredFractions(observed)) {
        const double runningFraction = usage(spec, vm, key.second) / (16.0 * n);
        RC_ASSERT(std::abs(fraction - std::min(1.0, 0.5 / runningFraction)) <= kTolerance);
        if (runningFraction == 1.0) RC_ASSERT(std::abs(fraction - 0.5) <= kTolerance);
    }
}

// 11. Splitting a reservation in hour 1 and merging the halves back in hour 2 leaves every VM's
// hourly coverage as it was; the halves keep SKU, term and expiry; the split source gets nothing after.
PCSIM_PROPERTY(EngineInvariants, Invariant11_SplitAndMergePreserveCoverage, ()) {
    auto spec = genRandomWorld();
    RandomReservation chosen;
    chosen.customer = *rc::gen::inRange(0, int(spec.eligibleOffer.size()));
    chosen.size = *rc::gen::elementOf(sizePool());
    chosen.quantity = *rc::gen::inRange(2, 6);
    chosen.tier = *rc::gen::inRange(0, 3);
    chosen.subscription = *rc::gen::inRange(0, int(spec.eligibleOffer[chosen.customer].size()));
    chosen.flexible = chosen.tier == 2 || *rc::gen::arbitrary<bool>();
    chosen.effectiveMinute = *rc::gen::elementOf(std::vector<int>{-60, 30, 120});
    const int index = *rc::gen::inRange(0, int(spec.reservations.size()) + 1);
    spec.reservations.insert(spec.reservations.begin() + index, chosen);
    const std::int64_t first = *rc::gen::inRange<std::int64_t>(1, chosen.quantity);

    const auto untouched = observe(spec, build(spec));

    auto reshaped = build(spec);
    sim::World& world = *reshaped.world;
    const std::string reservationId = reshaped.reservationIds[index];
    const std::string orderId = orderOf(world, reservationId);
    world.clock.advance(std::chrono::hours(1));
    sim::engine::catchUp(world);
    auto split = sim::engine::splitReservation(world, orderId, reservationId, {first, chosen.quantity - first});
    RC_ASSERT(!sim::engine::armError(split));
    const auto halves = std::get<sim::engine::Reshaped>(split).created;
    for (const auto& half : halves) {
        RC_ASSERT(half.armSkuName == chosen.size);
        RC_ASSERT(half.term == "P1Y");
        RC_ASSERT(half.expiryDateTime == world.findReservationOrder(orderId)->reservations.front().expiryDateTime);
    }
    world.clock.advance(std::chrono::hours(1));
    sim::engine::catchUp(world);
    auto merged = sim::engine::mergeReservations(
        world, orderId,
        {sim::engine::reservationArmId(orderId, halves[0].id), sim::engine::reservationArmId(orderId, halves[1].id)});
    RC_ASSERT(!sim::engine::armError(merged));
    world.clock.advance(std::chrono::hours(1));
    const auto after = observe(spec, reshaped);
    RC_ASSERT(!applied(world, reservationId, hour0 + 1).has_value());
    for (const auto& [key, units] : untouched.covered) {
        const double other = after.covered.count(key) ? after.covered.at(key) : 0.0;
        RC_ASSERT(std::abs(units - other) <= kTolerance);
    }
}

}  // namespace
}  // namespace pcsim::properties
