#pragma once
// One case from start to end (internal to the runner): prepare its sandbox, set its variables, run
// its steps until one fails, export the bundle of a failure, delete the sandbox.
#include "suite/http_client.hpp"
#include "suite/runner.hpp"

namespace pcsim::suite {

CaseResult runCase(const PlannedSuite& planned, const Case& testCase, const RunOptions& options,
                   const std::string& sandbox, HttpClient& http);

}  // namespace pcsim::suite
