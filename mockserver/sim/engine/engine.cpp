#include "sim/engine/engine.hpp"

#include "sim/engine/eligibility.hpp"

namespace pcsim::sim::engine {
namespace {

// Reservation orders are only ever added, and reservations only added by split and merge (which bump
// the revision), so the list of every reservation is rebuilt only when one of the two moved.
const std::vector<ActiveReservation>& allReservations(const World& world, EngineState& state) {
    const std::pair key{world.reservationOrders().size(), state.revision};
    if (state.allReservationsOf != key) {
        state.allReservations.clear();
        for (const auto& [id, order] : world.reservationOrders())
            for (const auto& reservation : order.reservations) state.allReservations.push_back({&order, &reservation});
        state.allReservationsOf = key;
    }
    return state.allReservations;
}

void collectActive(const World& world, EngineState& state, HourIndex hour) {
    state.activeScratch.clear();
    for (const auto& candidate : allReservations(world, state))
        if (appliesInHour(*candidate.reservation, hour)) state.activeScratch.push_back(candidate);
}

// The allocation's shares regrouped by VM (a counting sort), with ledger indices, so that each VM's
// shares of the hour are one contiguous span in reservation application order.
void groupSharesByVm(EngineState& state) {
    const Plan& plan = state.plan;
    auto& offsets = state.shareOffsets;
    offsets.assign(plan.vms.size() + 1, 0);
    for (const auto& share : state.allocation.shares) ++offsets[share.vm + 1];
    for (std::size_t i = 1; i < offsets.size(); ++i) offsets[i] += offsets[i - 1];
    state.sharesByVm.resize(state.allocation.shares.size());
    std::vector<std::uint32_t>& cursor = offsets;  // advanced while filling, restored below
    for (const auto& share : state.allocation.shares)
        state.sharesByVm[cursor[share.vm]++] = Share{plan.reservations[share.reservation].history, share.units};
    for (std::size_t i = plan.vms.size(); i > 0; --i) offsets[i] = offsets[i - 1];
    offsets[0] = 0;
}

void processHour(World& world, EngineState& state, HourIndex hour) {
    collectActive(world, state, hour);
    if (!state.plan.built || state.plan.revision != state.revision || state.plan.active != state.activeScratch) {
        state.plan = buildPlan(world, state.activeScratch, sizeCatalog(world), state.ledger);
        state.plan.revision = state.revision;
        state.lastHourComparable = false;  // plan indices changed meaning
    }
    const Plan& plan = state.plan;

    auto& usage = state.usageScratch;
    usage.resize(plan.vms.size());
    for (std::size_t i = 0; i < plan.vms.size(); ++i) {
        const PlannedVm& vm = plan.vms[i];
        usage[i] = vm.unitsPerInstanceHour * vm.count * runningFraction(vm.hours, hour);
    }
    state.allocator.allocate(plan, usage, world.behaviour().cascadeToBroaderScope, state.allocation);

    for (std::size_t r = 0; r < plan.reservations.size(); ++r)
        state.ledger.recordReservationHour(plan.reservations[r].history, hour, state.allocation.used[r],
                                           plan.reservations[r].capacity);
    groupSharesByVm(state);
    for (std::size_t i = 0; i < plan.vms.size(); ++i) {
        if (usage[i] <= 0) continue;  // a VM that does not run has nothing to record
        std::span<const Share> shares(state.sharesByVm.data() + state.shareOffsets[i],
                                      state.shareOffsets[i + 1] - state.shareOffsets[i]);
        std::optional<bool> sameAsLastHour;
        if (state.lastHourComparable) {
            std::span<const Share> before(state.lastHourSharesByVm.data() + state.lastHourShareOffsets[i],
                                          state.lastHourShareOffsets[i + 1] - state.lastHourShareOffsets[i]);
            sameAsLastHour = std::ranges::equal(before, shares);
        }
        state.ledger.recordVmHour(plan.vms[i].history, plan.vms[i].version, hour, usage[i], shares, sameAsLastHour);
    }
    std::swap(state.sharesByVm, state.lastHourSharesByVm);
    std::swap(state.shareOffsets, state.lastHourShareOffsets);
    state.lastHourComparable = true;
}

}  // namespace

const SizeCatalog& sizeCatalog(World& world) {
    auto& state = world.reservationEngine;
    if (!state.sizes) state.sizes = std::make_unique<SizeCatalog>(world.catalog());
    return *state.sizes;
}

void advanceTo(World& world, HourIndex end) {
    auto& state = world.reservationEngine;
    if (!state.firstHour) {
        // The first whole hour of the simulation; the clock may start mid-hour.
        state.firstHour = firstHourStartingAtOrAfter(world.scenario().clockStart);
        state.processedUntil = *state.firstHour;
    }
    for (; state.processedUntil < end; ++state.processedUntil) processHour(world, state, state.processedUntil);
}

void catchUp(World& world) { advanceTo(world, hourContaining(world.now())); }

void noteChange(World& world) { ++world.reservationEngine.revision; }

}  // namespace pcsim::sim::engine
