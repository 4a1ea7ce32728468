#pragma once
// What a run found, case by case and step by step: the one model the terminal, JUnit and JSON
// reports are written from.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "suite/model.hpp"
#include "suite/step_outcome.hpp"

namespace pcsim::suite {

enum class Verdict { passed, failed, skipped };
const char* verdictName(Verdict verdict);  // "passed", "failed", "skipped"

struct StepRecord {
    std::size_t index = 0;  // 1-based, as reports count
    std::string name;       // the step's `name`, else its description
    std::string kind;       // "request", "purchase", ...
    Place place;
    std::chrono::microseconds elapsed{0};
    StepOutcome outcome;
};

struct CaseResult {
    std::string suite;
    std::string suiteFile;
    std::string name;
    std::string description;
    std::vector<std::string> tags;
    Place place;
    Verdict verdict = Verdict::passed;
    std::string skipReason;
    std::chrono::microseconds elapsed{0};
    std::string sandbox;
    std::vector<StepRecord> steps;  // the steps that ran; when failed, the last one is the failure
    std::string setupProblem;       // failed before any step (the sandbox or the variables)
    std::string bundle;             // the failing case's exported bundle
    std::string bundleProblem;      // why there is none

    const StepRecord* failedStep() const;
    // "step 3 'create the cart': status: expected 201, got 400" — the failure in one line.
    std::string failureHeadline() const;
};

struct SuiteResult {
    std::string name;
    std::string file;
    std::string scenario;
    std::vector<CaseResult> cases;
};

struct RunResult {
    std::vector<SuiteResult> suites;
    std::string server;
    std::optional<std::uint64_t> seed;
    std::chrono::microseconds elapsed{0};
    int notSelected = 0;  // cases left out by --tags

    int count(Verdict verdict) const;
};

}  // namespace pcsim::suite
