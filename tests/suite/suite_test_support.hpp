#pragma once
// Helpers of the suite tests: suite texts written to files, and loading them.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "suite/loader.hpp"
#include "suite/results.hpp"

namespace pcsim::suite {
// GoogleTest prints verdicts by name.
inline void PrintTo(Verdict verdict, std::ostream* out) { *out << verdictName(verdict); }
}  // namespace pcsim::suite

namespace pcsim::suite_testing {

inline const std::string kScenarios = PCSIM_SCENARIOS_DIR;
inline const std::string kCustomer = "c1000000-0000-4000-8000-000000000001";  // Fabrikam, registered
inline const std::string kSubscription = "A1000000-0000-4000-8000-000000000001";

// A file under the test's temporary folder; returns its path.
inline std::string writeFile(const std::string& name, const std::string& text) {
    std::string path = ::testing::TempDir() + name;
    std::ofstream(path) << text;
    return path;
}

inline suite::SuiteLoad loadText(const std::string& text) { return suite::loadSuiteText(text, "s.yaml", kScenarios); }

// Every diagnostic of a load, one per line, for failure messages and `find`.
inline std::string problemsOf(const suite::SuiteLoad& load) {
    std::string out;
    for (const auto& d : load.diagnostics) out += d.toString() + "\n";
    return out;
}

}  // namespace pcsim::suite_testing
