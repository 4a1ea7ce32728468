// Suites run against a real pcsim on port 0: each case in its own sandbox, steps of every kind,
// failures with their bundle, parallel steps counted, skipped and unselected cases.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "suite/runner.hpp"
#include "suite_test_support.hpp"
#include "support/raw_http.hpp"
#include "support/test_server.hpp"

namespace pcsim::suite_testing {
namespace {

using suite::Verdict;

class SuiteRunner : public ::testing::Test {
protected:
    static void SetUpTestSuite() { server_ = std::make_unique<testing::TestServer>(kScenarios + "/default.yaml"); }
    static void TearDownTestSuite() { server_.reset(); }

    // Runs the suite text against the test server (whose scenario it shares).
    suite::RunResult run(const std::string& text, std::vector<std::string> tags = {}, int jobs = 2) {
        auto load = loadText(text);
        EXPECT_TRUE(load) << problemsOf(load);
        if (!load) {
            suite::RunResult nothing;
            nothing.suites.emplace_back();  // so that the test's own checks fail, not crash
            return nothing;
        }
        suite::PlannedSuite planned;
        planned.suite = std::move(*load.suite);
        planned.scenario = *suite::readScenarioFactsFile(kScenarios + "/default.yaml").facts;
        suite::RunOptions options;
        options.serverUrl = server_->url("");
        options.jobs = jobs;
        options.tags = std::move(tags);
        options.bundleDir = ::testing::TempDir() + "bundles";
        return suite::runSuites({planned}, options);
    }

    static const suite::CaseResult& only(const suite::RunResult& result) { return result.suites.at(0).cases.at(0); }

    static inline std::unique_ptr<testing::TestServer> server_;
};

const std::string kHeader = R"(pcsim-suite: 1
name: runner
variables:
  customer: c1000000-0000-4000-8000-000000000001
  subscription: A1000000-0000-4000-8000-000000000001
  carts: /v1/customers/${customer}/carts
  line:
    catalogItemId: DZH318Z0BQ3Q:00G1:DZH318XZXK7M
    quantity: 2
    billingCycle: one_time
    termDuration: P1Y
    provisioningContext: { subscriptionId: "${subscription}", scope: shared }
cases:
)";

TEST_F(SuiteRunner, RequestsSaveAndCheckWhatTheServerAnswers) {
    auto result = run(kHeader + R"(
  - name: cart and checkout
    steps:
      - request: { method: POST, path: "${carts}", body: { lineItems: [ "${line}" ] } }
        expect:
          status: 201
          json:
            $.lineItems[0].quantity: 2
            $.lineItems[0].error: { absent: true }
            $.status: { matches: "^Active$" }
        save: { cartId: $.id }
      - request: { method: POST, path: "${carts}/${cartId}/checkout" }
        expect: { status: 201, json: { $.orders: { length: 1 } } }
        save: { orderId: "$.orders[0].id" }
      - request: { path: "/v1/customers/${customer}/orders" }
        expect: { json: { "$.items[*].id": { contains: "${orderId}" }, $.totalCount: 1 } }
)");
    const auto& c = only(result);
    EXPECT_EQ(c.verdict, Verdict::passed) << c.failureHeadline();
    EXPECT_EQ(c.steps.size(), 3u);
}

// ARM routes take only ARM's audience: the runner mints a token for it when a step's path is one.
TEST_F(SuiteRunner, ArmStepsAndPartnerCenterStepsEachGetATokenForTheirOwnAudience) {
    auto result = run(kHeader + R"(
  - name: both surfaces
    steps:
      - request: { path: "/v1/customers/${customer}" }
        expect: { status: 200 }
      - request:
          path: /providers/Microsoft.Capacity/reservationOrders/00000000-0000-4000-8000-000000000000
          query: { api-version: "2022-11-01" }
        expect: { status: 404, json: { $.error.code: ReservationOrderNotFound } }
      - request: { path: "/v1/customers/${customer}", auth: user }
        expect: { status: 200 }
      - request:
          path: /PROVIDERS/Microsoft.Capacity/reservationOrders/00000000-0000-4000-8000-000000000000
          query: { api-version: "2022-11-01" }
          auth: user
        expect: { status: 404 }
)");
    const auto& c = only(result);
    EXPECT_EQ(c.verdict, Verdict::passed) << c.failureHeadline();
}

TEST_F(SuiteRunner, AFailingStepStopsTheCaseExplainsItAndExportsTheBundle) {
    auto result = run(kHeader + R"(
  - name: wrong expectation
    steps:
      - request: { path: "/v1/customers/00000000-0000-4000-8000-000000000000" }
        expect: { status: 200 }
      - request: { path: /v1/customers }
)");
    const auto& c = only(result);
    ASSERT_EQ(c.verdict, Verdict::failed);
    EXPECT_EQ(c.steps.size(), 1u);  // the second step never ran
    EXPECT_EQ(c.failureHeadline(),
              "step 1 'request GET /v1/customers/00000000-0000-4000-8000-000000000000': status: expected 200, got 404");
    EXPECT_NE(c.steps[0].outcome.response.find("60003"), std::string::npos) << c.steps[0].outcome.response;
    ASSERT_FALSE(c.bundle.empty()) << c.bundleProblem;
    EXPECT_TRUE(std::filesystem::exists(c.bundle));
    EXPECT_NE(c.bundle.find("runner--wrong-expectation.bundle.json"), std::string::npos);
}

TEST_F(SuiteRunner, AFailingCasesBundleReplaysItsStateOnAnotherServer) {
    auto result = run(kHeader + R"(
  - name: cart read back
    steps:
      - request: { method: POST, path: "${carts}", body: { lineItems: [ "${line}" ] } }
        save: { cartId: $.id }
      - request: { path: "${carts}/${cartId}" }
        expect: { json: { $.status: Ordered } }
)");
    const auto& c = only(result);
    ASSERT_EQ(c.verdict, Verdict::failed);
    ASSERT_FALSE(c.bundle.empty()) << c.bundleProblem;
    std::ifstream in(c.bundle);
    const std::string bundle((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());

    testing::TestServer elsewhere(kScenarios + "/default.yaml");
    testing::RawHttp http;
    auto imported = http.send("POST", elsewhere.url("/_sandbox/replay/_pcsim/bundle"), bundle,
                              {{"Content-Type", "application/json"}});
    ASSERT_EQ(imported.status, 200) << imported.body;
    // The cart the case created is there, as the failing step read it ("GET /v1/customers/.../carts/ID").
    const std::string& request = c.steps.back().outcome.request;
    const std::string id = request.substr(request.rfind('/') + 1);
    auto token = http.send(
        "POST", elsewhere.url("/_sandbox/replay/7c1e2d3f-0000-4000-8000-000000000001/oauth2/token"),
        "grant_type=client_credentials&client_id=0a0a0a0a-0000-4000-8000-00000000000a&client_secret=dev-secret-1",
        {{"Content-Type", "application/x-www-form-urlencoded"}});
    auto cart = http.send("GET", elsewhere.url("/_sandbox/replay/v1/customers/" + kCustomer + "/carts/" + id), {},
                          {{"Authorization", "Bearer " + token.json()["access_token"].get<std::string>()}});
    EXPECT_EQ(cart.status, 200);
    EXPECT_EQ(c.steps.back().outcome.response.rfind("200 " + cart.body.substr(0, 600), 0), 0u)
        << "here:  " << cart.body << "\nthere: " << c.steps.back().outcome.response;
}

TEST_F(SuiteRunner, EveryCaseHasItsOwnSandboxDeletedAfterwards) {
    // Both cases buy; each sees only its own order.
    std::string buyAndCount = R"(
    steps:
      - request: { method: POST, path: "${carts}", body: { lineItems: [ "${line}" ] } }
        save: { cartId: $.id }
      - request: { method: POST, path: "${carts}/${cartId}/checkout" }
      - request: { path: "/v1/customers/${customer}/orders" }
        expect: { json: { $.totalCount: 1 } }
      - request: { path: "/_pcsim/health" }
        expect: { json: { $.sandbox: "${sandbox}" } }
)";
    auto result = run(kHeader + "  - name: first" + buyAndCount + "  - name: second" + buyAndCount, {}, 2);
    const auto& cases = result.suites.at(0).cases;
    ASSERT_EQ(cases.size(), 2u);
    for (const auto& c : cases) EXPECT_EQ(c.verdict, Verdict::passed) << c.name << ": " << c.failureHeadline();
    EXPECT_NE(cases[0].sandbox, cases[1].sandbox);
    testing::RawHttp http;
    auto sandboxes = http.send("GET", server_->url("/_pcsim/sandboxes"));
    ASSERT_EQ(sandboxes.status, 200) << sandboxes.body;
    const nlohmann::json listed = sandboxes.json();
    ASSERT_TRUE(listed["items"].is_array()) << sandboxes.body;
    for (const auto& item : listed["items"])
        for (const auto& c : cases) EXPECT_NE(item["name"], c.sandbox);
}

TEST_F(SuiteRunner, ParallelStepsCountSuccessesStatusesAndOrders) {
    const std::string prepare = R"(
      - request: { method: POST, path: "${carts}", body: { lineItems: [ "${line}" ] } }
        save: { cartId: $.id }
      - parallel:
          count: 8
          request: { method: POST, path: "${carts}/${cartId}/checkout" }
)";
    auto passing = run(kHeader + "  - name: exactly once\n    steps:" + prepare +
                       "        expect: { succeeded: 8, failed: 0, orders: 1, statuses: { 201: 8 } }\n");
    EXPECT_EQ(only(passing).verdict, Verdict::passed) << only(passing).failureHeadline();

    auto failing =
        run(kHeader + "  - name: two orders\n    steps:" + prepare + "        expect: { orders: 2, failed: 3 }\n");
    const auto& c = only(failing);
    ASSERT_EQ(c.verdict, Verdict::failed);
    const auto& mismatches = c.steps.back().outcome.mismatches;
    ASSERT_EQ(mismatches.size(), 2u);
    EXPECT_EQ(mismatches[0].subject, "failed");
    EXPECT_EQ(mismatches[0].actual, "0");
    EXPECT_EQ(mismatches[1].subject, "distinct orders");
    EXPECT_EQ(mismatches[1].expected, "2");
    EXPECT_EQ(mismatches[1].actual, "1");
}

TEST_F(SuiteRunner, PurchaseStepsBuyThroughTheClientLibrary) {
    auto result = run(kHeader + R"(
  - name: buy single
    steps:
      - purchase: { customer: "${customer}", subscription: "${subscription}", size: Standard_D4s_v3,
                    region: eastus2, quantity: 2, scope: single }
        expect:
          order: { status: completed, lineItems.0.quantity: 2 }
          reservation: { scopeType: Single, quantity: 2 }
        save: { orderId: $.orderId }
      - request: { path: "/v1/customers/${customer}/orders/${orderId}" }
  - name: buy for a suspended subscription
    steps:
      - purchase: { customer: c3000000-0000-4000-8000-000000000003, size: Standard_D4s_v3, region: eastus2 }
        expect:
          error: { step: { matches: "subscription" } }
)");
    ASSERT_EQ(result.suites.at(0).cases.size(), 2u);
    for (const auto& c : result.suites.at(0).cases)
        EXPECT_EQ(c.verdict, Verdict::passed) << c.name << ": " << c.failureHeadline();
}

TEST_F(SuiteRunner, FaultsAreInjectedAndThePurchaseRetries) {
    auto result = run(kHeader + R"(
  - name: checkout fails once
    steps:
      - fault:
          add: { name: checkout-503, match: { method: POST, path: "/v1/customers/*/carts/*/checkout" },
                 when: { nth: [1] }, respond: { status: 503 } }
      - purchase: { customer: "${customer}", size: Standard_D2s_v3, region: eastus2 }
        expect: { json: { $.retries: 1, $.status: completed } }
      - verify: { request: { method: POST, path: "/v1/customers/*/carts/*/checkout", status: 503 }, count: 1 }
      - verify: { request: { fault: checkout-503, since: "2000-01-01T00:00:00Z" }, count: 1 }
      - verify: { request: { fault: checkout-503, until: "2000-01-01T00:00:00Z" }, count: 0 }
      - fault: { clear: checkout-503 }
      - invariants: true
)");
    EXPECT_EQ(only(result).verdict, Verdict::passed) << only(result).failureHeadline();
}

TEST_F(SuiteRunner, TokensAreBuiltInAndAuthCanBeLeftOut) {
    auto result = run(kHeader + R"(
  - name: tokens
    steps:
      - request: { path: /v1/customers, auth: none }
        expect: { status: 401, code: 800001 }
      - request: { path: "/v1/customers/${customer}/entitlements" }
        expect: { status: 403, code: 2032 }
      - request: { path: "/v1/customers/${customer}/entitlements", auth: user }
      - request: { path: /v1/customers, headers: { Authorization: "Bearer ${userToken}" } }
      - login: { clientSecret: wrong }
        expect: { status: 401, json: { $.error: invalid_client } }
)");
    EXPECT_EQ(only(result).verdict, Verdict::passed) << only(result).failureHeadline();
}

TEST_F(SuiteRunner, SkippedAndUnselectedCasesDoNotRun) {
    auto result = run(kHeader + R"(
  - name: skipped
    skip: waiting for a fix
    steps: [ { request: { path: /nowhere } } ]
  - name: smoke
    tags: [smoke]
    steps: [ { request: { path: /v1/customers } } ]
  - name: other
    tags: [slow]
    steps: [ { request: { path: /nowhere } } ]
)",
                      {"smoke"});
    ASSERT_EQ(result.suites.at(0).cases.size(), 1u);  // "skipped" has no smoke tag either
    EXPECT_EQ(result.notSelected, 2);
    EXPECT_EQ(result.suites.at(0).cases[0].verdict, Verdict::passed);

    auto all = run(kHeader + R"(
  - name: skipped
    skip: true
    steps: [ { request: { path: /nowhere } } ]
)");
    EXPECT_EQ(only(all).verdict, Verdict::skipped);
    EXPECT_TRUE(only(all).steps.empty());
}

}  // namespace
}  // namespace pcsim::suite_testing
