#include "suite/plan.hpp"

#include <map>

#include "suite/loader.hpp"

namespace pcsim::suite {

LoadedSuites loadSuites(const std::vector<std::string>& files, std::optional<std::uint64_t> seed) {
    LoadedSuites out;
    std::map<std::string, ScenarioFacts> scenarios;  // each scenario file is read once
    for (const auto& file : files) {
        auto loaded = loadSuiteFile(file);
        if (!loaded) {
            out.problems.insert(out.problems.end(), loaded.diagnostics.begin(), loaded.diagnostics.end());
            continue;
        }
        PlannedSuite planned;
        planned.suite = std::move(*loaded.suite);
        const std::string& path = planned.suite.scenarioPath;
        if (!path.empty()) {
            auto known = scenarios.find(path);
            if (known == scenarios.end()) {
                auto facts = readScenarioFactsFile(path, seed);
                if (!facts.facts) {
                    out.problems.insert(out.problems.end(), facts.diagnostics.begin(), facts.diagnostics.end());
                    continue;
                }
                known = scenarios.emplace(path, std::move(*facts.facts)).first;
            }
            planned.scenario = known->second;
        }
        out.suites.push_back(std::move(planned));
    }
    return out;
}

std::optional<ScenarioFacts> firstNamedScenario(const LoadedSuites& loaded) {
    for (const auto& planned : loaded.suites)
        if (!planned.suite.scenarioPath.empty()) return planned.scenario;
    return std::nullopt;
}

void settleScenarios(LoadedSuites& loaded, const ScenarioFacts& server, std::optional<std::uint64_t> seed) {
    for (auto& planned : loaded.suites) {
        if (planned.suite.scenarioPath.empty()) {
            planned.scenario = server;
            if (seed) planned.scenario.source = withSeed(server.source, *seed);
        }
        planned.sendScenario = planned.scenario.source != server.source || server.ownCredentials;
    }
}

}  // namespace pcsim::suite
