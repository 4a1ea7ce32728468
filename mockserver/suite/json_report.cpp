// The JSON report: the whole run as data (pcsimReport: 1), every step that ran with what it sent
// and got, for tools and dashboards. Its shape is suite/report_document.hpp.
#include "suite/report_document.hpp"
#include "suite/reports.hpp"

namespace pcsim::suite {
namespace {

double millis(std::chrono::microseconds elapsed) { return double(elapsed.count()) / 1000.0; }

StepReport stepReport(const StepRecord& step) {
    const auto& o = step.outcome;
    StepReport out;
    out.index = step.index;
    out.name = step.name;
    out.kind = step.kind;
    out.line = step.place.line;
    out.passed = o.passed();
    out.durationMs = millis(step.elapsed);
    out.request = o.request;
    out.status = o.status;
    if (!o.passed()) {
        out.requestBody = o.requestBody;
        out.response = o.response;
        out.mismatches = o.mismatches;
        if (!o.error.empty()) out.error = o.error;
    }
    return out;
}

std::optional<std::string> unlessEmpty(const std::string& text) {
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

CaseReport caseReport(const CaseResult& c) {
    CaseReport out;
    out.name = c.name;
    out.status = verdictName(c.verdict);
    out.durationMs = millis(c.elapsed);
    out.line = c.place.line;
    out.tags = c.tags;
    out.description = unlessEmpty(c.description);
    if (c.verdict == Verdict::skipped) {
        out.skipReason = c.skipReason;
        return out;
    }
    out.sandbox = c.sandbox;
    out.steps.emplace();
    for (const auto& step : c.steps) out.steps->push_back(stepReport(step));
    if (c.verdict == Verdict::failed) {
        out.failure = c.failureHeadline();
        out.bundle = unlessEmpty(c.bundle);
        out.bundleProblem = unlessEmpty(c.bundleProblem);
    }
    return out;
}

}  // namespace

RunReport runReport(const RunResult& run) {
    RunReport out;
    out.server = run.server;
    out.durationMs = millis(run.elapsed);
    out.passed = run.count(Verdict::passed);
    out.failed = run.count(Verdict::failed);
    out.skipped = run.count(Verdict::skipped);
    out.notSelected = run.notSelected;
    out.seed = run.seed;
    for (const auto& suite : run.suites) {
        auto& s = out.suites.emplace_back();
        s.name = suite.name;
        s.file = suite.file;
        s.scenario = suite.scenario;
        for (const auto& c : suite.cases) s.cases.push_back(caseReport(c));
    }
    return out;
}

// The report has always been written with its names sorted (nlohmann::json, not ordered_json):
// converting keeps every byte of pcsimReport 1 for the tools that diff two runs.
nlohmann::json jsonReport(const RunResult& run) { return nlohmann::json(nlohmann::ordered_json(runReport(run))); }

}  // namespace pcsim::suite
