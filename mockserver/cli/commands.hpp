#pragma once
// The `pcsim` subcommands. Each registers itself on the CLI11 app and returns its exit code.
#include <CLI/CLI.hpp>

#include <functional>

namespace pcsim::cli {

using Command = std::function<int()>;

// `pcsim serve`: load a scenario and serve the Partner Center API until SIGINT/SIGTERM.
Command addServeCommand(CLI::App& app);
// `pcsim validate FILE...`: check scenario and suite files, print FILE:LINE:COLUMN: message per problem.
Command addValidateCommand(CLI::App& app);
// `pcsim run SUITE...`: run suites, each case in its own sandbox; terminal, JUnit and JSON reports.
Command addRunCommand(CLI::App& app);
// `pcsim ca`: make pcsim's local CA when missing; print its certificate's path and the trust lines.
Command addCaCommand(CLI::App& app);

}  // namespace pcsim::cli
