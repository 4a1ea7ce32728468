// pcsim run SUITE.yaml... [--server URL] [--jobs N] [--junit FILE] [--json FILE] [--seed N]
//                         [--tags T,...] [--bundle-dir DIR] [--admin-token T] [--cacert FILE]
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "http/local_server.hpp"
#include "suite/plan.hpp"
#include "suite/reports.hpp"
#include "suite/server_probe.hpp"

namespace pcsim::cli {
namespace {

struct RunCommandOptions {
    std::vector<std::string> files;
    std::string server;
    int jobs = 2;
    std::string junit;
    std::string json;
    std::optional<std::uint64_t> seed;
    std::vector<std::string> tags;
    std::string bundleDir;
    std::string adminToken;
    std::string caFile;
};

constexpr int kAllPassed = 0, kSomeFailed = 1, kCannotRun = 2;

bool writeFile(const std::string& path, const std::string& text) {
    std::error_code ignored;
    auto parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ignored);
    std::ofstream out(path, std::ios::binary);
    out << text;
    return bool(out);
}

// Next to the first report asked for, else in the working directory.
std::string bundleDirOf(const RunCommandOptions& options) {
    if (!options.bundleDir.empty()) return options.bundleDir;
    for (const auto& report : {options.junit, options.json})
        if (!report.empty()) return (std::filesystem::path(report).parent_path() / "pcsim-bundles").string();
    return "pcsim-bundles";
}

void printProblems(const std::vector<scenario::Diagnostic>& problems) {
    for (const auto& problem : problems) std::cerr << problem.toString() << '\n';
}

int run(const RunCommandOptions& options) {
    auto loaded = suite::loadSuites(options.files, options.seed);
    if (!loaded.ok()) {
        printProblems(loaded.problems);
        std::cerr << "pcsim run: " << loaded.problems.size() << " problem(s) in the suites; nothing was run\n";
        return kCannotRun;
    }

    // The server: the one named, or one in this process on the first scenario a suite names (else the default).
    std::unique_ptr<http::LocalServer> embedded;
    std::string serverUrl = options.server;
    suite::ScenarioFacts serverScenario;
    if (serverUrl.empty()) {
        auto facts = suite::firstNamedScenario(loaded);
        if (!facts) {
            auto fallback = suite::readScenarioFactsFile(PCSIM_DEFAULT_SCENARIO, options.seed);
            if (!fallback.facts) {
                printProblems(fallback.diagnostics);
                return kCannotRun;
            }
            facts = std::move(fallback.facts);
        }
        embedded = std::make_unique<http::LocalServer>(facts->loaded, http::AppOptions{}, std::max(2, options.jobs));
        serverUrl = embedded->baseUrl();
        serverScenario = *facts;
    } else {
        while (!serverUrl.empty() && serverUrl.back() == '/') serverUrl.pop_back();
        auto probe = suite::probeServer(serverUrl, options.adminToken, options.caFile);
        if (!probe.problem.empty()) {
            std::cerr << "pcsim run: " << probe.problem << '\n';
            return kCannotRun;
        }
        if (!probe.scenario) {
            for (const auto& planned : loaded.suites)
                if (planned.suite.scenarioPath.empty()) {
                    std::cerr << "pcsim run: " << planned.suite.file
                              << ": the suite names no scenario and the server does not say which it holds "
                                 "(GET /_pcsim/scenario); add 'scenario:' to the suite\n";
                    return kCannotRun;
                }
        } else {
            serverScenario = *probe.scenario;
        }
    }
    suite::settleScenarios(loaded, serverScenario, options.seed);

    suite::RunOptions runOptions;
    runOptions.serverUrl = serverUrl;
    runOptions.jobs = options.jobs;
    runOptions.tags = options.tags;
    runOptions.bundleDir = bundleDirOf(options);
    runOptions.adminToken = options.adminToken;
    runOptions.caFile = options.caFile;
    runOptions.onCaseDone = [](const suite::CaseResult& result) {
        std::cout << suite::caseLine(result) << '\n' << suite::failureDetails(result) << std::flush;
    };
    std::cout << "pcsim run: " << options.files.size() << " suite file(s) against " << serverUrl
              << (embedded ? " (embedded)" : "") << ", " << options.jobs << " job(s)\n";
    suite::RunResult result = suite::runSuites(loaded.suites, runOptions);
    result.seed = options.seed;
    std::cout << "\n" << suite::summaryLine(result) << '\n';

    int status = result.count(suite::Verdict::failed) > 0 ? kSomeFailed : kAllPassed;
    if (!options.junit.empty() && !writeFile(options.junit, suite::junitXml(result))) {
        std::cerr << "pcsim run: cannot write " << options.junit << '\n';
        status = kCannotRun;
    }
    if (!options.json.empty() && !writeFile(options.json, suite::jsonReport(result).dump(2) + "\n")) {
        std::cerr << "pcsim run: cannot write " << options.json << '\n';
        status = kCannotRun;
    }
    return status;
}

}  // namespace

Command addRunCommand(CLI::App& app) {
    auto options = std::make_shared<RunCommandOptions>();
    auto* cmd =
        app.add_subcommand("run", "Run suites of purchase scenarios; print a line per case; write JUnit/JSON reports");
    cmd->add_option("suites", options->files, "Suite files (YAML with 'pcsim-suite: 1')")
        ->required()
        ->check(CLI::ExistingFile);
    cmd->add_option("--server", options->server,
                    "A running pcsim (http://host:port); without it, one is started in this process on the first "
                    "scenario a suite names, else on the default scenario");
    cmd->add_option("--jobs,-j", options->jobs, "Cases run at once, each in its own sandbox")
        ->capture_default_str()
        ->check(CLI::Range(1, 64));
    cmd->add_option("--junit", options->junit, "Write a JUnit XML report here");
    cmd->add_option("--json", options->json, "Write a JSON report here");
    cmd->add_option("--seed", options->seed,
                    "Write this seed into every scenario (ids and probability faults follow it)");
    cmd->add_option("--tags", options->tags, "Run only cases with one of these tags; !TAG leaves cases with TAG out")
        ->delimiter(',');
    cmd->add_option("--bundle-dir", options->bundleDir,
                    "Where a failing case's bundle goes (default: pcsim-bundles next to the reports, or here)");
    cmd->add_option("--admin-token", options->adminToken,
                    "Bearer token for the control plane of a pcsim on another machine");
    cmd->add_option("--cacert", options->caFile,
                    "CA bundle (PEM) to check an https --server against, such as the ca.pem of its pcsim --tls "
                    "(default: SSL_CERT_FILE or CURL_CA_BUNDLE, else the system's)")
        ->check(CLI::ExistingFile);
    cmd->footer(
        "Each case runs in a fresh sandbox (/_sandbox/NAME/) of its suite's scenario, deleted when it ends;\n"
        "a failing case's bundle (GET /_sandbox/NAME/_pcsim/bundle) is saved first, and named in the report.\n"
        "Exit status: 0 every case passed (or was skipped), 1 a case failed, 2 a suite is invalid or the\n"
        "server cannot be used. scenarios/README.md documents the suite format.");
    return [options] { return run(*options); };
}

}  // namespace pcsim::cli
