// pcsim validate FILE...
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "scenario/loader.hpp"

namespace pcsim::cli {

Command addValidateCommand(CLI::App& app) {
    auto files = std::make_shared<std::vector<std::string>>();
    auto* cmd = app.add_subcommand("validate", "Check scenario files; print FILE:LINE:COLUMN: message per problem");
    cmd->add_option("files", *files, "Scenario files")->required();
    cmd->footer("Exit status: 0 when every file is valid, 1 otherwise.");
    return [files] {
        int status = 0;
        for (const auto& file : *files) {
            auto loaded = scenario::loadScenarioFile(file);
            if (loaded) {
                std::cout << file << ": ok (" << loaded.scenario->customers.size() << " customers, "
                          << loaded.scenario->catalog->skuCount() << " SKUs)\n";
                continue;
            }
            status = 1;
            for (const auto& problem : loaded.diagnostics) std::cout << problem.toString() << '\n';
        }
        return status;
    };
}

}  // namespace pcsim::cli
