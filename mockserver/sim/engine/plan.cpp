#include "sim/engine/plan.hpp"

#include <algorithm>
#include <tuple>

#include "partnercenter/text.hpp"
#include "sim/engine/eligibility.hpp"
#include "sim/world.hpp"

namespace pcsim::sim::engine {

using partnercenter::text::toLower;
namespace {

// The fill-order key of a coverable VM; all strings lower-case.
struct VmKey {
    std::size_t customer = 0;
    std::string region;
    std::string group;
    std::string subscription;
    std::string resourceGroup;
    std::string vmId;
    std::string exactSize;

    auto poolKey() const { return std::tie(customer, region, group); }
    auto fillKey() const { return std::tie(customer, region, group, subscription, resourceGroup, vmId); }
};

struct Candidate {
    VmKey key;
    PlannedVm planned;
    bool coverable = false;
    const Customer* customer = nullptr;
    const Subscription* subscription = nullptr;
    const Vm* vm = nullptr;
    VmVersion version;
};

std::vector<Candidate> collectVms(const World& world, const SizeCatalog& sizes) {
    std::vector<Candidate> candidates;
    const auto& customers = world.customers();
    for (std::size_t c = 0; c < customers.size(); ++c) {
        const Customer& customer = customers[c].customer;
        for (const auto& subscription : customer.subscriptions) {
            const bool eligibleOffer = offerReceivesReservationDiscount(subscription);
            for (const auto& vm : subscription.vms) {
                auto profile = sizes.find(vm.size, vm.region);
                Candidate candidate;
                candidate.customer = &customer;
                candidate.subscription = &subscription;
                candidate.vm = &vm;
                candidate.version = VmVersion{vm.resourceGroup,
                                              vm.region,
                                              profile ? profile->armSkuName : vm.size,
                                              profile ? profile->group : "",
                                              profile ? profile->ratio : 0,
                                              vm.count,
                                              vm.spot};
                candidate.planned.unitsPerInstanceHour = profile ? profile->ratio : 0;
                candidate.planned.count = vm.count;
                candidate.planned.hours = vm.hours;
                candidate.coverable = eligibleOffer && !vm.spot && profile.has_value();
                if (profile)
                    candidate.key = VmKey{c,
                                          toLower(vm.region),
                                          profile->groupKey,
                                          toLower(subscription.azureSubscriptionId),
                                          toLower(vm.resourceGroup),
                                          toLower(vm.id),
                                          profile->exactKey};
                candidates.push_back(std::move(candidate));
            }
        }
    }
    return candidates;
}

std::size_t customerIndex(const World& world, const ReservationOrder& order) {
    const CustomerState* state = world.findCustomer(order.customerId);
    return state ? std::size_t(state - world.customers().data()) : world.customers().size();
}

// The VMs a reservation's scope reaches inside its pool, as a range of plan indices.
std::pair<std::uint32_t, std::uint32_t> scopeRange(const std::vector<VmKey>& keys, std::size_t customer,
                                                   const std::string& region, const std::string& group,
                                                   const AppliedScope& scope) {
    const std::string subscription = toLower(scope.azureSubscriptionId);
    const std::string resourceGroup = toLower(scope.resourceGroup);
    // Orders a VM key against the scope on the fields the scope fixes (the keys are sorted on them):
    // < 0 before the scope's VMs, 0 inside, > 0 after.
    auto compare = [&](const VmKey& key) -> int {
        const auto pool = std::tie(customer, region, group);
        if (key.poolKey() != pool) return key.poolKey() < pool ? -1 : 1;
        if (scope.tier == ScopeTier::shared) return 0;
        if (int c = key.subscription.compare(subscription); c != 0) return c;
        if (scope.tier == ScopeTier::subscription) return 0;
        return key.resourceGroup.compare(resourceGroup);
    };
    auto first = std::partition_point(keys.begin(), keys.end(), [&](const VmKey& key) { return compare(key) < 0; });
    auto last = std::partition_point(first, keys.end(), [&](const VmKey& key) { return compare(key) == 0; });
    return {std::uint32_t(first - keys.begin()), std::uint32_t(last - keys.begin())};
}

}  // namespace

Plan buildPlan(const World& world, std::vector<ActiveReservation> active, const SizeCatalog& sizes, Ledger& ledger) {
    Plan plan;
    plan.built = true;
    plan.active = active;  // in the world's order: what the next hour's active set is compared with
    auto candidates = collectVms(world, sizes);
    std::stable_partition(candidates.begin(), candidates.end(), [](const Candidate& c) { return c.coverable; });
    const auto coverableEnd =
        std::find_if(candidates.begin(), candidates.end(), [](const Candidate& c) { return !c.coverable; });
    std::sort(candidates.begin(), coverableEnd,
              [](const Candidate& a, const Candidate& b) { return a.key.fillKey() < b.key.fillKey(); });
    plan.coverable = std::uint32_t(coverableEnd - candidates.begin());
    std::vector<VmKey> keys;
    keys.reserve(plan.coverable);
    // Histories are registered in fill order, so that a world's VMs are recorded hour after hour in
    // the order they sit in the ledger (the recording loop then walks memory front to back).
    for (auto& candidate : candidates) {
        if (candidate.coverable) keys.push_back(candidate.key);
        candidate.planned.history = ledger.vmHistoryFor(candidate.customer->id, candidate.subscription->id,
                                                        candidate.subscription->azureSubscriptionId, candidate.vm->id);
        candidate.planned.version = ledger.versionFor(candidate.planned.history, candidate.version);
        plan.vms.push_back(candidate.planned);
    }

    // Application order: narrowest tier first, then purchase time, then reservation order and the
    // reservation's place in it — the two halves of a split are inserted right after their source (a
    // merge's result after its earliest source), so they take exactly the place of what they replace.
    auto orderKey = [](const ActiveReservation& a) {
        return std::tuple(appliedScopeOf(*a.reservation).tier, a.reservation->effectiveDateTime, toLower(a.order->id),
                          a.reservation - a.order->reservations.data());
    };
    std::sort(active.begin(), active.end(),
              [&](const ActiveReservation& a, const ActiveReservation& b) { return orderKey(a) < orderKey(b); });
    for (const auto& [order, reservation] : active) {
        PlannedReservation planned;
        planned.history = ledger.reservationHistoryFor(order->id, *reservation);
        const AppliedScope scope = appliedScopeOf(*reservation);
        planned.tier = scope.tier;
        planned.capacity = double(reservation->quantity) * reservation->isfRatio;
        planned.flexible = reservation->instanceFlexibility;
        auto [begin, end] = scopeRange(keys, customerIndex(world, *order), toLower(reservation->region),
                                       toLower(reservation->isfGroup), scope);
        if (planned.flexible) {
            planned.begin = begin;
            planned.end = end;
        } else {
            const std::string exact = exactSizeKey(reservation->armSkuName);
            for (auto i = begin; i < end; ++i)
                if (keys[i].exactSize == exact) planned.exactMatches.push_back(i);
        }
        plan.reservations.push_back(std::move(planned));
    }
    return plan;
}

}  // namespace pcsim::sim::engine
