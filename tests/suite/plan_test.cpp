// Before a run: suites and their scenarios loaded together, --seed written into scenarios, and
// which sandboxes must be sent their scenario.
#include <gtest/gtest.h>

#include "suite/plan.hpp"
#include "suite_test_support.hpp"

namespace pcsim::suite_testing {
namespace {

std::string suiteNaming(const std::string& scenario) {
    return "pcsim-suite: 1\nname: plan\n" + (scenario.empty() ? std::string() : "scenario: " + scenario + "\n") +
           "cases:\n  - name: one\n    steps: [ { invariants: true } ]\n";
}

TEST(WithSeed, ReplacesTheTopLevelSeedOrAddsOne) {
    EXPECT_EQ(suite::withSeed("pcsim: 1\nseed: 42   # ids\nclock:\n  seed: 1\n", 7),
              "pcsim: 1\nseed: 7\nclock:\n  seed: 1\n");
    EXPECT_EQ(suite::withSeed("pcsim: 1\nname: x\n", 7), "pcsim: 1\nname: x\nseed: 7\n");
}

TEST(LoadSuites, ReadsEachNamedScenarioAndItsCredentials) {
    auto loaded =
        suite::loadSuites({writeFile("plan-a.yaml", suiteNaming(kScenarios + "/default.yaml"))}, std::nullopt);
    ASSERT_TRUE(loaded.ok()) << loaded.problems.front().toString();
    const auto& facts = loaded.suites.at(0).scenario;
    EXPECT_EQ(facts.name, "default");
    EXPECT_EQ(facts.tenantId, "7c1e2d3f-0000-4000-8000-000000000001");
    EXPECT_EQ(facts.clientSecret, "dev-secret-1");
    EXPECT_EQ(facts.userRefreshToken, "dev-refresh-1");
}

TEST(LoadSuites, AScenarioThatDoesNotLoadIsTheSuitesProblem) {
    auto broken = writeFile("plan-broken-scenario.yaml", "pcsim: 1\nname: broken\ncolour: red\n");
    auto loaded = suite::loadSuites({writeFile("plan-b.yaml", suiteNaming(broken))}, std::nullopt);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.problems.at(0).toString(), broken +
                                                    ":3:1: unknown key 'colour' at the top level; expected one of: "
                                                    "pcsim, name, description, seed, clock, partner, catalog, "
                                                    "customers, faults, throttling, behaviour, tokens");
}

TEST(SettleScenarios, OnlySuitesOnAnotherScenarioSendIt) {
    auto loaded =
        suite::loadSuites({writeFile("plan-c.yaml", suiteNaming(kScenarios + "/default.yaml")),
                           writeFile("plan-d.yaml", suiteNaming(kScenarios + "/suites/worlds/throttled.yaml")),
                           writeFile("plan-e.yaml", suiteNaming(""))},
                          std::nullopt);
    ASSERT_TRUE(loaded.ok());
    ASSERT_EQ(loaded.suites.size(), 3u);
    EXPECT_EQ(suite::firstNamedScenario(loaded)->name, "default");
    // The server's scenario read on its own, as a probe would give it: not the suites' copy.
    auto server = *suite::readScenarioFactsFile(kScenarios + "/default.yaml").facts;
    suite::settleScenarios(loaded, server, std::nullopt);
    EXPECT_FALSE(loaded.suites[0].sendScenario);
    EXPECT_TRUE(loaded.suites[1].sendScenario);
    EXPECT_FALSE(loaded.suites[2].sendScenario);  // the server's own
    EXPECT_EQ(loaded.suites[2].scenario.name, "default");
}

TEST(SettleScenarios, ASeedMakesEverySuiteSendItsSeededScenario) {
    auto loaded = suite::loadSuites({writeFile("plan-f.yaml", suiteNaming("")),
                                     writeFile("plan-g.yaml", suiteNaming(kScenarios + "/default.yaml"))},
                                    99);
    ASSERT_TRUE(loaded.ok());
    ASSERT_EQ(loaded.suites.size(), 2u);
    auto server = *suite::readScenarioFactsFile(kScenarios + "/default.yaml").facts;
    suite::settleScenarios(loaded, server, 99);
    for (const auto& planned : loaded.suites) {
        EXPECT_TRUE(planned.sendScenario) << planned.suite.file;
        EXPECT_NE(planned.scenario.source.find("\nseed: 99\n"), std::string::npos) << planned.suite.file;
    }
    // A named scenario is loaded with the seed written in (what an embedded server serves).
    ASSERT_TRUE(loaded.suites[1].scenario.loaded);
    EXPECT_EQ(loaded.suites[1].scenario.loaded->seed, 99u);
}

}  // namespace
}  // namespace pcsim::suite_testing
