#pragma once
// A sandbox as one JSON document, and back: the scenario's source and seed, the clock, the state
// and the journal.
//
//   {"pcsimBundle": 1, "sandbox": "case-17", "exportedAt": "...",
//    "scenario": {"name": "...", "source": "<YAML>"}, "seed": 7, "clock": {"now": "...", "mode": "frozen"},
//    "state": {"operations": [...], "faults": {"rules": [...], "random": "..."}, "throttling": [...]},
//    "journal": [entry...], "journalDropped": 0}
//
// `state.operations` is the sandbox's operation log: importing loads the scenario and replays them in
// order, at their simulated times, through the same handlers; every id the world generates comes
// from the scenario's seed, so the rebuilt sandbox is the same and the next request gets the same
// answer. Fault rules (with their counts and random stream) and throttling windows are carried as
// they are, since every request, not only the logged ones, moves them.
//
// Secrets are masked (sim/secrets.hpp): the scenario's credentials, and whatever the journal and the
// operations quoted. A replay needs none of them — an operation carries the identity its token
// proved, not the token — and an import takes the masked credentials from the importing sandbox's
// scenario where it knows the same app or user.
#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "http/sandbox.hpp"
#include "scenario/diagnostic.hpp"

namespace pcsim::http {

class App;

inline constexpr int kBundleFormat = 1;

// The sandbox cannot be exported as it is (409).
struct BundleConflict : std::runtime_error {
    explicit BundleConflict(const std::string& what) : std::runtime_error(what) {}
};
// The bundle's scenario does not load (400 with diagnostics).
struct BundleScenarioInvalid : std::runtime_error {
    explicit BundleScenarioInvalid(std::vector<scenario::Diagnostic> problems)
        : std::runtime_error("invalid scenario"), diagnostics(std::move(problems)) {}
    std::vector<scenario::Diagnostic> diagnostics;
};

// Takes `state.changes` only to copy the log and the clock: changes wait for no rendering.
nlohmann::ordered_json exportBundle(const Sandbox& sandbox, SandboxState& state);

struct ImportedBundle {
    std::shared_ptr<SandboxState> state;  // ready to install: nothing else has seen it
    std::size_t replayed = 0;
};
// Throws BadRequest (malformed bundle) or BundleScenarioInvalid; checks everything before replaying.
ImportedBundle importBundle(App& app, Sandbox& sandbox, const nlohmann::json& bundle);

}  // namespace pcsim::http
