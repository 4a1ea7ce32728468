#pragma once
// Runs suites against one pcsim: every case in a fresh sandbox of its suite's scenario
// (/_sandbox/{unique name}/), up to `jobs` cases at once, the sandbox deleted when the case ends.
// A failing case's bundle is exported first (GET .../_pcsim/bundle) so the failure can be replayed.
#include <functional>
#include <string>
#include <vector>

#include "suite/model.hpp"
#include "suite/results.hpp"
#include "suite/scenario_facts.hpp"

namespace pcsim::suite {

// A suite ready to run: its scenario, and whether each sandbox must be sent it (the server holds
// another one).
struct PlannedSuite {
    Suite suite;
    ScenarioFacts scenario;
    bool sendScenario = false;
};

struct RunOptions {
    std::string serverUrl;  // http://host:port
    int jobs = 1;
    std::vector<std::string> tags;                      // run cases with any of these; "!tag" leaves cases with it out
    std::string bundleDir;                              // where failing cases' bundles go
    std::string adminToken;                             // for control routes of a non-local server
    std::string caFile;                                 // CA bundle for an HTTPS server (HttpClient)
    std::function<void(const CaseResult&)> onCaseDone;  // called as each case ends (from worker threads, serialised)
};

RunResult runSuites(const std::vector<PlannedSuite>& suites, const RunOptions& options);

// Whether --tags selects the case (the suite's tags count as the case's).
bool isSelected(const Suite& suite, const Case& testCase, const std::vector<std::string>& tags);

// "purchase flow: shared scope" -> "purchase-flow-shared-scope": for sandbox and bundle file names.
std::string slug(const std::string& text, std::size_t limit = 40);

}  // namespace pcsim::suite
