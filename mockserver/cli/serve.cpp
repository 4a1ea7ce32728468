// pcsim serve [--scenario FILE] [--host 127.0.0.1] [--port 8080] [--threads N] [--admin-token T]
//             [--journal-size N] [--sandbox-idle-seconds S] [--max-sandboxes N] [--operation-log-size N]
//             [--tls [--tls-port N] [--tls-cert FILE --tls-key FILE]] [--ca-dir DIR]
//             [--proxy-port N [--proxy-sandbox NAME]]
//             [--header-timeout-seconds S] [--idle-timeout-seconds S] [--max-connections N]
//             [--shutdown-grace-seconds S]
#include <pthread.h>
#include <cstdlib>

#include <algorithm>
#include <condition_variable>
#include <csignal>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "cli/commands.hpp"
#include "http/app.hpp"
#include "http/sandbox_address.hpp"
#include "http/server.hpp"
#include "http/transport/local_ca.hpp"
#include "http/transport/tls_session.hpp"
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
    bool tls = false;
    std::uint16_t tlsPort = 0;  // with --tls: HTTPS here and plain HTTP on --port; 0: HTTPS on --port
    std::string tlsCert;
    std::string tlsKey;
    std::string caDir = http::defaultCaDirectory();
    std::optional<std::uint16_t> proxyPort;  // the intercepting proxy's listener; 0 picks a free port
    std::string proxySandbox;
    std::int64_t headerTimeoutSeconds = 60;
    std::int64_t idleTimeoutSeconds = 300;
    std::size_t maxConnections = 10000;
    std::int64_t shutdownGraceSeconds = 5;
};

// The certificates pcsim serves with: on the HTTPS port (--tls) the user's own or one issued by
// pcsim's local CA; in the proxy's tunnels always the local CA's, which covers the Microsoft hosts.
struct TlsSetup {
    std::shared_ptr<const http::TlsContext> https;    // null without --tls
    std::shared_ptr<const http::TlsContext> tunnels;  // null without --proxy-port
    std::string caCertificate;                        // the local CA's, when it is used
    std::string httpsCaCertificate;                   // what the HTTPS port's clients trust; empty: their own
};

std::optional<TlsSetup> setUpTls(const ServeOptions& options) {
    TlsSetup setup;
    try {
        std::shared_ptr<const http::TlsContext> local;
        if ((options.tls && options.tlsCert.empty()) || options.proxyPort) {
            auto files = http::issueServerCertificate(options.caDir);
            local = std::make_shared<http::TlsContext>(files.serverCertificate, files.serverKey);
            setup.caCertificate = files.caCertificate;
        }
        if (options.tls && options.tlsCert.empty()) {
            setup.https = local;
            setup.httpsCaCertificate = setup.caCertificate;
        } else if (options.tls) {
            setup.https = std::make_shared<http::TlsContext>(options.tlsCert, options.tlsKey);
        }
        if (options.proxyPort) setup.tunnels = local;
    } catch (const std::exception& problem) {
        std::cerr << "pcsim: HTTPS cannot be served: " << problem.what() << '\n';
        return std::nullopt;
    }
    return setup;
}

// Stops the servers within the grace period whatever their workers are doing: the answers in
// flight get `grace` (one period for all the servers), then the servers stop; a worker that does
// not stop within a second more does not hold the process.
void stopWithin(const std::vector<std::unique_ptr<http::Server>>& servers, std::chrono::seconds grace) {
    const auto until = std::chrono::steady_clock::now() + grace;
    for (const auto& server : servers)
        server->drain(std::max(std::chrono::milliseconds(0), std::chrono::duration_cast<std::chrono::milliseconds>(
                                                                 until - std::chrono::steady_clock::now())));
    std::mutex mutex;
    std::condition_variable stopped;
    bool done = false;
    std::thread stopping([&] {
        for (const auto& server : servers) server->stop();
        std::lock_guard lock(mutex);
        done = true;
        stopped.notify_all();
    });
    std::unique_lock lock(mutex);
    if (!stopped.wait_for(lock, std::chrono::seconds(1), [&] { return done; })) {
        std::cout << "pcsim: a worker did not stop; exiting without it" << std::endl;
        std::_Exit(0);
    }
    lock.unlock();
    stopping.join();
}

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
void printSampleCalls(const sim::Scenario& scenario, const std::string& baseUrl, const std::string& caCertificate) {
    const auto& partner = scenario.partner;
    if (partner.apps.empty()) return;
    const auto& app = partner.apps.front();
    const std::string curl = caCertificate.empty() ? "curl -s " : "curl -s --cacert " + caCertificate + " ";
    std::cout << "scenario '" << scenario.name << "': " << scenario.customers.size() << " customers, "
              << scenario.catalog->skuCount() << " SKUs\n"
              << "try:\n"
              << "  TOKEN=$(" << curl << baseUrl << "/" << partner.tenantId << "/oauth2/token \\\n"
              << "      -d grant_type=client_credentials -d client_id=" << app.clientId
              << " -d client_secret=" << app.clientSecret << " \\\n"
              << "      -d resource=https://api.partnercenter.microsoft.com | sed "
                 "'s/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')\n"
              << "  " << curl << "-H \"Authorization: Bearer $TOKEN\" " << baseUrl << "/v1/customers\n";
    if (!caCertificate.empty()) {
        std::cout << "trust pcsim's CA (" << caCertificate << "):\n";
        for (const auto& line : http::trustLines(caCertificate, baseUrl + "/_pcsim/health"))
            std::cout << "  " << line << '\n';
    }
    std::cout << std::flush;
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
    http::ServerOptions serverOptions = options.server;
    serverOptions.headerTimeout = std::chrono::seconds(options.headerTimeoutSeconds);
    serverOptions.idleTimeout = std::chrono::seconds(options.idleTimeoutSeconds);
    serverOptions.maxConnections = options.maxConnections;
    std::optional<TlsSetup> tls;
    if ((options.tls || options.proxyPort) && !(tls = setUpTls(options))) return 1;

    http::App app(loaded.scenario, appOptions);
    // Plain HTTP on --port unless HTTPS takes it; HTTPS on --tls-port, or on --port alone.
    std::vector<std::unique_ptr<http::Server>> servers;
    if (!options.tls || options.tlsPort != 0) servers.push_back(std::make_unique<http::Server>(app, serverOptions));
    if (options.tls) {
        http::ServerOptions secure = serverOptions;
        secure.tls = tls->https;
        if (options.tlsPort != 0) secure.port = options.tlsPort;
        servers.push_back(std::make_unique<http::Server>(app, secure));
    }
    const std::size_t listeners = servers.size();
    if (options.proxyPort) {
        http::ServerOptions proxy = serverOptions;
        proxy.port = *options.proxyPort;
        proxy.proxy = http::ProxyOptions{tls->tunnels, options.proxySandbox};
        servers.push_back(std::make_unique<http::Server>(app, proxy));
    }
    for (auto& server : servers) server->start();
    for (std::size_t i = 0; i < listeners; ++i) std::cout << "pcsim listening on " << servers[i]->baseUrl() << '\n';
    if (options.proxyPort) {
        const std::string proxyUrl = servers.back()->baseUrl();
        std::cout << "pcsim proxy listening on " << proxyUrl << '\n'
                  << "  HTTPS_PROXY=" << proxyUrl << " with pcsim's CA trusted (" << tls->caCertificate
                  << ": NODE_EXTRA_CA_CERTS, SSL_CERT_FILE, curl --cacert) reaches pcsim unchanged\n";
    }
    std::cout << std::flush;
    printSampleCalls(*loaded.scenario, servers[listeners - 1]->baseUrl(),
                     tls ? tls->httpsCaCertificate : std::string());
    int received = 0;
    sigwait(&signals, &received);
    std::cout << "pcsim: " << (received == SIGINT ? "SIGINT" : "SIGTERM") << " received, stopping" << std::endl;
    stopWithin(servers, std::chrono::seconds(options.shutdownGraceSeconds));
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
    cmd->add_flag("--tls", options->tls,
                  "Serve HTTPS (on --port, or on --tls-port beside plain HTTP on --port), with --tls-cert/--tls-key "
                  "or a certificate from pcsim's local CA (`pcsim ca`)");
    cmd->add_option("--tls-port", options->tlsPort, "With --tls: serve HTTPS on this port and plain HTTP on --port");
    cmd->add_option("--tls-cert", options->tlsCert, "With --tls: your own certificate (PEM, chain first)")
        ->check(CLI::ExistingFile);
    cmd->add_option("--tls-key", options->tlsKey, "With --tls-cert: its private key (PEM)")->check(CLI::ExistingFile);
    cmd->add_option("--ca-dir", options->caDir, "Where pcsim's local CA is kept")->capture_default_str();
    cmd->add_option("--proxy-port", options->proxyPort,
                    "Also listen here as an intercepting proxy (HTTPS_PROXY): CONNECT to the Microsoft hosts is "
                    "answered by pcsim over TLS from its local CA; 0 picks a free port");
    cmd->add_option("--proxy-sandbox", options->proxySandbox,
                    "With --proxy-port: the tunnels' sandbox, unless Proxy-Authorization (Basic, user part) names one");
    cmd->add_option("--header-timeout-seconds", options->headerTimeoutSeconds,
                    "A request head (or TLS handshake) must be complete this long after it began")
        ->capture_default_str()
        ->check(CLI::Range(std::int64_t{1}, std::int64_t{86'400}));
    cmd->add_option("--idle-timeout-seconds", options->idleTimeoutSeconds,
                    "Close a connection that sends nothing this long, with no answer owed to it")
        ->capture_default_str()
        ->check(CLI::Range(std::int64_t{1}, std::int64_t{86'400}));
    cmd->add_option("--max-connections", options->maxConnections,
                    "Connections held at once (at most the descriptor limit less 64); more get 503")
        ->capture_default_str()
        ->check(CLI::Range(std::size_t{1}, std::size_t{10'000'000}));
    cmd->add_option("--shutdown-grace-seconds", options->shutdownGraceSeconds,
                    "On SIGTERM/SIGINT, how long answers in flight may take before the server stops")
        ->capture_default_str()
        ->check(CLI::Range(std::int64_t{0}, std::int64_t{3600}));
    cmd->callback([options] {
        if (!options->tlsCert.empty() != !options->tlsKey.empty())
            throw CLI::ValidationError("--tls-cert and --tls-key", "give both, or neither");
        if ((options->tlsPort || !options->tlsCert.empty()) && !options->tls)
            throw CLI::ValidationError("--tls-port/--tls-cert", "need --tls");
        if (!options->proxySandbox.empty() && !options->proxyPort)
            throw CLI::ValidationError("--proxy-sandbox", "needs --proxy-port");
        if (!options->proxySandbox.empty() && !http::isValidSandboxName(options->proxySandbox))
            throw CLI::ValidationError("--proxy-sandbox",
                                       "a sandbox name is 1 to 64 letters, digits, '.', '_' or '-', starting with a "
                                       "letter or a digit");
    });
    cmd->footer(
        "Prints 'pcsim listening on http://HOST:PORT' (https:// with --tls) once it accepts connections,\n"
        "and 'pcsim proxy listening on http://HOST:PORT' with --proxy-port.\n"
        "Get a token: curl -s -d grant_type=client_credentials -d client_id=ID -d client_secret=SECRET \\\n"
        "                  http://HOST:PORT/TENANT/oauth2/token\n"
        "Sandboxes: http://HOST:PORT/_sandbox/NAME/... (or the header X-PCSim-Sandbox: NAME) is a world of its\n"
        "own, created from the scenario on first use; the control plane is under /_pcsim/ (README.md).");
    return [options] { return serve(*options); };
}

}  // namespace pcsim::cli
