// The terminal report: a line per case, failures explained right under their line.
#include <cstdio>

#include "suite/reports.hpp"

namespace pcsim::suite {

std::string formatMillis(std::chrono::microseconds elapsed) {
    char text[32];
    const double ms = double(elapsed.count()) / 1000.0;
    if (ms < 1000) std::snprintf(text, sizeof text, "%.0f ms", ms);
    else std::snprintf(text, sizeof text, "%.2f s", ms / 1000.0);
    return text;
}

std::string caseLine(const CaseResult& result) {
    static const char* labels[] = {"PASS", "FAIL", "SKIP"};
    std::string line = std::string(labels[int(result.verdict)]) + "  " + result.suite + " › " + result.name;
    if (result.verdict == Verdict::skipped) return line + (result.skipReason.empty() ? "" : " — " + result.skipReason);
    return line + "  (" + formatMillis(result.elapsed) + ")";
}

std::string failureDetails(const CaseResult& result, const std::string& indent) {
    if (result.verdict != Verdict::failed) return {};
    std::string out;
    auto line = [&](const std::string& label, const std::string& text) { out += indent + label + text + "\n"; };
    if (!result.setupProblem.empty()) {
        line("", result.setupProblem);
    } else if (const StepRecord* step = result.failedStep()) {
        const auto& o = step->outcome;
        line("", "step " + std::to_string(step->index) + " '" + step->name + "' (" + step->kind + ", " +
                     result.suiteFile + ":" + std::to_string(step->place.line) + ":" +
                     std::to_string(step->place.column) + ")");
        if (!o.request.empty()) line("  request:  ", o.request);
        if (!o.requestBody.empty()) line("            ", o.requestBody);
        for (const auto& m : o.mismatches) {
            line("  expected: ", m.subject + " " + m.expected);
            line("  actual:   ", m.actual);
            if (!m.context.empty()) line("  where:    ", m.context);
        }
        if (!o.error.empty()) line("  error:    ", o.error);
        if (!o.response.empty()) line("  response: ", o.response);
    }
    if (!result.bundle.empty()) line("  bundle:   ", result.bundle);
    if (!result.bundleProblem.empty()) line("  bundle:   ", result.bundleProblem);
    if (!result.sandbox.empty()) line("  sandbox:  ", result.sandbox);
    return out;
}

std::string summaryLine(const RunResult& run) {
    std::string out = std::to_string(run.count(Verdict::passed)) + " passed, " +
                      std::to_string(run.count(Verdict::failed)) + " failed, " +
                      std::to_string(run.count(Verdict::skipped)) + " skipped";
    if (run.notSelected > 0) out += ", " + std::to_string(run.notSelected) + " not selected by --tags";
    return out + " (" + formatMillis(run.elapsed) + ")";
}

}  // namespace pcsim::suite
