// `pcsim serve` and `pcsim validate` as a user runs them.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "support/raw_http.hpp"

namespace pcsim::testing {
namespace {

struct Ran {
    int exitCode;
    std::string output;
};

Ran run(const std::string& command) {
    Ran result{-1, {}};
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    char buffer[4096];
    while (std::fgets(buffer, sizeof buffer, pipe)) result.output += buffer;
    int status = pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

TEST(PcsimServe, PrintsTheRealPortServesAndStopsCleanlyOnSigterm) {
    int out[2];
    ASSERT_EQ(pipe(out), 0);
    pid_t child = fork();
    if (child == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        execl(PCSIM_BINARY, "pcsim", "serve", "--port", "0", nullptr);
        _exit(127);
    }
    close(out[1]);
    FILE* stream = fdopen(out[0], "r");
    char line[512] = {};
    ASSERT_NE(std::fgets(line, sizeof line, stream), nullptr);
    std::string first(line);
    const std::string prefix = "pcsim listening on http://127.0.0.1:";
    ASSERT_EQ(first.rfind(prefix, 0), 0u) << first;
    int port = std::stoi(first.substr(prefix.size()));
    EXPECT_GT(port, 0);

    RawHttp http;
    auto health = http.send("GET", "http://127.0.0.1:" + std::to_string(port) + "/_pcsim/health");
    EXPECT_EQ(health.status, 200);
    EXPECT_EQ(health.json()["scenario"], "default");

    kill(child, SIGTERM);
    int status = 0;
    waitpid(child, &status, 0);
    fclose(stream);
    EXPECT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
}

TEST(PcsimServe, SandboxAndJournalLimitsComeFromTheCommandLine) {
    int out[2];
    ASSERT_EQ(pipe(out), 0);
    pid_t child = fork();
    if (child == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        execl(PCSIM_BINARY, "pcsim", "serve", "--port", "0", "--journal-size", "3", "--max-sandboxes", "2",
              "--sandbox-idle-seconds", "60", nullptr);
        _exit(127);
    }
    close(out[1]);
    FILE* stream = fdopen(out[0], "r");
    char line[512] = {};
    ASSERT_NE(std::fgets(line, sizeof line, stream), nullptr);
    const std::string prefix = "pcsim listening on http://127.0.0.1:";
    ASSERT_EQ(std::string(line).rfind(prefix, 0), 0u) << line;
    const std::string base = "http://127.0.0.1:" + std::to_string(std::stoi(std::string(line).substr(prefix.size())));

    RawHttp http;
    auto limits = http.send("GET", base + "/_pcsim/sandboxes").json();
    EXPECT_EQ(limits["limit"], 2);
    EXPECT_EQ(limits["idleSeconds"], 60);
    EXPECT_EQ(limits["journalCapacity"], 3);
    for (int i = 0; i < 5; ++i) http.send("GET", base + "/_sandbox/a/v1/customers");
    auto journal = http.send("GET", base + "/_sandbox/a/_pcsim/journal").json();
    EXPECT_EQ(journal["totalCount"], 3);
    EXPECT_EQ(journal["dropped"], 2);
    // `default` and `a` fill the server; `b` takes the place of `a`.
    EXPECT_EQ(http.send("GET", base + "/_sandbox/b/_pcsim/health").status, 200);
    auto names = http.send("GET", base + "/_pcsim/sandboxes").json()["items"];
    ASSERT_EQ(names.size(), 2u);
    EXPECT_EQ(names[0]["name"], "b");
    EXPECT_EQ(names[1]["name"], "default");

    kill(child, SIGTERM);
    int status = 0;
    waitpid(child, &status, 0);
    fclose(stream);
    EXPECT_TRUE(WIFEXITED(status));
}

TEST(PcsimValidate, AcceptsTheShippedScenarios) {
    auto ran = run(std::string(PCSIM_BINARY) + " validate " + PCSIM_SCENARIOS_DIR + "/default.yaml " +
                   PCSIM_SCENARIOS_DIR + "/examples/minimal.yaml");
    EXPECT_EQ(ran.exitCode, 0) << ran.output;
}

TEST(PcsimValidate, PrintsFileLineColumnForEachProblemAndExits1) {
    std::string path = ::testing::TempDir() + "/broken.yaml";
    std::ofstream(path) << "pcsim: 1\nname: broken\ncustomers:\n  - companyName: X\n    colour: blue\n";
    auto ran = run(std::string(PCSIM_BINARY) + " validate " + path);
    EXPECT_EQ(ran.exitCode, 1);
    EXPECT_NE(ran.output.find(path + ":5:5: "), std::string::npos) << ran.output;
    EXPECT_NE(ran.output.find("colour"), std::string::npos) << ran.output;
}

}  // namespace
}  // namespace pcsim::testing
