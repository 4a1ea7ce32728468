// pcsim serve [--scenario FILE] [--host 127.0.0.1] [--port 8080] [--threads N] [--admin-token T]
//             [--journal-size N] [--sandbox-idle-seconds S] [--max-sandboxes N] [--operation-log-size N]
#include <pthread.h>
#include <csignal>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "http/app.hpp"
#include "http/server.hpp"
#include "scenario/loader.hpp"

namespace pcsim::cli {

namespace {

struct ServeOptions {
    std::string scenario = PCSIM_DEFAULT_SCENARIO;
    http::ServerOptions server;
    std::string adminToken;
    std::size_t journalSize = 1000;
    std::int64_t sandboxIdleSeconds = 900;
    std::size_t maxSandboxes = 256;
    std::size_t operationLogSize = http::OperationLog::kDefaultCapacity;
};

// Blocks SIGINT and SIGTERM in every thread (Pistache's workers inherit the mask), so that the main
// thread can wait for them with sigwait and shut down cleanly.
sigset_t blockStopSignals() {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    return signals;
}

// A first call to copy: get an App token with the scenario's first app, then list customers.
void printSampleCalls(const sim::Scenario& scenario, const std::string& baseUrl) {
    const auto& partner = scenario.partner;
    if (partner.apps.empty()) return;
    const auto& app = partner.apps.front();
    std::cout << "scenario '" << scenario.name << "': " << scenario.customers.size() << " customers, "
              << scenario.catalog->skuCount() << " SKUs\n"
              << "try:\n"
              << "  TOKEN=$(curl -s " << baseUrl << "/" << partner.tenantId << "/oauth2/token \\\n"
              << "      -d grant_type=client_credentials -d client_id=" << app.clientId
              << " -d client_secret=" << app.clientSecret << " \\\n"
              << "      -d resource=https://api.partnercenter.microsoft.com | sed "
                 "'s/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')\n"
              << "  curl -s -H \"Authorization: Bearer $TOKEN\" " << baseUrl << "/v1/customers\n"
              << std::flush;
}

int serve(const ServeOptions& options) {
    auto loaded = scenario::loadScenarioFile(options.scenario);
    if (!loaded) {
        for (const auto& problem : loaded.diagnostics) std::cerr << problem.toString() << '\n';
        return 1;
    }
    sigset_t signals = blockStopSignals();
    http::AppOptions appOptions;
    appOptions.adminToken = options.adminToken;
    appOptions.journalSize = options.journalSize;
    appOptions.sandboxIdle = std::chrono::seconds(options.sandboxIdleSeconds);
    appOptions.maxSandboxes = options.maxSandboxes;
    appOptions.operationLogSize = options.operationLogSize;
    http::App app(loaded.scenario, appOptions);
    http::Server server(app, options.server);
    server.start();
    std::cout << "pcsim listening on " << server.baseUrl() << std::endl;
    printSampleCalls(*loaded.scenario, server.baseUrl());
    int received = 0;
    sigwait(&signals, &received);
    std::cout << "pcsim: " << (received == SIGINT ? "SIGINT" : "SIGTERM") << " received, stopping" << std::endl;
    server.stop();
    return 0;
}

}  // namespace

Command addServeCommand(CLI::App& app) {
    auto options = std::make_shared<ServeOptions>();
    auto* cmd = app.add_subcommand("serve", "Serve the Partner Center API from a scenario until SIGINT/SIGTERM");
    cmd->add_option("--scenario", options->scenario, "Scenario file (YAML)")
        ->capture_default_str()
        ->check(CLI::ExistingFile);
    cmd->add_option("--host", options->server.host, "Address to listen on")->capture_default_str();
    cmd->add_option("--port", options->server.port, "Port to listen on; 0 picks a free port")->capture_default_str();
    cmd->add_option("--threads", options->server.threads, "Event-loop threads (default: eight per core)")
        ->capture_default_str()
        ->check(CLI::Range(1, 64));
    cmd->add_option("--admin-token", options->adminToken,
                    "Also answer /_pcsim/ control routes to non-loopback clients that send this bearer token");
    cmd->add_option("--journal-size", options->journalSize,
                    "Requests kept in each sandbox's journal (a ring buffer: older ones are dropped)")
        ->capture_default_str()
        ->check(CLI::Range(std::size_t{0}, std::size_t{10'000'000}));
    cmd->add_option("--sandbox-idle-seconds", options->sandboxIdleSeconds,
                    "Drop a sandbox that received no request for this long (never 'default')")
        ->capture_default_str()
        ->check(CLI::Range(std::int64_t{1}, std::int64_t{31'536'000}));
    cmd->add_option("--max-sandboxes", options->maxSandboxes,
                    "Most sandboxes at once, 'default' included; one more drops the least recently used")
        ->capture_default_str()
        ->check(CLI::Range(std::size_t{1}, std::size_t{100'000}));
    cmd->add_option("--operation-log-size", options->operationLogSize,
                    "State changes kept per sandbox so that it can be exported as a bundle; past this, "
                    "export answers 409 until a reset")
        ->capture_default_str()
        ->check(CLI::Range(std::size_t{0}, std::size_t{100'000'000}));
    cmd->footer(
        "Prints 'pcsim listening on http://HOST:PORT' once it accepts connections.\n"
        "Get a token: curl -s -d grant_type=client_credentials -d client_id=ID -d client_secret=SECRET \\\n"
        "                  http://HOST:PORT/TENANT/oauth2/token\n"
        "Sandboxes: http://HOST:PORT/_sandbox/NAME/... (or the header X-PCSim-Sandbox: NAME) is a world of its\n"
        "own, created from the scenario on first use; the control plane is under /_pcsim/ (README.md).");
    return [options] { return serve(*options); };
}

}  // namespace pcsim::cli
