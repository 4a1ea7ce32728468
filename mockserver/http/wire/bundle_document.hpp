#pragma once
// A bundle as one typed document (the format: http/bundle.hpp). Export fills it and renders it;
// import reads it whole, so that every field of the wrong type or missing is a 400 naming its path
// before anything is replayed.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "http/faults.hpp"
#include "http/throttle.hpp"
#include "http/wire/fields.hpp"
#include "http/wire/journal_entry.hpp"
#include "http/wire/recorded_operation.hpp"

namespace pcsim::http {

// Read first, alone: a bundle of another format is refused by its number, not by its shape.
struct BundleFormat {
    int pcsimBundle = 0;
};

struct BundleScenario {
    std::string name;
    std::string source;  // the scenario's YAML
};

struct BundleClock {
    sim::Timestamp now{};
    std::string mode;  // "frozen" or "realtime"; informative (the clock mode comes from the scenario)
};

struct BundleState {
    std::vector<RecordedOperation> operations;
    FaultInjector::Snapshot faults;
    std::vector<ThrottleWindow> throttling;
};

struct BundleDocument {
    int pcsimBundle = 0;
    std::string sandbox;  // where it was exported from; informative
    sim::Timestamp exportedAt{};
    BundleScenario scenario;
    std::optional<std::uint64_t> seed;  // when given, must be the scenario's
    BundleClock clock;
    BundleState state;
    std::vector<JournalEntry> journal;
    std::uint64_t journalDropped = 0;
};

PCSIM_WIRE_DECLARE_JSON(BundleFormat);
PCSIM_WIRE_DECLARE_JSON(BundleScenario);
PCSIM_WIRE_DECLARE_JSON(BundleClock);
PCSIM_WIRE_DECLARE_JSON(BundleState);
PCSIM_WIRE_DECLARE_JSON(BundleDocument);

// A fault rule with its count: http/wire/fault_rule.hpp. Read
// through the scenario loader's rule reader, so that a bundle's rules get the scenario's checks.
PCSIM_WIRE_DECLARE_JSON(CountedFault);
PCSIM_WIRE_DECLARE_JSON(FaultInjector::Snapshot);  // {"rules": [...], "random": "<generator state>"}
PCSIM_WIRE_DECLARE_JSON(ThrottleWindow);           // {"rule": index, "tenant", "arrivals": [...]}

}  // namespace pcsim::http
