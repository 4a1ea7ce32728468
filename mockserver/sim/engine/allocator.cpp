#include "sim/engine/allocator.hpp"

#include <algorithm>

namespace pcsim::sim::engine {

std::uint32_t Allocator::nextWithUsageLeft(std::uint32_t vm) {
    while (next_[vm] != vm) {
        next_[vm] = next_[next_[vm]];  // path halving
        vm = next_[vm];
    }
    return vm;
}

void Allocator::markCovered(std::uint32_t vm) {
    remaining_[vm] = 0;
    next_[vm] = vm + 1;
}

double Allocator::fillRange(std::uint32_t reservation, const PlannedReservation& planned, HourAllocation& out) {
    double capacity = planned.capacity;
    std::uint32_t vm = nextWithUsageLeft(planned.begin);
    while (capacity > kUnitEpsilon && vm < planned.end) {
        const double take = std::min(capacity, remaining_[vm]);
        out.shares.push_back({reservation, vm, take});
        capacity -= take;
        remaining_[vm] -= take;
        if (remaining_[vm] > kUnitEpsilon) break;  // the reservation is spent
        markCovered(vm);
        vm = nextWithUsageLeft(vm + 1);
    }
    return planned.capacity - std::max(capacity, 0.0);
}

double Allocator::fillExact(std::uint32_t reservation, const PlannedReservation& planned, HourAllocation& out) {
    double capacity = planned.capacity;
    for (std::uint32_t vm : planned.exactMatches) {
        if (capacity <= kUnitEpsilon) break;
        if (remaining_[vm] <= kUnitEpsilon) continue;
        const double take = std::min(capacity, remaining_[vm]);
        out.shares.push_back({reservation, vm, take});
        capacity -= take;
        remaining_[vm] -= take;
        if (remaining_[vm] <= kUnitEpsilon) markCovered(vm);
    }
    return planned.capacity - std::max(capacity, 0.0);
}

void Allocator::allocate(const Plan& plan, std::span<const double> usage, bool cascadeToBroaderScope,
                         HourAllocation& out) {
    const std::uint32_t n = plan.coverable;
    remaining_.assign(usage.begin(), usage.begin() + n);
    next_.resize(n + 1);
    for (std::uint32_t i = 0; i < n; ++i) next_[i] = remaining_[i] > kUnitEpsilon ? i : i + 1;
    next_[n] = n;
    out.used.assign(plan.reservations.size(), 0.0);
    out.shares.clear();

    std::size_t tierStart = 0;  // first share of the current tier
    for (std::uint32_t r = 0; r < plan.reservations.size(); ++r) {
        const PlannedReservation& planned = plan.reservations[r];
        if (!cascadeToBroaderScope && r > 0 && planned.tier != plan.reservations[r - 1].tier) {
            // [S3]: once a narrower tier matched a VM, broader tiers are not evaluated for it.
            for (std::size_t s = tierStart; s < out.shares.size(); ++s) markCovered(out.shares[s].vm);
            tierStart = out.shares.size();
        }
        out.used[r] = planned.flexible ? fillRange(r, planned, out) : fillExact(r, planned, out);
    }
}

}  // namespace pcsim::sim::engine
