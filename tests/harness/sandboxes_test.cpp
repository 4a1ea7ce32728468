// Sandboxes: addressing by path prefix and header, name rules, isolation of state, clock, faults
// and tokens, and the default sandbox left as it always was.
#include <atomic>

#include "harness_fixture.hpp"
#include "http/sandbox_address.hpp"

namespace pcsim::testing {
namespace {

using http::HttpResponse;

std::string customerCarts(const std::string& prefix = "") { return prefix + "/v1/customers/" + kCustomer + "/carts"; }

TEST(SandboxAddress, PrefixHeaderAndDefault) {
    auto prefixed = http::resolveSandboxAddress(http::makeRequest("GET", "/_sandbox/case-1/v1/customers?size=2"));
    EXPECT_EQ(prefixed.name, "case-1");
    EXPECT_EQ(prefixed.path, "/v1/customers");
    EXPECT_TRUE(prefixed.problem.empty());

    auto header =
        http::resolveSandboxAddress(http::makeRequest("GET", "/v1/customers", {}, {{"X-PCSim-Sandbox", "b.2"}}));
    EXPECT_EQ(header.name, "b.2");
    EXPECT_EQ(header.path, "/v1/customers");

    auto both = http::resolveSandboxAddress(
        http::makeRequest("GET", "/_sandbox/from-path/_pcsim/health", {}, {{"X-PCSim-Sandbox", "from-header"}}));
    EXPECT_EQ(both.name, "from-path");  // the prefix wins
    EXPECT_EQ(both.path, "/_pcsim/health");

    auto neither = http::resolveSandboxAddress(http::makeRequest("GET", "/v1/customers"));
    EXPECT_EQ(neither.name, "default");
}

TEST(SandboxAddress, NamesFollowTheContractPattern) {
    EXPECT_TRUE(http::isValidSandboxName("a"));
    EXPECT_TRUE(http::isValidSandboxName("Case_01.retry-2"));
    EXPECT_TRUE(http::isValidSandboxName(std::string(64, 'x')));
    EXPECT_FALSE(http::isValidSandboxName(""));
    EXPECT_FALSE(http::isValidSandboxName(std::string(65, 'x')));
    EXPECT_FALSE(http::isValidSandboxName("-leading-dash"));
    EXPECT_FALSE(http::isValidSandboxName(".hidden"));
    EXPECT_FALSE(http::isValidSandboxName("has space"));
    EXPECT_FALSE(http::isValidSandboxName("slash/inside"));
    EXPECT_FALSE(http::isValidSandboxName("caf\xc3\xa9"));
}

TEST(Sandboxes, BadNamesAre400WithTheErrorShape) {
    InProcessApp pcsim;
    for (const std::string target :
         {"/_sandbox/-bad/v1/customers", "/_sandbox//v1/customers", "/_sandbox/", "/_sandbox/a%20b/_pcsim/health"}) {
        auto r = pcsim.send("GET", target);
        EXPECT_EQ(r.status, 400) << target;
        auto body = InProcessApp::json(r);
        EXPECT_EQ(body["code"], 800002) << target;
        EXPECT_TRUE(body["description"].get<std::string>().find("sandbox name") != std::string::npos) << r.body;
    }
    auto header = pcsim.send("GET", "/_pcsim/health", {}, {{"X-PCSim-Sandbox", "no/slashes"}});
    EXPECT_EQ(header.status, 400);
    EXPECT_EQ(InProcessApp::json(header)["code"], 800002);
    EXPECT_EQ(pcsim.app().sandboxes().size(), 1u);  // nothing was created
}

TEST(Sandboxes, EveryRouteWorksUnderThePrefixTokenEndpointIncluded) {
    InProcessApp pcsim;
    auto token = pcsim.appToken("/_sandbox/a");
    auto customers = pcsim.call("GET", "/_sandbox/a/v1/customers", token);
    EXPECT_EQ(customers.status, 200) << customers.body;
    auto health = pcsim.send("GET", "/_sandbox/a/_pcsim/health");
    EXPECT_EQ(health.status, 200);
    EXPECT_EQ(InProcessApp::json(health)["sandbox"], "a");
    auto missing = pcsim.call("GET", "/_sandbox/a/v1/nothing-here", token);
    EXPECT_EQ(missing.status, 404);
}

TEST(Sandboxes, HeaderAndPrefixAddressTheSameSandbox) {
    InProcessApp pcsim;
    auto token = pcsim.appToken("", {{"X-PCSim-Sandbox", "shared-name"}});
    auto cart = pcsim.call("POST", customerCarts(), token, cartBody(kD4sP1Y, kRegisteredSub, 1),
                           {{"X-PCSim-Sandbox", "shared-name"}});
    ASSERT_EQ(cart.status, 201) << cart.body;
    auto cartId = InProcessApp::json(cart)["id"].get<std::string>();
    // The token minted through the header works through the prefix: it is one sandbox.
    auto byPrefix = pcsim.call("GET", customerCarts("/_sandbox/shared-name") + "/" + cartId, token);
    EXPECT_EQ(byPrefix.status, 200) << byPrefix.body;
    // ...and not in the default sandbox, where the cart does not exist either.
    auto defaultToken = pcsim.appToken();
    EXPECT_EQ(pcsim.call("GET", customerCarts() + "/" + cartId, defaultToken).status, 404);
}

TEST(Sandboxes, StateIsIsolated) {
    InProcessApp pcsim;
    auto tokenA = pcsim.appToken("/_sandbox/a");
    auto tokenB = pcsim.appToken("/_sandbox/b");
    auto order = pcsim.buy("/_sandbox/a", tokenA);
    ASSERT_TRUE(order.contains("id"));
    auto ordersA = InProcessApp::json(pcsim.call("GET", "/_sandbox/a/v1/customers/" + kCustomer + "/orders", tokenA));
    auto ordersB = InProcessApp::json(pcsim.call("GET", "/_sandbox/b/v1/customers/" + kCustomer + "/orders", tokenB));
    auto ordersDefault =
        InProcessApp::json(pcsim.call("GET", "/v1/customers/" + kCustomer + "/orders", pcsim.appToken()));
    EXPECT_EQ(ordersA["totalCount"], 1);
    EXPECT_EQ(ordersB["totalCount"], 0);
    EXPECT_EQ(ordersDefault["totalCount"], 0);
}

TEST(Sandboxes, SandboxesOfOneScenarioGenerateTheSameIds) {
    // Each sandbox is a fresh world from the scenario's seed: the same steps give the same ids,
    // which is what makes a failing case reproducible in another sandbox or server.
    InProcessApp pcsim;
    auto a = pcsim.buy("/_sandbox/a", pcsim.appToken("/_sandbox/a"));
    auto b = pcsim.buy("/_sandbox/b", pcsim.appToken("/_sandbox/b"));
    ASSERT_TRUE(a.contains("id")) << a;
    EXPECT_EQ(a["id"], b["id"]);
}

TEST(Sandboxes, ClocksAreIsolated) {
    InProcessApp pcsim;
    auto moved = pcsim.send("POST", "/_sandbox/a/_pcsim/clock", R"({"advance":"P2D"})");
    ASSERT_EQ(moved.status, 200) << moved.body;
    EXPECT_EQ(InProcessApp::json(moved)["now"], "2026-03-04T10:00:00.0000000Z");
    EXPECT_EQ(InProcessApp::json(pcsim.send("GET", "/_sandbox/b/_pcsim/clock"))["now"], "2026-03-02T10:00:00.0000000Z");
    EXPECT_EQ(InProcessApp::json(pcsim.send("GET", "/_pcsim/clock"))["now"], "2026-03-02T10:00:00.0000000Z");
}

TEST(Sandboxes, ResetInOneSandboxLeavesTheOthers) {
    InProcessApp pcsim;
    auto tokenA = pcsim.appToken("/_sandbox/a");
    auto tokenB = pcsim.appToken("/_sandbox/b");
    pcsim.buy("/_sandbox/a", tokenA);
    pcsim.buy("/_sandbox/b", tokenB);
    ASSERT_EQ(pcsim.send("POST", "/_sandbox/a/_pcsim/reset").status, 200);
    auto ordersA = InProcessApp::json(pcsim.call("GET", "/_sandbox/a/v1/customers/" + kCustomer + "/orders", tokenA));
    auto ordersB = InProcessApp::json(pcsim.call("GET", "/_sandbox/b/v1/customers/" + kCustomer + "/orders", tokenB));
    EXPECT_EQ(ordersA["totalCount"], 0);
    EXPECT_EQ(ordersB["totalCount"], 1);
}

TEST(Sandboxes, ATokenWorksOnlyInTheSandboxThatMintedIt) {
    InProcessApp pcsim;
    auto tokenA = pcsim.appToken("/_sandbox/a");
    EXPECT_EQ(pcsim.call("GET", "/_sandbox/a/v1/customers", tokenA).status, 200);
    for (const std::string target : {"/_sandbox/b/v1/customers", "/v1/customers"}) {
        auto refused = pcsim.call("GET", target, tokenA);
        EXPECT_EQ(refused.status, 401) << target;
        auto body = InProcessApp::json(refused);
        EXPECT_EQ(body["code"], 400);
        EXPECT_EQ(body["description"], "Access denied: the token is not valid.");
    }
    // The same through the header, and the default sandbox's tokens stay at home too.
    EXPECT_EQ(pcsim.call("GET", "/v1/customers", tokenA, {}, {{"X-PCSim-Sandbox", "b"}}).status, 401);
    EXPECT_EQ(pcsim.call("GET", "/_sandbox/a/v1/customers", pcsim.appToken()).status, 401);
}

TEST(Sandboxes, FaultsOfOneSandboxStayThere) {
    auto loaded = scenario::loadScenarioText(R"(
pcsim: 1
name: faulty
partner:
  tenantId: 11111111-1111-4111-8111-111111111111
  apps: [{ clientId: 22222222-2222-4222-8222-222222222222, clientSecret: app-secret }]
faults:
  - name: customers-once
    match: { method: GET, path: "/v1/customers" }
    when: { nth: 1 }
    respond: { status: 503 }
)",
                                             "faulty.yaml");
    ASSERT_TRUE(loaded) << loaded.diagnostics.front().toString();
    InProcessApp pcsim({}, loaded.scenario);
    auto tokenA = pcsim.appToken("/_sandbox/a");
    auto tokenB = pcsim.appToken("/_sandbox/b");
    // Each sandbox counts its own requests: the first in each fails, the second passes.
    EXPECT_EQ(pcsim.call("GET", "/_sandbox/a/v1/customers", tokenA).status, 503);
    EXPECT_EQ(pcsim.call("GET", "/_sandbox/a/v1/customers", tokenA).status, 200);
    EXPECT_EQ(pcsim.call("GET", "/_sandbox/b/v1/customers", tokenB).status, 503);
    EXPECT_EQ(pcsim.call("GET", "/_sandbox/b/v1/customers", tokenB).status, 200);
}

TEST(Sandboxes, ClientsThatNameNoSandboxSeeTheDefaultAsBefore) {
    InProcessApp pcsim;
    auto token = pcsim.appToken();
    auto order = pcsim.buy("", token);
    EXPECT_TRUE(order.contains("id"));
    auto health = InProcessApp::json(pcsim.send("GET", "/_pcsim/health"));
    EXPECT_EQ(health["sandbox"], "default");
    EXPECT_EQ(health["scenario"], "e2e");
    EXPECT_EQ(pcsim.app().sandboxes().size(), 1u);
}

}  // namespace
}  // namespace pcsim::testing
