// `pcsim run` and `pcsim validate` on suites, as a user runs them: exit codes, the terminal report,
// the JUnit file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "suite_test_support.hpp"
#include "support/free_port.hpp"
#include "support/pcsim_process.hpp"

namespace pcsim::suite_testing {
namespace {

using testing::Ran;

Ran run(const std::string& arguments) { return testing::runCommand(std::string(PCSIM_BINARY " ") + arguments); }

std::string readAll(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// A suite on the default scenario with one case whose last step expects `status`.
std::string suiteExpecting(int status) {
    return "pcsim-suite: 1\nname: command\nscenario: " + kScenarios +
           "/default.yaml\ncases:\n"
           "  - name: list customers\n    steps:\n"
           "      - request: { path: /v1/customers }\n        expect: { status: " +
           std::to_string(status) + " }\n";
}

TEST(PcsimRun, ExitsZeroWhenEveryCasePasses) {
    auto file = writeFile("passing.yaml", suiteExpecting(200));
    auto ran = run("run " + file);
    EXPECT_EQ(ran.exitCode, 0) << ran.output;
    EXPECT_NE(ran.output.find("PASS  command › list customers  ("), std::string::npos) << ran.output;
    EXPECT_NE(ran.output.find("1 passed, 0 failed, 0 skipped"), std::string::npos) << ran.output;
}

TEST(PcsimRun, ExitsOneWhenACaseFailsAndWritesTheFailureEverywhere) {
    auto file = writeFile("failing.yaml", suiteExpecting(204));
    const std::string junit = ::testing::TempDir() + "run-reports/junit.xml";
    const std::string json = ::testing::TempDir() + "run-reports/report.json";
    auto ran = run("run " + file + " --junit " + junit + " --json " + json);
    EXPECT_EQ(ran.exitCode, 1) << ran.output;
    for (const char* expected :
         {"FAIL  command › list customers", "step 1 'request GET /v1/customers'", "expected: status 204",
          "actual:   200", "response: 200 {", "bundle:   ", "0 passed, 1 failed, 0 skipped"})
        EXPECT_NE(ran.output.find(expected), std::string::npos) << "missing: " << expected << "\n" << ran.output;
    const std::string xml = readAll(junit);
    EXPECT_NE(xml.find("<testcase name=\"list customers\" classname=\"command\""), std::string::npos) << xml;
    EXPECT_NE(
        xml.find("<failure message=\"step 1 &apos;request GET /v1/customers&apos;: status: expected 204, got 200\""),
        std::string::npos)
        << xml;
    EXPECT_NE(readAll(json).find("\"status\": \"failed\""), std::string::npos);
    EXPECT_NE(ran.output.find(::testing::TempDir() + "run-reports/pcsim-bundles/command--list-customers.bundle.json"),
              std::string::npos)
        << "bundles go next to the reports\n"
        << ran.output;
}

TEST(PcsimRun, ExitsTwoForAnInvalidSuiteAndRunsNothing) {
    auto good = writeFile("good.yaml", suiteExpecting(200));
    auto bad = writeFile("bad.yaml", "pcsim-suite: 1\nname: bad\ncases:\n  - name: x\n    stpes: []\n");
    auto ran = run("run " + good + " " + bad);
    EXPECT_EQ(ran.exitCode, 2) << ran.output;
    EXPECT_NE(ran.output.find(bad + ":5:5: unknown key 'stpes' in cases[0]"), std::string::npos) << ran.output;
    EXPECT_EQ(ran.output.find("PASS"), std::string::npos) << ran.output;
}

TEST(PcsimRun, ExitsTwoWhenTheServerDoesNotAnswer) {
    auto file = writeFile("unreachable.yaml", suiteExpecting(200));
    const std::string nobody = pcsim::testing::closedLoopbackUrl();
    auto ran = run("run " + file + " --server " + nobody);
    EXPECT_EQ(ran.exitCode, 2) << ran.output;
    EXPECT_NE(ran.output.find("no pcsim answers at " + nobody), std::string::npos) << ran.output;
}

// The sample the README tells to copy runs wherever it is copied.
TEST(PcsimRun, TheSampleToCopyRunsFromAnotherFolder) {
    const std::filesystem::path folder = ::testing::TempDir() + "my-suites";
    std::filesystem::create_directories(folder);
    std::filesystem::copy_file(kScenarios + "/suites/purchase-flow.yaml", folder / "my-suite.yaml",
                               std::filesystem::copy_options::overwrite_existing);
    auto ran = run("run " + (folder / "my-suite.yaml").string());
    EXPECT_EQ(ran.exitCode, 0) << ran.output;
    EXPECT_NE(ran.output.find(" passed, 0 failed, 0 skipped"), std::string::npos) << ran.output;
}

TEST(PcsimRun, AScenarioThatIsNotThereIsNamedAsResolved) {
    std::filesystem::create_directories(::testing::TempDir() + "lost");
    auto file = writeFile("lost/suite.yaml",
                          "pcsim-suite: 1\nname: lost\nscenario: ../worlds/mine.yaml\ncases:\n"
                          "  - name: x\n    steps: [ { invariants: true } ]\n");
    auto ran = run("run " + file);
    EXPECT_EQ(ran.exitCode, 2) << ran.output;
    const auto resolved = (std::filesystem::path(::testing::TempDir()) / "worlds/mine.yaml").lexically_normal();
    EXPECT_NE(ran.output.find(file + ":3:11: no scenario file at '" + resolved.string() +
                              "' ('../worlds/mine.yaml': a relative path is relative to the suite file"),
              std::string::npos)
        << ran.output;
}

TEST(PcsimValidate, ChecksSuitesWithPositions) {
    auto good = writeFile("valid-suite.yaml", suiteExpecting(200));
    auto ran = run("validate " + good);
    EXPECT_EQ(ran.exitCode, 0) << ran.output;
    EXPECT_NE(ran.output.find(good + ": ok (suite 'command', 1 cases, 1 steps"), std::string::npos) << ran.output;

    auto bad = writeFile(
        "invalid-suite.yaml",
        "pcsim-suite: 1\nname: bad\ncases:\n  - name: x\n    steps:\n      - request: { path: /v1, verb: GET }\n");
    ran = run("validate " + bad);
    EXPECT_EQ(ran.exitCode, 1) << ran.output;
    EXPECT_NE(ran.output.find(bad + ":6:31: unknown key 'verb' in cases[0].steps[0].request"), std::string::npos)
        << ran.output;
}

// A failing step whose answer echoes a token body, and whose request carried secrets: no output of
// the run (terminal, JUnit, JSON, the case's bundle) holds a secret or the issued token.
TEST(PcsimRun, NoOutputShowsASecret) {
    auto file = writeFile("secrets.yaml",
                          "pcsim-suite: 1\nname: secrets\nscenario: " + kScenarios +
                              "/default.yaml\ncases:\n"
                              "  - name: sign in\n    steps:\n"
                              "      - request:\n"
                              "          method: POST\n"
                              "          path: /7c1e2d3f-0000-4000-8000-000000000001/oauth2/token\n"
                              "          headers: { Content-Type: application/x-www-form-urlencoded }\n"
                              "          rawBody: grant_type=password&client_id=0a0a0a0a-0000-4000-8000-00000000000a"
                              "&client_secret=dev-secret-1&username=admin%40contosocsp.onmicrosoft.com"
                              "&password=dev-password-1\n"
                              "          auth: none\n"
                              "        expect: { status: 200, json: { $.refresh_token: not-the-token } }\n");
    const std::string dir = ::testing::TempDir() + "secret-reports/";
    auto ran = run("run " + file + " --junit " + dir + "junit.xml --json " + dir + "report.json");
    EXPECT_EQ(ran.exitCode, 1) << ran.output;
    const std::string bundle = dir + "pcsim-bundles/secrets--sign-in.bundle.json";
    ASSERT_TRUE(std::filesystem::exists(bundle)) << ran.output;
    for (const auto& [what, text] :
         std::vector<std::pair<std::string, std::string>>{{"terminal", ran.output},
                                                          {"junit", readAll(dir + "junit.xml")},
                                                          {"json", readAll(dir + "report.json")},
                                                          {"bundle", readAll(bundle)}}) {
        EXPECT_NE(text.find("refresh_token"), std::string::npos) << what << " says which field failed\n" << text;
        for (const char* secret : {"dev-secret-1", "dev-password-1", "dev-refresh-1", "eyJ"})
            EXPECT_EQ(text.find(secret), std::string::npos) << secret << " in the " << what << "\n" << text;
    }
}

}  // namespace
}  // namespace pcsim::suite_testing
