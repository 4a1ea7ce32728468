#pragma once
// Everything the reservation engine remembers between calls, held by the World (one per sandbox):
// how far it has applied reservations, the ledger of what it applied, the split/merge lineage, and
// the plan and scratch buffers it reuses from hour to hour.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sim/engine/allocator.hpp"
#include "sim/engine/applied_scope.hpp"
#include "sim/engine/hours.hpp"
#include "sim/engine/ledger.hpp"
#include "sim/engine/lineage.hpp"
#include "sim/engine/plan.hpp"
#include "sim/engine/size_catalog.hpp"

namespace pcsim::sim::engine {

// A reservation's scope and flexibility before a PATCH changed them; the change applied from hour
// `until` on. Lets the invariant checks judge each recorded hour by the terms of its time.
struct TermsBefore {
    HourIndex until = 0;
    AppliedScope scope;
    bool flexible = true;
};

struct EngineState {
    // Hours [firstHour, processedUntil) are applied and locked; unset until the first catch-up.
    std::optional<HourIndex> firstHour;
    HourIndex processedUntil = 0;
    // Bumped by every change the active-set check cannot see (VMs, scopes, flexibility, split, merge).
    std::uint64_t revision = 1;

    Ledger ledger;
    std::map<std::string, ReservationLineage> lineage;             // lower-case reservation id
    std::map<std::string, std::vector<TermsBefore>> termsHistory;  // lower-case reservation id, oldest first

    // Reused from hour to hour.
    std::unique_ptr<SizeCatalog> sizes;  // built from the catalog on first use
    Plan plan;
    Allocator allocator;
    HourAllocation allocation;
    std::vector<ActiveReservation> allReservations;  // every reservation of the world, to test hour by hour
    std::pair<std::size_t, std::uint64_t> allReservationsOf{0, 0};  // (orders, revision) it was listed for
    std::vector<ActiveReservation> activeScratch;
    std::vector<double> usageScratch;
    // This hour's shares by plan VM, and the previous hour's (valid while the plan is the same).
    std::vector<std::uint32_t> shareOffsets, lastHourShareOffsets;
    std::vector<Share> sharesByVm, lastHourSharesByVm;
    bool lastHourComparable = false;
};

}  // namespace pcsim::sim::engine
