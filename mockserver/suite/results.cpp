#include "suite/results.hpp"

namespace pcsim::suite {

const char* verdictName(Verdict verdict) {
    switch (verdict) {
        case Verdict::passed: return "passed";
        case Verdict::failed: return "failed";
        case Verdict::skipped: return "skipped";
    }
    return "?";
}

const StepRecord* CaseResult::failedStep() const {
    if (verdict != Verdict::failed || steps.empty() || steps.back().outcome.passed()) return nullptr;
    return &steps.back();
}

std::string CaseResult::failureHeadline() const {
    if (verdict != Verdict::failed) return {};
    if (!setupProblem.empty()) return setupProblem;
    const StepRecord* step = failedStep();
    if (!step) return "failed";
    std::string out = "step " + std::to_string(step->index) + " '" + step->name + "': ";
    const auto& outcome = step->outcome;
    if (!outcome.error.empty()) return out + outcome.error;
    const auto& first = outcome.mismatches.front();
    out += first.subject + ": expected " + first.expected + ", got " + first.actual;
    if (outcome.mismatches.size() > 1) out += " (and " + std::to_string(outcome.mismatches.size() - 1) + " more)";
    return out;
}

int RunResult::count(Verdict verdict) const {
    int n = 0;
    for (const auto& suite : suites)
        for (const auto& c : suite.cases) n += c.verdict == verdict;
    return n;
}

}  // namespace pcsim::suite
