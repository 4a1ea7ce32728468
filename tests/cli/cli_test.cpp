// `pcsim serve` and `pcsim validate` as a user runs them.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "support/pcsim_process.hpp"
#include "support/raw_http.hpp"

namespace pcsim::testing {
namespace {

TEST(PcsimServe, PrintsTheRealPortServesAndStopsCleanlyOnSigterm) {
    ServeProcess serve(PCSIM_BINARY, {});
    const std::string prefix = "http://127.0.0.1:";
    ASSERT_EQ(serve.baseUrl().rfind(prefix, 0), 0u) << serve.firstLine();
    EXPECT_GT(std::stoi(serve.baseUrl().substr(prefix.size())), 0);

    RawHttp http;
    auto health = http.send("GET", serve.baseUrl() + "/_pcsim/health");
    EXPECT_EQ(health.status, 200);
    EXPECT_EQ(health.json()["scenario"], "default");
    EXPECT_EQ(serve.stop(), 0);
}

TEST(PcsimServe, SandboxAndJournalLimitsComeFromTheCommandLine) {
    ServeProcess serve(PCSIM_BINARY, {"--journal-size", "3", "--max-sandboxes", "2", "--sandbox-idle-seconds", "60"});
    const std::string& base = serve.baseUrl();
    ASSERT_FALSE(base.empty()) << serve.firstLine();

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
    EXPECT_EQ(serve.stop(), 0);
}

TEST(PcsimValidate, AcceptsTheShippedScenarios) {
    auto ran = runCommand(std::string(PCSIM_BINARY " validate ") + PCSIM_SCENARIOS_DIR + "/default.yaml " +
                          PCSIM_SCENARIOS_DIR + "/examples/minimal.yaml");
    EXPECT_EQ(ran.exitCode, 0) << ran.output;
}

TEST(PcsimValidate, PrintsFileLineColumnForEachProblemAndExits1) {
    std::string path = ::testing::TempDir() + "/broken.yaml";
    std::ofstream(path) << "pcsim: 1\nname: broken\ncustomers:\n  - companyName: X\n    colour: blue\n";
    auto ran = runCommand(std::string(PCSIM_BINARY " validate ") + path);
    EXPECT_EQ(ran.exitCode, 1);
    EXPECT_NE(ran.output.find(path + ":5:5: "), std::string::npos) << ran.output;
    EXPECT_NE(ran.output.find("colour"), std::string::npos) << ran.output;
}

}  // namespace
}  // namespace pcsim::testing
