#pragma once
// Loads a scenario file (scenarios/README.md describes the format) into a sim::Scenario.
//
//   auto result = pcsim::scenario::loadScenarioFile("scenarios/default.yaml");
//   if (!result) for (const auto& d : result.diagnostics) std::cerr << d.toString() << '\n';
//
// Every problem of the file is reported, not just the first, each as FILE:LINE:COLUMN: message.
// Ids the file leaves out are generated from its `seed`: two loads of one file give equal scenarios
// (except the clock start when the file gives none: it is the time of loading).
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/diagnostic.hpp"
#include "sim/scenario.hpp"

namespace pcsim::scenario {

struct LoadResult {
    std::shared_ptr<const sim::Scenario> scenario;  // set when the file had no problem
    std::vector<Diagnostic> diagnostics;            // otherwise: every problem, in file order

    bool ok() const { return scenario != nullptr; }
    explicit operator bool() const { return ok(); }
};

LoadResult loadScenarioFile(const std::string& path);
// `sourceName` is the file name used in diagnostics and kept as the scenario's sourcePath.
LoadResult loadScenarioText(std::string_view yaml, std::string sourceName);

// One rule in the format of the scenario's `faults:` list (JSON is YAML), with the same checks, for
// rules added at run time; `name` is required. Diagnostics locate problems in `text`.
struct FaultRuleResult {
    std::optional<sim::FaultRule> rule;
    std::vector<Diagnostic> diagnostics;
};
FaultRuleResult parseFaultRule(std::string_view text, std::string sourceName);

// The format version this pcsim reads (`pcsim: 1`).
inline constexpr int kScenarioFormatVersion = 1;

}  // namespace pcsim::scenario
