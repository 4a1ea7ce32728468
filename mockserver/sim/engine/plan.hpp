#pragma once
// The world's VMs and active reservations arranged so that one hour can be allocated in time
// linear in their number. Built again only when something it depends on changes (a VM, a scope,
// the set of active reservations), so a quiet hour costs no sorting.
//
// Coverable VMs (eligible offer, not Spot, known size) come first, sorted by customer, region, ISF
// group, then Azure subscription, resource group and VM id — the stable order in which competing VMs
// are filled (DECISIONS.md). A "pool" is one (customer, region, group); inside it every subscription,
// and every resource group of a subscription, is a contiguous range, so any scope of a flexible
// reservation is one range [begin, end) of VMs.
#include <cstdint>
#include <vector>

#include "sim/customer.hpp"
#include "sim/engine/applied_scope.hpp"
#include "sim/engine/ledger.hpp"
#include "sim/engine/size_catalog.hpp"

namespace pcsim::sim {
class World;
}  // namespace pcsim::sim

namespace pcsim::sim::engine {

struct PlannedVm {
    std::uint32_t history = 0;        // Ledger::vms() index
    std::uint32_t version = 0;        // index into that history's versions
    double unitsPerInstanceHour = 0;  // the size's ratio
    int count = 1;
    RunSchedule hours;
};

struct PlannedReservation {
    std::uint32_t history = 0;  // Ledger::reservations() index
    ScopeTier tier = ScopeTier::shared;
    double capacity = 0;  // units per hour: quantity × ratio
    bool flexible = true;
    std::uint32_t begin = 0;  // flexible: the VMs in scope, [begin, end)
    std::uint32_t end = 0;
    std::vector<std::uint32_t> exactMatches;  // flexibility Off: the VMs in scope of exactly its size
};

struct ActiveReservation {
    const ReservationOrder* order = nullptr;
    const Reservation* reservation = nullptr;
    bool operator==(const ActiveReservation&) const = default;
};

struct Plan {
    bool built = false;
    std::uint64_t revision = 0;                    // the world revision it was built for
    std::vector<ActiveReservation> active;         // the active set it was built for
    std::vector<PlannedVm> vms;                    // coverable first, in fill order
    std::uint32_t coverable = 0;                   // vms[0, coverable) can receive a discount
    std::vector<PlannedReservation> reservations;  // in application order (see buildPlan)
};

// Registers every VM and active reservation in the ledger (so they have histories) on the way.
Plan buildPlan(const World& world, std::vector<ActiveReservation> active, const SizeCatalog& sizes, Ledger& ledger);

}  // namespace pcsim::sim::engine
