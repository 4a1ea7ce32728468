#include "suite/runner.hpp"

#include <atomic>
#include <cctype>
#include <cstdio>
#include <mutex>
#include <random>
#include <thread>

#include "suite/run_case.hpp"

namespace pcsim::suite {
namespace {

struct Job {
    std::size_t suite;
    std::size_t testCase;
};

std::string randomRunId() {
    std::random_device device;
    char text[9];
    std::snprintf(text, sizeof text, "%08x", unsigned(device()));
    return text;
}

bool hasTag(const std::vector<std::string>& tags, const std::string& tag) {
    for (const auto& t : tags)
        if (t == tag) return true;
    return false;
}

}  // namespace

std::string slug(const std::string& text, std::size_t limit) {
    std::string out;
    for (char c : text) {
        const bool word = std::isalnum((unsigned char)c);
        if (word) out += char(std::tolower((unsigned char)c));
        else if (!out.empty() && out.back() != '-') out += '-';
        if (out.size() >= limit) break;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "case" : out;
}

bool isSelected(const Suite& suite, const Case& testCase, const std::vector<std::string>& tags) {
    if (tags.empty()) return true;
    auto caseHas = [&](const std::string& tag) { return hasTag(testCase.tags, tag) || hasTag(suite.tags, tag); };
    bool anyInclude = false, included = false;
    for (const auto& tag : tags) {
        if (!tag.empty() && tag.front() == '!') {
            if (caseHas(tag.substr(1))) return false;
            continue;
        }
        anyInclude = true;
        included = included || caseHas(tag);
    }
    return !anyInclude || included;
}

RunResult runSuites(const std::vector<PlannedSuite>& suites, const RunOptions& options) {
    const auto start = std::chrono::steady_clock::now();
    RunResult run;
    run.server = options.serverUrl;
    const std::string runId = randomRunId();  // sandbox names of several runs on one server differ

    std::vector<Job> jobs;
    for (std::size_t s = 0; s < suites.size(); ++s) {
        SuiteResult suiteResult;
        suiteResult.name = suites[s].suite.name;
        suiteResult.file = suites[s].suite.file;
        suiteResult.scenario = suites[s].scenario.file.empty() ? suites[s].scenario.name : suites[s].scenario.file;
        run.suites.push_back(std::move(suiteResult));
        for (std::size_t c = 0; c < suites[s].suite.cases.size(); ++c) {
            if (isSelected(suites[s].suite, suites[s].suite.cases[c], options.tags)) jobs.push_back({s, c});
            else ++run.notSelected;
        }
    }

    // Workers take the next case; results land in their slot, so reports keep the files' order.
    std::vector<CaseResult> results(jobs.size());
    std::atomic<std::size_t> next{0};
    std::mutex reportMutex;
    auto work = [&] {
        HttpClient http(options.caFile);  // one connection per worker, reused from case to case
        for (std::size_t i = next++; i < jobs.size(); i = next++) {
            const auto& planned = suites[jobs[i].suite];
            const auto& testCase = planned.suite.cases[jobs[i].testCase];
            const std::string sandbox = runId + "-" + std::to_string(i + 1) + "-" + slug(testCase.name, 40);
            results[i] = runCase(planned, testCase, options, sandbox, http);
            if (options.onCaseDone) {
                std::lock_guard lock(reportMutex);
                options.onCaseDone(results[i]);
            }
        }
    };
    const int workers = std::max(1, std::min<int>(options.jobs, int(jobs.size())));
    {
        std::vector<std::jthread> threads;
        for (int w = 1; w < workers; ++w) threads.emplace_back(work);
        work();
    }
    for (std::size_t i = 0; i < jobs.size(); ++i) run.suites[jobs[i].suite].cases.push_back(std::move(results[i]));
    run.elapsed = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start);
    return run;
}

}  // namespace pcsim::suite
