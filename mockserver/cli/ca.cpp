// pcsim ca [--ca-dir DIR]: makes pcsim's local CA when it does not exist yet, and prints where its
// certificate is and how each kind of client is told to trust it.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "http/transport/local_ca.hpp"

namespace pcsim::cli {

Command addCaCommand(CLI::App& app) {
    auto caDir = std::make_shared<std::string>(http::defaultCaDirectory());
    auto* cmd = app.add_subcommand("ca", "Print the path of pcsim's local CA certificate and how to trust it");
    cmd->add_option("--ca-dir", *caDir, "Where pcsim's local CA is kept")->capture_default_str();
    return [caDir] {
        const auto files = http::ensureLocalCa(*caDir);
        std::cout << files.caCertificate << '\n'
                  << "pcsim serve --tls issues its server certificate from this CA, for:";
        for (const auto& name : http::serverCertificateNames()) std::cout << ' ' << name;
        std::cout << "\ntrust it:\n";
        for (const auto& line : http::trustLines(files.caCertificate, "https://localhost:8080/_pcsim/health"))
            std::cout << "  " << line << '\n';
        return 0;
    };
}

}  // namespace pcsim::cli
