#pragma once
// Loads a suite file (scenarios/README.md, "Suites"). Like the scenario loader: every problem of
// the file in one pass, each as FILE:LINE:COLUMN: message, unknown keys refused at every depth,
// and `${variables}` checked against what is defined at that point of the case.
//
//   auto loaded = pcsim::suite::loadSuiteFile("scenarios/suites/purchase.yaml");
//   if (!loaded) for (const auto& d : loaded.diagnostics) std::cerr << d.toString() << '\n';
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/diagnostic.hpp"
#include "suite/model.hpp"

namespace pcsim::suite {

struct SuiteLoad {
    std::optional<Suite> suite;                     // set when the file had no problem
    std::vector<scenario::Diagnostic> diagnostics;  // otherwise: every problem, in file order

    bool ok() const { return suite.has_value(); }
    explicit operator bool() const { return ok(); }
};

SuiteLoad loadSuiteFile(const std::string& path);
// `sourceName` names the file in diagnostics; `directory` is where a relative `scenario:` is looked for.
SuiteLoad loadSuiteText(std::string_view yaml, const std::string& sourceName, const std::string& directory);

// A suite file says so at its top level (`pcsim-suite: 1`); anything else is taken for a scenario.
bool looksLikeSuite(std::string_view yaml);

}  // namespace pcsim::suite
