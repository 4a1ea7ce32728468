// Bundles: a sandbox exported after a flow and imported into a fresh server answers the next
// requests exactly as the original does (same generated ids, status and body), faults, clock,
// journal and all. Also: what export refuses and what import checks.
#include "harness_fixture.hpp"
#include "http/operation_log.hpp"
#include "support/default_scenario.hpp"
#include "support/raw_http.hpp"
#include "support/test_server.hpp"

namespace pcsim::testing {
namespace {

using default_scenario::kDevelopment;
using default_scenario::kFabrikam;
using default_scenario::kProduction;

std::string defaultScenarioFile() { return std::string(PCSIM_SCENARIOS_DIR "/default.yaml"); }

// Sends the same requests to two sandboxes (in one server or two) and compares the answers.
class Twin {
public:
    Twin(InProcessApp& a, std::string prefixA, InProcessApp& b, std::string prefixB)
        : a_(a), b_(b), prefixA_(std::move(prefixA)), prefixB_(std::move(prefixB)) {}

    std::string tokens() {
        tokenA_ = token(a_, prefixA_);
        tokenB_ = token(b_, prefixB_);
        armTokenA_ = token(a_, prefixA_, "&resource=https%3A%2F%2Fmanagement.azure.com%2F");
        armTokenB_ = token(b_, prefixB_, "&resource=https%3A%2F%2Fmanagement.azure.com%2F");
        return tokenA_;
    }

    // The same request to both; expects the same status and body, returns the body.
    nlohmann::json same(const std::string& method, const std::string& path, const std::string& body = {},
                        std::map<std::string, std::string> headers = {}) {
        // ARM routes take only ARM's audience.
        const bool arm = path.rfind("/subscriptions", 0) == 0 || path.rfind("/providers", 0) == 0;
        headers["Authorization"] = "Bearer " + (arm ? armTokenA_ : tokenA_);
        if (!body.empty()) headers.emplace("Content-Type", "application/json");
        auto ra = a_.send(method, prefixA_ + path, body, headers);
        headers["Authorization"] = "Bearer " + (arm ? armTokenB_ : tokenB_);
        auto rb = b_.send(method, prefixB_ + path, body, headers);
        EXPECT_EQ(ra.status, rb.status) << method << " " << path << "\n" << ra.body << "\n" << rb.body;
        EXPECT_EQ(ra.body, rb.body) << method << " " << path;
        EXPECT_EQ(ra.header("X-PCSim-Fault"), rb.header("X-PCSim-Fault")) << method << " " << path;
        return ra.body.empty() ? nlohmann::json() : nlohmann::json::parse(ra.body, nullptr, false);
    }

private:
    static std::string token(InProcessApp& app, const std::string& prefix, const std::string& resource = {}) {
        auto r = app.send(
            "POST", prefix + "/" + default_scenario::kTenant + "/oauth2/token",
            "grant_type=refresh_token&client_id=0a0a0a0a-0000-4000-8000-00000000000a&refresh_token=dev-refresh-1" +
                resource,
            {{"Content-Type", "application/x-www-form-urlencoded"}});
        EXPECT_EQ(r.status, 200) << r.body;
        return nlohmann::json::parse(r.body).value("access_token", "");
    }

    InProcessApp& a_;
    InProcessApp& b_;
    std::string prefixA_, prefixB_;
    std::string tokenA_, tokenB_, armTokenA_, armTokenB_;
};

std::string token(InProcessApp& app, const std::string& prefix, const std::string& resource = {}) {
    auto r =
        app.send("POST", prefix + "/" + default_scenario::kTenant + "/oauth2/token",
                 "grant_type=refresh_token&client_id=0a0a0a0a-0000-4000-8000-00000000000a&refresh_token=dev-refresh-1" +
                     resource,
                 {{"Content-Type", "application/x-www-form-urlencoded"}});
    return nlohmann::json::parse(r.body).value("access_token", "");
}

// A flow that touches everything a bundle must carry: purchases with generated ids, a registration,
// a scope change, VMs and clock moves at run time, a targeted reset, a fault with a random trigger
// that has already drawn, and MS-RequestId replays.
void runFlow(InProcessApp& pcsim, const std::string& prefix) {
    auto t = token(pcsim, prefix);
    // ARM routes take only ARM's audience.
    auto armToken = [&] { return token(pcsim, prefix, "&resource=https%3A%2F%2Fmanagement.azure.com%2F"); };
    auto call = [&](const std::string& method, const std::string& path, const std::string& body = {},
                    std::map<std::string, std::string> headers = {}) {
        const bool arm = path.rfind("/subscriptions", 0) == 0 || path.rfind("/providers", 0) == 0;
        return pcsim.call(method, prefix + path, arm ? armToken() : t, body, std::move(headers));
    };
    const std::string customer = "/v1/customers/" + kFabrikam;
    ASSERT_EQ(pcsim
                  .send("POST", prefix + "/_pcsim/faults",
                        R"({"name": "flaky-list", "match": {"method": "GET", "path": "/v1/customers"},
                             "when": {"probability": 0.5}, "respond": {"status": 503}})")
                  .status,
              201);
    for (int i = 0; i < 5; ++i) call("GET", "/v1/customers");
    ASSERT_EQ(call("POST", customer + "/subscriptions/" + kDevelopment + "/registrations").status, 202);
    auto cart =
        call("POST", customer + "/carts", cartBody(kD4sP1Y, kProduction, 2, "shared"), {{"MS-RequestId", "cart-1"}});
    ASSERT_EQ(cart.status, 201) << cart.body;
    const std::string cartId = InProcessApp::json(cart)["id"];
    // A retry with the same MS-RequestId replays the first answer.
    ASSERT_EQ(
        call("POST", customer + "/carts", cartBody(kD4sP1Y, kProduction, 2, "shared"), {{"MS-RequestId", "cart-1"}})
            .body,
        cart.body);
    auto order = call("POST", customer + "/carts/" + cartId + "/checkout");
    ASSERT_EQ(order.status, 201) << order.body;
    ASSERT_EQ(pcsim.send("POST", prefix + "/_pcsim/clock", R"({"advance": "PT5H"})").status, 200);
    t = token(pcsim, prefix);
    ASSERT_EQ(
        pcsim
            .send(
                "POST", prefix + "/_pcsim/customers/" + kFabrikam + "/subscriptions/" + kDevelopment + "/vms",
                R"({"id": "dev-d4", "resourceGroup": "rg-dev", "region": "eastus2", "size": "Standard_D4s_v3", "count": 2})")
            .status,
        201);
    auto reservationOrderId = InProcessApp::json(order)["orders"][0]["lineItems"][0]["resourceId"];
    auto orders = InProcessApp::json(call("GET", customer + "/entitlements"));
    std::string reservationOrder = orders["items"][0]["entitledArtifacts"][0]["resourceId"];
    auto reservations = InProcessApp::json(call("GET", "/providers/Microsoft.Capacity/reservationOrders/" +
                                                           reservationOrder + "/reservations?api-version=2022-11-01"));
    std::string reservationPath = reservations["value"][0]["id"];
    ASSERT_EQ(
        call(
            "PATCH", reservationPath + "?api-version=2022-11-01",
            R"({"properties": {"appliedScopeType": "Single", "appliedScopes": ["/subscriptions/a1a1a1a1-0000-4000-8000-000000000002"]}})")
            .status,
        200);
    ASSERT_EQ(pcsim.send("POST", prefix + "/_pcsim/clock", R"({"advance": "PT7H"})").status, 200);
    t = token(pcsim, prefix);
    auto second = call("POST", customer + "/carts", cartBody(kD4sP1Y, kProduction, 1, "single"));
    ASSERT_EQ(second.status, 201);
    ASSERT_EQ(pcsim.send("POST", prefix + "/_pcsim/reset", R"({"scope": "commerce"})").status, 200);
    auto third = call("POST", customer + "/carts", cartBody(kD4sP1Y, kDevelopment, 3, "single"));
    ASSERT_EQ(third.status, 201) << third.body;
    ASSERT_EQ(
        call("POST", customer + "/carts/" + InProcessApp::json(third)["id"].get<std::string>() + "/checkout").status,
        201);
    ASSERT_EQ(pcsim.send("POST", prefix + "/_pcsim/clock", R"({"advance": "PT26H"})").status, 200);
    for (int i = 0; i < 3; ++i) call("GET", "/v1/customers");
}

// The next requests after the bundle: both sandboxes must answer them the same way.
void sameNextRequests(Twin& twin) {
    twin.tokens();
    const std::string customer = "/v1/customers/" + kFabrikam;
    auto cart = twin.same("POST", customer + "/carts", cartBody(kD4sP1Y, kProduction, 4, "shared"));
    ASSERT_TRUE(cart.contains("id"));
    twin.same("POST", customer + "/carts/" + cart["id"].get<std::string>() + "/checkout");
    twin.same("GET", customer + "/orders?include_price=true");
    twin.same("GET", customer + "/entitlements");
    twin.same("GET", customer + "/subscriptions/" + kDevelopment + "/registrationstatus");
    for (int i = 0; i < 6; ++i) twin.same("GET", "/v1/customers");  // the fault's random stream goes on alike
    twin.same("POST", customer + "/carts", cartBody(kD4sP1Y, kProduction, 2, "shared"), {{"MS-RequestId", "cart-1"}});
}

nlohmann::json withoutWallClock(nlohmann::json journal) {
    for (auto& item : journal["items"]) {
        item.erase("time");
        item.erase("durationMs");
    }
    return journal;
}

std::vector<std::string> outline(const nlohmann::json& journal) {
    std::vector<std::string> lines;
    for (const auto& item : journal["items"])
        lines.push_back(std::to_string(item["seq"].get<int>()) + " " + item["simTime"].get<std::string>() + " " +
                        item["method"].get<std::string>() + " " + item["path"].get<std::string>() + " " +
                        std::to_string(item["status"].get<int>()) + " " + item["fault"].dump());
    return lines;
}

TEST(Bundle, ImportIntoAFreshServerGivesTheSameNextResponses) {
    auto scenario = loadScenario(defaultScenarioFile());
    InProcessApp original({}, scenario);
    runFlow(original, "/_sandbox/case-1");
    auto exported = original.send("GET", "/_sandbox/case-1/_pcsim/bundle");
    ASSERT_EQ(exported.status, 200) << exported.body;
    auto bundle = InProcessApp::json(exported);
    EXPECT_EQ(bundle["pcsimBundle"], 1);
    EXPECT_EQ(bundle["sandbox"], "case-1");
    EXPECT_EQ(bundle["seed"], 20260105);
    EXPECT_EQ(bundle["scenario"]["name"], "default");
    EXPECT_GE(bundle["state"]["operations"].size(), 10u);

    // A fresh server, loaded from the same file but another object: nothing shared but the text.
    InProcessApp fresh({}, loadScenario(defaultScenarioFile()));
    auto imported = fresh.send("POST", "/_sandbox/repro/_pcsim/bundle", exported.body);
    ASSERT_EQ(imported.status, 200) << imported.body;
    EXPECT_EQ(InProcessApp::json(imported)["status"], "imported");
    EXPECT_EQ(InProcessApp::json(imported)["replayed"], bundle["state"]["operations"].size());

    EXPECT_EQ(original.send("GET", "/_sandbox/case-1/_pcsim/clock").body,
              fresh.send("GET", "/_sandbox/repro/_pcsim/clock").body);
    EXPECT_EQ(original.send("GET", "/_sandbox/case-1/_pcsim/faults").body,
              fresh.send("GET", "/_sandbox/repro/_pcsim/faults").body);
    EXPECT_EQ(withoutWallClock(InProcessApp::json(original.send("GET", "/_sandbox/case-1/_pcsim/journal"))),
              withoutWallClock(InProcessApp::json(fresh.send("GET", "/_sandbox/repro/_pcsim/journal"))));

    Twin twin(original, "/_sandbox/case-1", fresh, "/_sandbox/repro");
    sameNextRequests(twin);
    EXPECT_EQ(original.send("GET", "/_sandbox/case-1/_pcsim/customers/" + kFabrikam + "/coverage?grain=hour").body,
              fresh.send("GET", "/_sandbox/repro/_pcsim/customers/" + kFabrikam + "/coverage?grain=hour").body);
    EXPECT_EQ(original.send("GET", "/_sandbox/case-1/_pcsim/invariants").body,
              fresh.send("GET", "/_sandbox/repro/_pcsim/invariants").body);
    // The journals went on alike (the new requests' generated ids and tokens differ, by design).
    EXPECT_EQ(outline(InProcessApp::json(original.send("GET", "/_sandbox/case-1/_pcsim/journal"))),
              outline(InProcessApp::json(fresh.send("GET", "/_sandbox/repro/_pcsim/journal"))));
}

TEST(Bundle, AReimportedBundleExportsTheSameState) {
    InProcessApp original({}, loadScenario(defaultScenarioFile()));
    runFlow(original, "");
    auto first = InProcessApp::json(original.send("GET", "/_pcsim/bundle"));
    InProcessApp fresh({}, loadScenario(defaultScenarioFile()));
    ASSERT_EQ(fresh.send("POST", "/_pcsim/bundle", first.dump()).status, 200);
    auto second = InProcessApp::json(fresh.send("GET", "/_pcsim/bundle"));
    EXPECT_EQ(first["state"], second["state"]);
    EXPECT_EQ(first["clock"], second["clock"]);
    EXPECT_EQ(first["journal"], second["journal"]);
}

TEST(Bundle, OverRealHttpIntoAFreshServer) {
    TestServer original(defaultScenarioFile());
    TestServer fresh(defaultScenarioFile());
    RawHttp http;
    auto tokenOf = [&](TestServer& server) {
        auto r = http.send(
            "POST", server.url("/_sandbox/s/" + default_scenario::kTenant + "/oauth2/token"),
            "grant_type=client_credentials&client_id=0a0a0a0a-0000-4000-8000-00000000000a&client_secret=dev-secret-1",
            {{"Content-Type", "application/x-www-form-urlencoded"}});
        return r.json().at("access_token").get<std::string>();
    };
    auto token = tokenOf(original);
    const std::string carts = "/_sandbox/s/v1/customers/" + kFabrikam + "/carts";
    auto cart = http.send("POST", original.url(carts), cartBody(kD4sP1Y, kProduction, 1, "single"),
                          {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}});
    ASSERT_EQ(cart.status, 201) << cart.body;
    auto bundle = http.send("GET", original.url("/_sandbox/s/_pcsim/bundle"));
    ASSERT_EQ(bundle.status, 200);
    ASSERT_EQ(
        http.send("POST", fresh.url("/_sandbox/s/_pcsim/bundle"), bundle.body, {{"Content-Type", "application/json"}})
            .status,
        200);

    auto freshToken = tokenOf(fresh);
    token = tokenOf(original);
    auto next = [&](TestServer& server, const std::string& t) {
        return http.send("POST", server.url(carts), cartBody(kD4sP1Y, kProduction, 2, "shared"),
                         {{"Authorization", "Bearer " + t}, {"Content-Type", "application/json"}});
    };
    auto a = next(original, token);
    auto b = next(fresh, freshToken);
    EXPECT_EQ(a.status, 201);
    EXPECT_EQ(a.status, b.status);
    EXPECT_EQ(a.body, b.body);
}

TEST(Bundle, ExportIsRefusedWhenTheLogOverflowed) {
    http::AppOptions options;
    options.operationLogSize = 3;
    InProcessApp pcsim(options);
    for (int i = 0; i < 3; ++i) ASSERT_EQ(pcsim.send("POST", "/_pcsim/clock", R"({"advance": "PT1H"})").status, 200);
    EXPECT_EQ(pcsim.send("GET", "/_pcsim/bundle").status, 200);  // exactly at the bound
    ASSERT_EQ(pcsim.send("POST", "/_pcsim/clock", R"({"advance": "PT1H"})").status, 200);
    auto r = pcsim.send("GET", "/_pcsim/bundle");
    EXPECT_EQ(r.status, 409);
    EXPECT_EQ(InProcessApp::json(r)["code"], 800002);
    EXPECT_NE(InProcessApp::json(r)["description"].get<std::string>().find("operation log"), std::string::npos);
    // A reset starts a new log.
    ASSERT_EQ(pcsim.send("POST", "/_pcsim/reset").status, 200);
    EXPECT_EQ(pcsim.send("GET", "/_pcsim/bundle").status, 200);
}

TEST(Bundle, ImportChecksTheBundleAndChangesNothingWhenItIsBad) {
    InProcessApp pcsim;
    pcsim.buy("/_sandbox/keep", pcsim.appToken("/_sandbox/keep"));
    auto good = InProcessApp::json(pcsim.send("GET", "/_sandbox/keep/_pcsim/bundle"));

    auto broken = [&](auto change) {
        auto bundle = good;
        change(bundle);
        return pcsim.send("POST", "/_sandbox/keep/_pcsim/bundle", bundle.dump());
    };
    std::vector<http::HttpResponse> answers = {
        broken([](nlohmann::json& b) { b["pcsimBundle"] = 2; }),
        broken([](nlohmann::json& b) { b.erase("clock"); }),
        broken([](nlohmann::json& b) { b["seed"] = 8; }),
        broken([](nlohmann::json& b) { b["state"]["operations"][0]["path"] = "/v1/not/a/route"; }),
        broken([](nlohmann::json& b) { b["state"]["operations"][0].erase("identity"); }),
        broken([](nlohmann::json& b) { b["state"]["operations"][0]["simTime"] = "soon"; }),
        broken([](nlohmann::json& b) {
            b["journal"] = {{{"seq", 1}}};
        }),
        broken([](nlohmann::json& b) {
            b["state"]["faults"]["rules"] = {{{"name", "x"}, {"matched", 0}}};
        }),
    };
    for (std::size_t i = 0; i < answers.size(); ++i) {
        EXPECT_EQ(answers[i].status, 400) << i << ": " << answers[i].body;
        EXPECT_EQ(InProcessApp::json(answers[i])["code"], 800002) << i;
    }
    auto badScenario = broken([](nlohmann::json& b) { b["scenario"]["source"] = "pcsim: 1\nname: x\nbogus: 1\n"; });
    EXPECT_EQ(badScenario.status, 400);
    EXPECT_FALSE(InProcessApp::json(badScenario)["diagnostics"].empty());
    EXPECT_EQ(pcsim.send("POST", "/_pcsim/bundle", "[]").status, 400);

    auto orders =
        pcsim.call("GET", "/_sandbox/keep/v1/customers/" + kCustomer + "/orders", pcsim.appToken("/_sandbox/keep"));
    EXPECT_EQ(InProcessApp::json(orders)["totalCount"], 1);
}

// A bundle read through its typed document: a field of the wrong type is a 400 800002 whose
// description names where in the bundle it is, in the words of the reader (never a C++ exception).
TEST(Bundle, AFieldOfTheWrongTypeIsRefusedNamingItsPath) {
    InProcessApp pcsim;
    pcsim.buy("/_sandbox/keep", pcsim.appToken("/_sandbox/keep"));
    auto good = InProcessApp::json(pcsim.send("GET", "/_sandbox/keep/_pcsim/bundle"));
    ASSERT_FALSE(good["journal"].empty());
    ASSERT_FALSE(good["state"]["operations"].empty());

    auto broken = [&](auto change) {
        auto bundle = good;
        change(bundle);
        return pcsim.send("POST", "/_sandbox/keep/_pcsim/bundle", bundle.dump());
    };
    const std::vector<std::pair<http::HttpResponse, std::string>> cases = {
        {broken([](nlohmann::json& b) { b["journal"][0]["status"] = "200"; }),
         "'journal[0].status': expected an integer, got string"},
        {broken([](nlohmann::json& b) { b["journal"][0]["seq"] = -1; }), "'journal[0].seq'"},
        {broken([](nlohmann::json& b) { b["state"]["operations"][0]["identity"]["roles"] = "admin"; }),
         "'state.operations[0].identity.roles': expected an array, got string"},
        {broken([](nlohmann::json& b) { b["state"]["operations"][0]["headers"] = "x"; }),
         "'state.operations[0].headers'"},
        {broken([](nlohmann::json& b) {
             b["state"]["throttling"] = {{{"rule", 0}, {"tenant", "t"}, {"arrivals", {"soon"}}}};
         }),
         "'state.throttling[0].arrivals[0]': expected an ISO 8601 timestamp"},
        {broken([](nlohmann::json& b) { b["clock"]["now"] = 5; }), "'clock.now'"},
        {broken([](nlohmann::json& b) { b["state"].erase("faults"); }), "'state.faults': missing required field"},
        {broken([](nlohmann::json& b) { b["journalDropped"] = "none"; }), "'journalDropped'"},
    };
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const auto& [answer, path] = cases[i];
        ASSERT_EQ(answer.status, 400) << i << ": " << answer.body;
        auto body = InProcessApp::json(answer);
        EXPECT_EQ(body["code"], 800002) << i;
        const auto description = body["description"].get<std::string>();
        EXPECT_NE(description.find(path), std::string::npos) << i << ": " << description;
        EXPECT_EQ(description.find("json.exception"), std::string::npos) << description;
    }
}

}  // namespace
}  // namespace pcsim::testing
