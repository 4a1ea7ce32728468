// The control plane's scenario, targeted reset and run-time fault routes, per sandbox.
#include <fstream>
#include <sstream>

#include "harness_fixture.hpp"
#include "sim/secrets.hpp"

namespace pcsim::testing {
namespace {

const std::string kUnregisteredSub = "3F7C1A5B-0D2E-4C8F-9A4B-6E3D2C1B0A98";

std::string fileText(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

const char* kSmallScenario = R"(pcsim: 1
name: small
seed: 99
clock: { start: "2027-01-01T00:00:00Z", mode: frozen }
partner:
  tenantId: 11111111-1111-4111-8111-111111111111
  apps: [{ clientId: 22222222-2222-4222-8222-222222222222, clientSecret: app-secret }]
)";

TEST(ScenarioRoutes, GetShowsTheLoadedScenarioWithItsSource) {
    InProcessApp pcsim;
    auto r = pcsim.send("GET", "/_sandbox/a/_pcsim/scenario");
    ASSERT_EQ(r.status, 200) << r.body;
    auto body = InProcessApp::json(r);
    EXPECT_EQ(body["name"], "e2e");
    EXPECT_EQ(body["seed"], 7);
    EXPECT_EQ(body["source"], sim::maskSecrets(fileText(e2eScenarioFile())));  // its secrets masked
}

TEST(ScenarioRoutes, PutLoadsAnotherScenarioInThatSandboxOnly) {
    InProcessApp pcsim;
    auto r = pcsim.send("PUT", "/_sandbox/a/_pcsim/scenario", kSmallScenario, {{"Content-Type", "application/yaml"}});
    ASSERT_EQ(r.status, 200) << r.body;
    auto body = InProcessApp::json(r);
    EXPECT_EQ(body["status"], "loaded");
    EXPECT_EQ(body["name"], "small");

    EXPECT_EQ(InProcessApp::json(pcsim.send("GET", "/_sandbox/a/_pcsim/scenario"))["source"],
              sim::maskSecrets(kSmallScenario));
    EXPECT_EQ(InProcessApp::json(pcsim.send("GET", "/_sandbox/a/_pcsim/clock"))["now"], "2027-01-01T00:00:00.0000000Z");
    EXPECT_EQ(InProcessApp::json(pcsim.send("GET", "/_sandbox/b/_pcsim/scenario"))["name"], "e2e");
    EXPECT_EQ(InProcessApp::json(pcsim.send("GET", "/_pcsim/scenario"))["name"], "e2e");
    // The new world has no customers.
    auto token = pcsim.appToken("/_sandbox/a");
    EXPECT_EQ(InProcessApp::json(pcsim.call("GET", "/_sandbox/a/v1/customers", token))["totalCount"], 0);
}

TEST(ScenarioRoutes, PutAcceptsJsonBecauseJsonIsYaml) {
    InProcessApp pcsim;
    nlohmann::json scenario = {
        {"pcsim", 1},
        {"name", "from-json"},
        {"partner", {{"tenantId", kTenant}, {"apps", {{{"clientId", kClientId}, {"clientSecret", "s"}}}}}}};
    auto r = pcsim.send("PUT", "/_pcsim/scenario", scenario.dump(2), {{"Content-Type", "application/json"}});
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(InProcessApp::json(r)["name"], "from-json");
}

TEST(ScenarioRoutes, InvalidYamlIs400WithDiagnosticsAndChangesNothing) {
    InProcessApp pcsim;
    auto syntax = pcsim.send("PUT", "/_sandbox/a/_pcsim/scenario", "pcsim: 1\nname: [unclosed\n");
    ASSERT_EQ(syntax.status, 400) << syntax.body;
    auto body = InProcessApp::json(syntax);
    EXPECT_EQ(body["code"], 800002);
    ASSERT_EQ(body["diagnostics"].size(), 1u);
    EXPECT_GT(body["diagnostics"][0]["line"], 0);
    EXPECT_NE(body["diagnostics"][0]["message"].get<std::string>().find("YAML syntax error"), std::string::npos);

    auto semantic =
        pcsim.send("PUT", "/_sandbox/a/_pcsim/scenario", "pcsim: 1\nname: x\nseeed: 4\nclock: { mode: sideways }\n");
    ASSERT_EQ(semantic.status, 400);
    auto problems = InProcessApp::json(semantic)["diagnostics"];
    ASSERT_EQ(problems.size(), 2u) << semantic.body;
    EXPECT_EQ(problems[0]["line"], 3);
    EXPECT_EQ(problems[0]["column"], 1);
    EXPECT_NE(problems[0]["message"].get<std::string>().find("unknown key 'seeed'"), std::string::npos);
    EXPECT_EQ(problems[1]["line"], 4);
    EXPECT_NE(InProcessApp::json(semantic)["description"].get<std::string>().find("scenario:3:1"), std::string::npos);

    EXPECT_EQ(pcsim.send("PUT", "/_pcsim/scenario", "").status, 400);
    EXPECT_EQ(InProcessApp::json(pcsim.send("GET", "/_sandbox/a/_pcsim/scenario"))["name"], "e2e");
}

TEST(ScenarioRoutes, TheSameTextIsParsedOnce) {
    InProcessApp pcsim;
    auto& cache = pcsim.app().scenarios();
    const auto before = cache.parses();
    for (int i = 0; i < 1000; ++i)
        ASSERT_EQ(
            pcsim.send("PUT", "/_sandbox/case-" + std::to_string(i % 50) + "/_pcsim/scenario", kSmallScenario).status,
            200);
    EXPECT_EQ(cache.parses(), before + 1);
    // The server's own scenario is known by its text from the start.
    ASSERT_EQ(pcsim.send("PUT", "/_sandbox/again/_pcsim/scenario", fileText(e2eScenarioFile())).status, 200);
    EXPECT_EQ(cache.parses(), before + 1);
}

TEST(Reset, CommerceForgetsPurchasesAndKeepsTheRest) {
    InProcessApp pcsim;
    const std::string sandbox = "/_sandbox/r";
    auto token = pcsim.appToken(sandbox);
    const std::string subscriptions = sandbox + "/v1/customers/" + kCustomer + "/subscriptions/";
    ASSERT_EQ(pcsim.call("POST", subscriptions + kUnregisteredSub + "/registrations", token).status, 202);
    ASSERT_EQ(pcsim
                  .send("POST", sandbox + "/_pcsim/faults",
                        R"({"name":"slow","match":{"path":"/v1/nothing"},"respond":{"delayMs":5}})")
                  .status,
              201);
    auto order = pcsim.buy(sandbox, token);
    ASSERT_EQ(pcsim.send("POST", sandbox + "/_pcsim/clock", R"({"advance":"PT30M"})").status, 200);
    token = pcsim.appToken(sandbox);

    auto reset = pcsim.send("POST", sandbox + "/_pcsim/reset", R"({"scope":"commerce"})");
    ASSERT_EQ(reset.status, 200) << reset.body;
    EXPECT_EQ(InProcessApp::json(reset)["scope"], "commerce");

    auto orders = InProcessApp::json(pcsim.call("GET", sandbox + "/v1/customers/" + kCustomer + "/orders", token));
    EXPECT_EQ(orders["totalCount"], 0);
    auto cart =
        pcsim.call("GET", sandbox + "/v1/customers/" + kCustomer + "/carts/" + order.value("cartId", "x"), token);
    EXPECT_EQ(cart.status, 404);
    EXPECT_EQ(InProcessApp::json(pcsim.send("GET", sandbox + "/_pcsim/clock"))["now"], "2026-03-02T10:30:00.0000000Z");
    auto registration = pcsim.call("GET", subscriptions + kUnregisteredSub + "/registrationstatus", token);
    EXPECT_EQ(InProcessApp::json(registration)["status"], "registered");
    EXPECT_EQ(InProcessApp::json(pcsim.send("GET", sandbox + "/_pcsim/faults"))["totalCount"], 1);
    // A new purchase works on the same world.
    EXPECT_TRUE(pcsim.buy(sandbox, token).contains("id"));
}

TEST(Reset, AllGoesBackToTheScenarioAsLoaded) {
    InProcessApp pcsim;
    auto token = pcsim.appToken("/_sandbox/r");
    pcsim.buy("/_sandbox/r", token);
    ASSERT_EQ(pcsim.send("POST", "/_sandbox/r/_pcsim/clock", R"({"advance":"PT30M"})").status, 200);
    auto reset = pcsim.send("POST", "/_sandbox/r/_pcsim/reset", R"({"scope":"all"})");
    ASSERT_EQ(reset.status, 200);
    EXPECT_EQ(InProcessApp::json(reset)["scope"], "all");
    EXPECT_EQ(InProcessApp::json(pcsim.send("GET", "/_sandbox/r/_pcsim/clock"))["now"], "2026-03-02T10:00:00.0000000Z");
    auto orders = pcsim.call("GET", "/_sandbox/r/v1/customers/" + kCustomer + "/orders", pcsim.appToken("/_sandbox/r"));
    EXPECT_EQ(InProcessApp::json(orders)["totalCount"], 0);
    EXPECT_EQ(pcsim.send("POST", "/_sandbox/r/_pcsim/reset").status, 200);  // no body: all
}

TEST(Reset, UnknownScopeIs400) {
    InProcessApp pcsim;
    auto r = pcsim.send("POST", "/_pcsim/reset", R"({"scope":"carts"})");
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(InProcessApp::json(r)["code"], 800002);
    EXPECT_EQ(pcsim.send("POST", "/_pcsim/reset", R"({"scop":"all"})").status, 400);
}

TEST(FaultRoutes, AddedRulesApplyAtOnceAndRemovedOnesStop) {
    InProcessApp pcsim;
    const std::string sandbox = "/_sandbox/f";
    auto token = pcsim.appToken(sandbox);
    auto added = pcsim.send("POST", sandbox + "/_pcsim/faults", R"({
        "name": "customers-down", "match": {"method": "GET", "path": "/v1/customers"},
        "when": {"everyNth": 2}, "respond": {"status": 503, "retryAfterSeconds": 3}})");
    ASSERT_EQ(added.status, 201) << added.body;
    EXPECT_EQ(InProcessApp::json(added)["name"], "customers-down");

    EXPECT_EQ(pcsim.call("GET", sandbox + "/v1/customers", token).status, 200);
    auto second = pcsim.call("GET", sandbox + "/v1/customers", token);
    EXPECT_EQ(second.status, 503);
    EXPECT_EQ(second.header("X-PCSim-Fault"), "customers-down");
    EXPECT_EQ(second.header("Retry-After"), "3");
    // Other sandboxes never saw the rule.
    EXPECT_EQ(pcsim.call("GET", "/v1/customers", pcsim.appToken()).status, 200);
    EXPECT_EQ(pcsim.call("GET", "/v1/customers", pcsim.appToken()).status, 200);

    auto list = InProcessApp::json(pcsim.send("GET", sandbox + "/_pcsim/faults"));
    ASSERT_EQ(list["totalCount"], 1);
    auto rule = list["items"][0];
    EXPECT_EQ(rule["matched"], 2);
    EXPECT_EQ(rule["match"]["path"], "/v1/customers");
    EXPECT_EQ(rule["when"]["everyNth"], 2);
    EXPECT_EQ(rule["respond"]["status"], 503);

    EXPECT_EQ(pcsim.send("DELETE", sandbox + "/_pcsim/faults/customers-down").status, 204);
    for (int i = 0; i < 3; ++i) EXPECT_EQ(pcsim.call("GET", sandbox + "/v1/customers", token).status, 200);
    auto unknown = pcsim.send("DELETE", sandbox + "/_pcsim/faults/customers-down");
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(InProcessApp::json(unknown)["code"], 1000);
}

TEST(FaultRoutes, TheScenarioFormatAndItsChecksApply) {
    InProcessApp pcsim;
    auto noName = pcsim.send("POST", "/_pcsim/faults", R"({"respond": {"status": 500}})");
    EXPECT_EQ(noName.status, 400);
    EXPECT_NE(noName.body.find("missing required key 'name'"), std::string::npos) << noName.body;

    auto badTrigger = pcsim.send("POST", "/_pcsim/faults",
                                 R"({"name": "x", "when": {"nth": 1, "everyNth": 2}, "respond": {"status": 500}})");
    EXPECT_EQ(badTrigger.status, 400);
    EXPECT_NE(badTrigger.body.find("one of nth, everyNth, probability, after"), std::string::npos) << badTrigger.body;

    auto badPath = pcsim.send("POST", "/_pcsim/faults",
                              R"({"name": "x", "match": {"path": "v1/x*"}, "respond": {"status": 500}})");
    EXPECT_EQ(badPath.status, 400);
    EXPECT_EQ(InProcessApp::json(badPath)["code"], 800002);
    EXPECT_FALSE(InProcessApp::json(badPath)["diagnostics"].empty());

    auto typo = pcsim.send("POST", "/_pcsim/faults", R"({"name": "x", "respnd": {"status": 500}})");
    EXPECT_EQ(typo.status, 400);
    EXPECT_NE(typo.body.find("unknown key 'respnd'"), std::string::npos) << typo.body;

    EXPECT_EQ(pcsim.send("POST", "/_pcsim/faults", "{not json").status, 400);
    EXPECT_EQ(pcsim.send("POST", "/_pcsim/faults", R"([1, 2])").status, 400);
    EXPECT_EQ(InProcessApp::json(pcsim.send("GET", "/_pcsim/faults"))["totalCount"], 0);
}

TEST(FaultRoutes, DuplicateNamesAre409AndDeleteAllClears) {
    InProcessApp pcsim;
    const std::string rule = R"({"name": "one", "respond": {"status": 500}})";
    EXPECT_EQ(pcsim.send("POST", "/_pcsim/faults", rule).status, 201);
    auto again = pcsim.send("POST", "/_pcsim/faults", rule);
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(InProcessApp::json(again)["code"], 800002);
    EXPECT_EQ(pcsim.send("POST", "/_pcsim/faults", R"({"name": "two", "respond": {"reset": true}})").status, 201);
    EXPECT_EQ(InProcessApp::json(pcsim.send("GET", "/_pcsim/faults"))["totalCount"], 2);
    EXPECT_EQ(pcsim.send("DELETE", "/_pcsim/faults").status, 204);
    EXPECT_EQ(InProcessApp::json(pcsim.send("GET", "/_pcsim/faults"))["totalCount"], 0);
}

TEST(FaultRoutes, ListedRulesCanBeSentBack) {
    InProcessApp pcsim;
    const nlohmann::json rules[] = {
        {{"name", "a"},
         {"match", {{"method", "POST"}, {"path", "/v1/customers/*/carts/**"}}},
         {"when", {{"nth", {1, 3}}}},
         {"respond", {{"status", 429}, {"retryAfterSeconds", 2}}}},
        {{"name", "b"}, {"when", {{"probability", 0.25}}}, {"respond", {{"delayMs", 10}}}},
        {{"name", "c"}, {"when", {{"after", 4}}}, {"respond", {{"status", 400}, {"code", 123}, {"description", "no"}}}},
    };
    for (const auto& rule : rules) ASSERT_EQ(pcsim.send("POST", "/_sandbox/x/_pcsim/faults", rule.dump()).status, 201);
    auto listed = InProcessApp::json(pcsim.send("GET", "/_sandbox/x/_pcsim/faults"))["items"];
    ASSERT_EQ(listed.size(), 3u);
    for (std::size_t i = 0; i < listed.size(); ++i) {
        auto rule = listed[i];
        rule.erase("matched");
        EXPECT_EQ(rule, rules[i]);
        EXPECT_EQ(pcsim.send("POST", "/_sandbox/y/_pcsim/faults", rule.dump()).status, 201);
    }
}

}  // namespace
}  // namespace pcsim::testing
