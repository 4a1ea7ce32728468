// pcsim: an offline simulator of the Microsoft Partner Center purchase API (Azure reservations).
#include <iostream>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
    CLI::App app{"pcsim - offline simulator and test harness for the Microsoft Partner Center purchase API"};
    app.require_subcommand(1);
    auto serve = pcsim::cli::addServeCommand(app);
    auto validate = pcsim::cli::addValidateCommand(app);
    auto run = pcsim::cli::addRunCommand(app);
    auto ca = pcsim::cli::addCaCommand(app);
    CLI11_PARSE(app, argc, argv);
    try {
        if (app.got_subcommand("serve")) return serve();
        if (app.got_subcommand("validate")) return validate();
        if (app.got_subcommand("run")) return run();
        if (app.got_subcommand("ca")) return ca();
    } catch (const std::exception& e) {
        std::cerr << "pcsim: " << e.what() << '\n';
        return 2;
    }
    return 1;
}
