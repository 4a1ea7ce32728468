// pcsim validate FILE... — scenarios and suites alike (a suite says `pcsim-suite: 1` at its top).
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "scenario/loader.hpp"
#include "scenario/yaml_document.hpp"
#include "suite/loader.hpp"
#include "suite/plan.hpp"

namespace pcsim::cli {
namespace {

// A suite is valid when the file is and the scenario it names loads.
bool validateSuite(const std::string& file) {
    auto loaded = suite::loadSuites({file}, std::nullopt);
    if (!loaded.ok()) {
        for (const auto& problem : loaded.problems) std::cout << problem.toString() << '\n';
        return false;
    }
    const auto& planned = loaded.suites.front();
    std::size_t steps = 0;
    for (const auto& c : planned.suite.cases) steps += c.steps.size();
    std::cout << file << ": ok (suite '" << planned.suite.name << "', " << planned.suite.cases.size() << " cases, "
              << steps << " steps, scenario "
              << (planned.suite.scenarioPath.empty() ? std::string("of the server") : planned.suite.scenarioPath)
              << ")\n";
    return true;
}

bool validateScenario(const std::string& file, const std::string& text) {
    auto loaded = scenario::loadScenarioText(text, file);
    if (!loaded) {
        for (const auto& problem : loaded.diagnostics) std::cout << problem.toString() << '\n';
        return false;
    }
    std::cout << file << ": ok (" << loaded.scenario->customers.size() << " customers, "
              << loaded.scenario->catalog->skuCount() << " SKUs)\n";
    return true;
}

}  // namespace

Command addValidateCommand(CLI::App& app) {
    auto files = std::make_shared<std::vector<std::string>>();
    auto* cmd =
        app.add_subcommand("validate", "Check scenario and suite files; print FILE:LINE:COLUMN: message per problem");
    cmd->add_option("files", *files, "Scenario or suite files")->required();
    cmd->footer(
        "A file with 'pcsim-suite: 1' at its top is a suite (its scenario is checked too); any other, a scenario.\n"
        "Exit status: 0 when every file is valid, 1 otherwise.");
    return [files] {
        int status = 0;
        for (const auto& file : *files) {
            auto text = scenario::readFileText(file);
            if (!text) {
                std::cout << file << ": cannot open the file\n";
                status = 1;
                continue;
            }
            bool valid = suite::looksLikeSuite(*text) ? validateSuite(file) : validateScenario(file, *text);
            if (!valid) status = 1;
        }
        return status;
    };
}

}  // namespace pcsim::cli
