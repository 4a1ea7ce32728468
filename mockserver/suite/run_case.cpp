#include "suite/run_case.hpp"

#include <filesystem>
#include <fstream>

#include "sim/secrets.hpp"
#include "suite/case_run.hpp"

namespace pcsim::suite {
namespace {

using Clock = std::chrono::steady_clock;

std::chrono::microseconds since(Clock::time_point start) {
    return std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start);
}

HttpCall rootControlCall(const RunOptions& options, const std::string& method, const std::string& path,
                         std::string body = {}, std::string contentType = {}) {
    HttpCall call;
    call.method = method;
    call.url = options.serverUrl + path;
    call.body = std::move(body);
    if (!contentType.empty()) call.headers.emplace_back("Content-Type", contentType);
    if (!options.adminToken.empty()) call.headers.emplace_back("Authorization", "Bearer " + options.adminToken);
    return call;
}

// The suite's scenario into the fresh sandbox, when the server's own is another one.
std::string prepareSandbox(const PlannedSuite& planned, const RunOptions& options, const std::string& sandbox,
                           HttpClient& http) {
    if (!planned.sendScenario) return {};
    auto answer = http.send(rootControlCall(options, "PUT", "/_sandbox/" + sandbox + "/_pcsim/scenario",
                                            planned.scenario.source, "application/yaml"));
    if (answer.status == 200) return {};
    return "the sandbox could not load the scenario " + planned.scenario.file + ": " +
           (answer.answered() ? std::to_string(answer.status) + " " + excerptText(answer.body, 300)
                              : answer.transportError);
}

std::string defineVariables(const PlannedSuite& planned, const Case& testCase, CaseRun& run) {
    try {
        for (const auto& [name, value] : planned.suite.variables) run.setVariable(name, value.render(run.lookup()));
        for (const auto& [name, value] : testCase.variables) run.setVariable(name, value.render(run.lookup()));
    } catch (const std::exception& e) {
        return std::string("the variables could not be set: ") + e.what();
    }
    return {};
}

void exportBundle(const PlannedSuite& planned, const RunOptions& options, CaseResult& result, HttpClient& http) {
    auto answer = http.send(rootControlCall(options, "GET", "/_sandbox/" + result.sandbox + "/_pcsim/bundle"));
    if (answer.status != 200) {
        result.bundleProblem = sim::maskSecrets(
            "no bundle: " + (answer.answered() ? std::to_string(answer.status) + " " + excerptText(answer.body, 200)
                                               : answer.transportError));
        return;
    }
    std::error_code ignored;
    std::filesystem::create_directories(options.bundleDir, ignored);
    auto file = std::filesystem::path(options.bundleDir) /
                (slug(planned.suite.name) + "--" + slug(result.name) + ".bundle.json");
    std::ofstream out(file, std::ios::binary);
    // A server of this version masks its bundles; one before it did not, and the file is a CI artifact.
    out << sim::maskSecrets(std::move(answer.body));
    if (!out) {
        result.bundleProblem = "no bundle: cannot write " + file.string();
        return;
    }
    result.bundle = file.string();
}

}  // namespace

CaseResult runCase(const PlannedSuite& planned, const Case& testCase, const RunOptions& options,
                   const std::string& sandbox, HttpClient& http) {
    const auto start = Clock::now();
    CaseResult result;
    result.suite = planned.suite.name;
    result.suiteFile = planned.suite.file;
    result.name = testCase.name;
    result.description = testCase.description;
    result.tags = planned.suite.tags;
    result.tags.insert(result.tags.end(), testCase.tags.begin(), testCase.tags.end());
    result.place = testCase.place;
    if (testCase.skip) {
        result.verdict = Verdict::skipped;
        result.skipReason = *testCase.skip;
        return result;
    }
    result.sandbox = sandbox;

    result.setupProblem = prepareSandbox(planned, options, sandbox, http);
    CaseRun run(planned.suite, testCase, planned.scenario, options.serverUrl, sandbox, http, options.adminToken);
    if (result.setupProblem.empty()) result.setupProblem = defineVariables(planned, testCase, run);
    if (!result.setupProblem.empty()) result.verdict = Verdict::failed;

    for (std::size_t i = 0; result.verdict == Verdict::passed && i < testCase.steps.size(); ++i) {
        const Step& step = testCase.steps[i];
        const auto stepStart = Clock::now();
        StepRecord record;
        record.index = i + 1;
        record.name = step.name.empty() ? describeStep(step) : step.name;
        record.kind = actionName(step.action);
        record.place = step.place;
        record.outcome = executeStep(step, run);
        maskSecrets(record.outcome);
        record.elapsed = since(stepStart);
        if (!record.outcome.passed()) result.verdict = Verdict::failed;
        result.steps.push_back(std::move(record));
    }

    result.setupProblem = sim::maskSecrets(std::move(result.setupProblem));
    if (result.verdict == Verdict::failed) exportBundle(planned, options, result, http);
    // The sandbox goes whatever happened (an unknown one answers 404: nothing was created).
    http.send(rootControlCall(options, "DELETE", "/_pcsim/sandboxes/" + sandbox));
    result.elapsed = since(start);
    return result;
}

}  // namespace pcsim::suite
