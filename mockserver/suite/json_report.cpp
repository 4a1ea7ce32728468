// The JSON report: the whole run as data (pcsimReport: 1), every step that ran with what it sent
// and got, for tools and dashboards.
#include "suite/reports.hpp"

namespace pcsim::suite {
namespace {

double millis(std::chrono::microseconds elapsed) { return double(elapsed.count()) / 1000.0; }

nlohmann::json stepJson(const StepRecord& step) {
    const auto& o = step.outcome;
    nlohmann::json out = {{"index", step.index},     {"name", step.name},    {"kind", step.kind},
                          {"line", step.place.line}, {"passed", o.passed()}, {"durationMs", millis(step.elapsed)},
                          {"request", o.request}};
    if (o.status) out["status"] = *o.status;
    if (!o.passed()) {
        out["requestBody"] = o.requestBody;
        out["response"] = o.response;
        out["mismatches"] = nlohmann::json::array();
        for (const auto& m : o.mismatches)
            out["mismatches"].push_back(
                {{"subject", m.subject}, {"expected", m.expected}, {"actual", m.actual}, {"context", m.context}});
        if (!o.error.empty()) out["error"] = o.error;
    }
    return out;
}

nlohmann::json caseJson(const CaseResult& c) {
    nlohmann::json out = {{"name", c.name},
                          {"status", verdictName(c.verdict)},
                          {"durationMs", millis(c.elapsed)},
                          {"line", c.place.line},
                          {"tags", c.tags}};
    if (!c.description.empty()) out["description"] = c.description;
    if (c.verdict == Verdict::skipped) {
        out["skipReason"] = c.skipReason;
        return out;
    }
    out["sandbox"] = c.sandbox;
    out["steps"] = nlohmann::json::array();
    for (const auto& step : c.steps) out["steps"].push_back(stepJson(step));
    if (c.verdict == Verdict::failed) {
        out["failure"] = c.failureHeadline();
        if (!c.bundle.empty()) out["bundle"] = c.bundle;
        if (!c.bundleProblem.empty()) out["bundleProblem"] = c.bundleProblem;
    }
    return out;
}

}  // namespace

nlohmann::json jsonReport(const RunResult& run) {
    nlohmann::json out = {{"pcsimReport", 1},
                          {"server", run.server},
                          {"durationMs", millis(run.elapsed)},
                          {"passed", run.count(Verdict::passed)},
                          {"failed", run.count(Verdict::failed)},
                          {"skipped", run.count(Verdict::skipped)},
                          {"notSelected", run.notSelected}};
    out["seed"] = run.seed ? nlohmann::json(*run.seed) : nlohmann::json(nullptr);
    out["suites"] = nlohmann::json::array();
    for (const auto& suite : run.suites) {
        nlohmann::json cases = nlohmann::json::array();
        for (const auto& c : suite.cases) cases.push_back(caseJson(c));
        out["suites"].push_back(
            {{"name", suite.name}, {"file", suite.file}, {"scenario", suite.scenario}, {"cases", cases}});
    }
    return out;
}

}  // namespace pcsim::suite
