#pragma once
// Helpers shared by the scenario tests: load from text, find a diagnostic, name the repo's files.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "scenario/loader.hpp"

namespace pcsim::scenario::testing {

inline std::string scenariosDir() { return PCSIM_SCENARIOS_DIR; }

inline LoadResult load(std::string_view yaml) { return loadScenarioText(yaml, "test.yaml"); }

inline std::string allDiagnostics(const LoadResult& result) {
    std::string out;
    for (const auto& d : result.diagnostics) out += d.toString() + "\n";
    return out;
}

// Loads and expects success; a failure prints every diagnostic.
inline std::shared_ptr<const sim::Scenario> loadOk(std::string_view yaml) {
    LoadResult result = load(yaml);
    EXPECT_TRUE(result.ok()) << allDiagnostics(result);
    return result.scenario;
}

// True when some diagnostic is at exactly line:column and its message contains `text`.
inline ::testing::AssertionResult hasDiagnostic(const LoadResult& result, int line, int column, std::string_view text) {
    if (result.ok()) return ::testing::AssertionFailure() << "the scenario loaded without problems";
    for (const auto& d : result.diagnostics)
        if (d.line == line && d.column == column && d.message.find(text) != std::string::npos)
            return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "no diagnostic at " << line << ":" << column << " containing '" << text
                                         << "'; got:\n"
                                         << allDiagnostics(result);
}

}  // namespace pcsim::scenario::testing
