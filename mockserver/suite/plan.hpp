#pragma once
// Before a run: load every suite file and the scenario each names (all problems of all files at
// once), then, once the server is known, decide per suite whether its sandboxes must be sent the
// scenario (the server holds another) or simply start from the server's.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "scenario/diagnostic.hpp"
#include "suite/runner.hpp"

namespace pcsim::suite {

struct LoadedSuites {
    std::vector<PlannedSuite> suites;  // scenario empty for suites that name none (the server's)
    std::vector<scenario::Diagnostic> problems;
    bool ok() const { return problems.empty(); }
};

// `seed`: pcsim run --seed, written into every suite's scenario.
LoadedSuites loadSuites(const std::vector<std::string>& files, std::optional<std::uint64_t> seed);

// The scenario an embedded server should load: the first suite's, or nullopt when no suite names one.
std::optional<ScenarioFacts> firstNamedScenario(const LoadedSuites& loaded);

// `server`: the scenario the server holds (its text as GET /_pcsim/scenario gives it). Suites that
// name no scenario run in the server's (with `seed` written into it when given).
void settleScenarios(LoadedSuites& loaded, const ScenarioFacts& server, std::optional<std::uint64_t> seed);

}  // namespace pcsim::suite
