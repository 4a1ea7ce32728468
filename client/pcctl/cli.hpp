// What every pcctl command shares: the connection settings (flags or PARTNERCENTER_* variables),
// the output mode, the exit codes, and the action the parsed command line chose.
#pragma once

#include <partnercenter/partnercenter.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <functional>
#include <iostream>
#include <stdexcept>
#include <string>

namespace pcctl {

/// Process exit codes (also listed in `pcctl --help`).
enum ExitCode : int {
    ok = 0,
    declined = 1,   ///< `buy` was not confirmed: nothing bought
    usage = 2,      ///< bad command line or missing configuration
    service = 3,    ///< Partner Center (or the token authority) answered with an error; a purchase step failed
    transport = 4,  ///< no answer: connection refused, TLS, timeout, dropped connection
};

/// A configuration problem found after parsing (e.g. no tenant given): exit code 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct Settings {
    std::string endpoint = "https://api.partnercenter.microsoft.com";
    std::string authority = "https://login.microsoftonline.com";
    std::string tenant{};
    std::string clientId{};
    std::string clientSecret{};
    std::string refreshToken{};
    std::string caFile{};  // extra trusted roots (PEM), e.g. pcsim's local CA
};

struct Cli {
    Settings settings{};
    bool json = false;
    /// Set by the chosen subcommand's callback; run after parsing. Returns the exit code.
    std::function<int()> action{};

    /// A client for the configured service: App+User when a refresh token is set, else App.
    /// Throws UsageError when the tenant, client id or a secret/refresh token is missing.
    [[nodiscard]] partnercenter::PartnerClient client() const;

    /// Prints one JSON document on stdout.
    void printJson(const nlohmann::ordered_json& document) const;
};

/// Registers the subcommands of one family on `app`; their callbacks set `cli.action`.
void addCustomerCommands(CLI::App& app, Cli& cli);
void addSubscriptionCommands(CLI::App& app, Cli& cli);
void addRegisterCommand(CLI::App& app, Cli& cli);
void addCatalogCommands(CLI::App& app, Cli& cli);
void addBuyCommand(CLI::App& app, Cli& cli);
void addOrderCommands(CLI::App& app, Cli& cli);
void addEntitlementCommands(CLI::App& app, Cli& cli);

}  // namespace pcctl
