#pragma once
// The JSON report of `pcsim run --json` (pcsimReport: 1) as typed documents, described with the
// server's field lists (http/wire/fields.hpp): what a run, a suite, a case and a step put in it.
// Parts that only a failing step or a case that ran has are optional, and are left out otherwise.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "http/wire/fields.hpp"
#include "suite/assertions.hpp"

namespace pcsim::suite {

struct StepReport {
    std::uint64_t index = 0;
    std::string name;
    std::string kind;
    int line = 0;
    bool passed = true;
    double durationMs = 0;
    std::string request;
    std::optional<std::int64_t> status;
    // A failing step only.
    std::optional<std::string> requestBody;
    std::optional<std::string> response;
    std::optional<std::vector<Mismatch>> mismatches;
    std::optional<std::string> error;
};

struct CaseReport {
    std::string name;
    std::string status;  // passed | failed | skipped
    double durationMs = 0;
    int line = 0;
    std::vector<std::string> tags;
    std::optional<std::string> description;
    std::optional<std::string> skipReason;  // skipped cases only; they have none of the rest
    std::optional<std::string> sandbox;
    std::optional<std::vector<StepReport>> steps;
    std::optional<std::string> failure;  // failed cases only, as are the two below
    std::optional<std::string> bundle;
    std::optional<std::string> bundleProblem;
};

struct SuiteReport {
    std::string name;
    std::string file;
    std::string scenario;
    std::vector<CaseReport> cases;
};

struct RunReport {
    int pcsimReport = 1;
    std::string server;
    double durationMs = 0;
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    int notSelected = 0;
    std::optional<std::uint64_t> seed;  // null when the run chose none
    std::vector<SuiteReport> suites;
};

PCSIM_WIRE_DECLARE_JSON(Mismatch);
PCSIM_WIRE_DECLARE_JSON(StepReport);
PCSIM_WIRE_DECLARE_JSON(CaseReport);
PCSIM_WIRE_DECLARE_JSON(SuiteReport);
PCSIM_WIRE_DECLARE_JSON(RunReport);

}  // namespace pcsim::suite
