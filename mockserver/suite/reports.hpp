#pragma once
// The three reports of a run: the terminal (a line per case as it ends, each failure explained
// under its line, then the summary), JUnit XML (for CI) and JSON (for tools).
#include <string>

#include <nlohmann/json.hpp>

#include "suite/results.hpp"

namespace pcsim::suite {

// "PASS  suite › case  (12 ms)", "FAIL ...", "SKIP ... — reason".
std::string caseLine(const CaseResult& result);
// What failed, where, what was sent, what was expected and what came back; one item per line.
std::string failureDetails(const CaseResult& result, const std::string& indent = "      ");
// "12 passed, 1 failed, 2 skipped (3.41 s)".
std::string summaryLine(const RunResult& run);

std::string junitXml(const RunResult& run);
struct RunReport;  // suite/report_document.hpp
RunReport runReport(const RunResult& run);
// The report as written: runReport with its names sorted.
nlohmann::json jsonReport(const RunResult& run);

std::string formatMillis(std::chrono::microseconds elapsed);  // "12 ms", "1.23 s"

}  // namespace pcsim::suite
