// pcctl: Partner Center reserved-instance purchases from the shell, against pcsim or the real
// service. Each command family lives in its own file; this one wires them up and turns failures
// into exit codes.
#include "cli.hpp"

namespace {

constexpr const char* kFooter = R"(Configuration (flags win over the environment):
  PARTNERCENTER_ENDPOINT       Partner Center API root   (default https://api.partnercenter.microsoft.com)
  PARTNERCENTER_AUTHORITY      token authority           (default https://login.microsoftonline.com)
  PARTNERCENTER_TENANT         the partner's tenant id
  PARTNERCENTER_CLIENT_ID      the app's client id
  PARTNERCENTER_CLIENT_SECRET  the app's secret (App credentials)
  PARTNERCENTER_REFRESH_TOKEN  a partner user's refresh token (App+User credentials; needed for
                               entitlements and for `buy` to list the reservations it created)

Exit codes:
  0  success
  1  `buy` not confirmed: nothing was bought
  2  usage: bad command line or missing configuration
  3  service: Partner Center or the authority answered with an error, or a purchase step failed
  4  transport: no answer (connection refused, TLS, timeout, dropped connection) after retries)";

void addGlobalOptions(CLI::App& app, pcctl::Cli& cli) {
    auto& s = cli.settings;
    app.add_flag("--json", cli.json, "Print one JSON document instead of tables");
    app.add_option("--endpoint", s.endpoint, "Partner Center API root")
        ->envname("PARTNERCENTER_ENDPOINT")
        ->capture_default_str();
    app.add_option("--authority", s.authority, "Token authority")
        ->envname("PARTNERCENTER_AUTHORITY")
        ->capture_default_str();
    app.add_option("--tenant", s.tenant, "Partner tenant id")->envname("PARTNERCENTER_TENANT");
    app.add_option("--client-id", s.clientId, "App client id")->envname("PARTNERCENTER_CLIENT_ID");
    app.add_option("--client-secret", s.clientSecret, "App secret")->envname("PARTNERCENTER_CLIENT_SECRET");
    app.add_option("--refresh-token", s.refreshToken, "User refresh token (App+User)")
        ->envname("PARTNERCENTER_REFRESH_TOKEN");
    app.add_option("--ca-file", s.caFile,
                   "Trust the certificates in this PEM file (e.g. pcsim's CA); default: SSL_CERT_FILE or "
                   "CURL_CA_BUNDLE when set, else the system's")
        ->envname("PARTNERCENTER_CA_FILE")
        ->check(CLI::ExistingFile);
}

int report(const partnercenter::PartnerCenterError& e) {
    std::cerr << "pcctl: " << e.what() << "\n";
    if (!e.correlationId().empty()) std::cerr << "pcctl: MS-CorrelationId " << e.correlationId() << "\n";
    return e.kind() == partnercenter::PartnerCenterError::Kind::transport ? pcctl::transport : pcctl::service;
}

}  // namespace

int main(int argc, char** argv) {
    pcctl::Cli cli;
    CLI::App app{"pcctl — buy and inspect Azure reserved VM instances through the Partner Center API", "pcctl"};
    app.footer(kFooter);
    app.require_subcommand(1);
    app.fallthrough();  // global options are accepted after the subcommand too
    addGlobalOptions(app, cli);
    pcctl::addCustomerCommands(app, cli);
    pcctl::addSubscriptionCommands(app, cli);
    pcctl::addRegisterCommand(app, cli);
    pcctl::addCatalogCommands(app, cli);
    pcctl::addBuyCommand(app, cli);
    pcctl::addOrderCommands(app, cli);
    pcctl::addEntitlementCommands(app, cli);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return pcctl::usage;
    }

    try {
        return cli.action ? cli.action() : pcctl::usage;
    } catch (const pcctl::UsageError& e) {
        std::cerr << "pcctl: " << e.what() << "\n";
        return pcctl::usage;
    } catch (const partnercenter::PartnerCenterError& e) {
        return report(e);
    }
}
