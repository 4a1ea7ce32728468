#pragma once
// One hour of discount application (contract azure-reservations §2.4–§2.5): reservations in plan
// order — narrowest scope tier first — each fill the VMs in their scope in fill order, taking any
// part of a VM's remaining usage, until their hourly capacity is spent. What a reservation does not
// use in the hour is lost. With `cascadeToBroaderScope` off, a VM that a narrower tier covered even in
// part is closed to broader tiers (its remainder goes to pay-as-you-go).
//
// Cost: O(VMs + reservations + shares) per hour. Fully covered VMs are skipped through "next VM
// with usage left" links with path halving, so a broad reservation never rescans VMs that earlier
// reservations already filled.
#include <cstdint>
#include <span>
#include <vector>

#include "sim/engine/plan.hpp"

namespace pcsim::sim::engine {

struct AllocatedShare {
    std::uint32_t reservation = 0;  // plan index
    std::uint32_t vm = 0;           // plan index
    double units = 0;
};

struct HourAllocation {
    std::vector<double> used;            // per planned reservation
    std::vector<AllocatedShare> shares;  // grouped by reservation, in application order
};

// Below this, a remainder is rounding noise from adding fractions of hours, not usage.
inline constexpr double kUnitEpsilon = 1e-9;

class Allocator {
public:
    // usage[i]: the units VM i of the plan uses this hour (only the coverable prefix is read).
    void allocate(const Plan& plan, std::span<const double> usage, bool cascadeToBroaderScope, HourAllocation& out);

private:
    std::uint32_t nextWithUsageLeft(std::uint32_t vm);
    void markCovered(std::uint32_t vm);
    double fillRange(std::uint32_t reservation, const PlannedReservation& planned, HourAllocation& out);
    double fillExact(std::uint32_t reservation, const PlannedReservation& planned, HourAllocation& out);

    std::vector<double> remaining_;
    std::vector<std::uint32_t>
        next_;  // next_[i] == i: VM i has usage left; else a VM at or before the next one that may
};

}  // namespace pcsim::sim::engine
