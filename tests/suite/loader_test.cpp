// The suite loader: what a valid file becomes, and every problem of a bad one, each at its place.
#include <gtest/gtest.h>

#include "suite_test_support.hpp"

namespace pcsim::suite_testing {
namespace {

using suite::Check;

const std::string kValid = R"(pcsim-suite: 1
name: purchase
scenario: default.yaml
variables:
  customer: c1000000-0000-4000-8000-000000000001
  path: /v1/customers/${customer}
defaults:
  auth: user
  headers: { X-Locale: en-GB }
tags: [smoke]
cases:
  - name: cart then checkout
    tags: [cart]
    steps:
      - name: create
        request:
          method: POST
          path: ${path}/carts
          body: { lineItems: [ { quantity: 2 } ] }
        expect:
          status: 201
          json:
            $.lineItems[0].quantity: 2
            lineItems: { length: 1, contains: { quantity: 2 } }
        save:
          cartId: $.id
      - request: { method: POST, path: "${path}/carts/${cartId}/checkout", auth: app }
        expect: { status: [200, 201], code: 800009, headers: { Retry-After: { exists: false } } }
      - advance: P7D
      - parallel: { count: 5, request: { method: GET, path: /v1/customers } }
        expect: { succeeded: 5, statuses: { 200: 5 } }
      - purchase: { customer: "${customer}", size: Standard_D4s_v3, region: eastus2, quantity: 2, scope: single }
        expect:
          order: { status: completed }
          reservation: { scopeType: Single }
        save: { orderId: $.orderId }
      - fault: { add: { name: f, match: { method: POST }, respond: { status: 503 } } }
      - fault: { clear: all }
      - vms: { customer: "${customer}", subscription: S, change: { id: web-01, count: 4 } }
      - verify: { request: { method: POST, path: "/v1/customers/*/carts" }, count: 1 }
      - invariants: true
      - coverage: { customer: "${customer}", vm: web-01 }
        expect: { json: { coverage: { atLeast: 0.5 } } }
      - login: { as: user }
  - name: skipped
    skip: not yet
    steps:
      - request: { path: /v1/customers }
)";

TEST(SuiteLoader, ReadsAValidSuite) {
    auto load = loadText(kValid);
    ASSERT_TRUE(load) << problemsOf(load);
    const auto& s = *load.suite;
    EXPECT_EQ(s.name, "purchase");
    EXPECT_EQ(s.scenarioPath, kScenarios + "/default.yaml");
    EXPECT_EQ(s.defaults.auth, suite::Auth::user);
    ASSERT_EQ(s.cases.size(), 2u);
    const auto& c = s.cases[0];
    EXPECT_EQ(c.tags, std::vector<std::string>{"cart"});
    ASSERT_EQ(c.steps.size(), 12u);
    EXPECT_EQ(c.steps[0].name, "create");
    EXPECT_EQ(c.steps[0].place.line, 15);
    const auto& request = std::get<suite::RequestStep>(c.steps[0].action).request;
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.path, "${path}/carts");
    EXPECT_EQ(request.body->value["lineItems"][0]["quantity"], 2);
    ASSERT_TRUE(c.steps[0].expect);
    EXPECT_EQ(c.steps[0].expect->json.size(), 2u);
    EXPECT_EQ(c.steps[0].expect->json[1].assertions.size(), 2u);
    EXPECT_EQ(c.steps[0].expect->json[1].assertions[1].check, Check::contains);
    EXPECT_EQ(c.steps[0].save[0].variable, "cartId");
    EXPECT_EQ(c.steps[1].expect->status->exact, (std::vector<int>{200, 201}));
    EXPECT_EQ(c.steps[1].expect->json[0].path.text(), "$.code");
    EXPECT_EQ(std::get<suite::AdvanceStep>(c.steps[2].action).by, "P7D");
    EXPECT_EQ(std::get<suite::ParallelStep>(c.steps[3].action).statuses.at(200), 5);
    const auto& purchase = std::get<suite::PurchaseStep>(c.steps[4].action);
    EXPECT_EQ(purchase.scope, "single");
    EXPECT_EQ(c.steps[4].expect->json[0].path.text(), "$.order.status");
    EXPECT_EQ(c.steps[4].expect->json[1].path.text(), "$.reservations[0].scopeType");
    EXPECT_EQ(s.cases[1].skip, "not yet");
}

// A flag is a flag however YAML spells it; only text that is no flag is a reason.
TEST(SuiteLoader, SkipTakesAnyFlagOrAReason) {
    auto load = loadText(R"(pcsim-suite: 1
name: skips
cases:
  - { name: yes, skip: yes, steps: [ { invariants: true } ] }
  - { name: off, skip: off, steps: [ { invariants: true } ] }
  - { name: quoted, skip: "yes", steps: [ { invariants: true } ] }
)");
    ASSERT_TRUE(load) << problemsOf(load);
    const auto& cases = load.suite->cases;
    ASSERT_EQ(cases.size(), 3u);
    EXPECT_EQ(cases[0].skip, std::optional<std::string>(""));
    EXPECT_EQ(cases[1].skip, std::nullopt);
    EXPECT_EQ(cases[2].skip, std::optional<std::string>("yes"));
}

TEST(SuiteLoader, UnknownKeysAreRefusedAtEveryDepthAllInOnePass) {
    auto load = loadText(R"(pcsim-suite: 1
name: typos
colour: blue
defaults: { auht: app }
cases:
  - name: one
    tgas: [x]
    steps:
      - request: { path: /v1/customers, methdo: GET }
        expect: { stauts: 200, json: { $.id: { equal: 1 } } }
        svae: { x: $.id }
      - purchase: { customer: c, size: s, region: r, scoep: single }
      - vms: { customer: c, subscription: s, add: { region: r, size: s, colour: red } }
)");
    ASSERT_FALSE(load);
    const std::string problems = problemsOf(load);
    for (const char* expected :
         {"s.yaml:3:1: unknown key 'colour' at the top level", "s.yaml:4:13: unknown key 'auht' in defaults",
          "s.yaml:7:5: unknown key 'tgas' in cases[0]",
          "s.yaml:9:41: unknown key 'methdo' in cases[0].steps[0].request",
          "s.yaml:10:19: unknown key 'stauts' in cases[0].steps[0].expect",
          "s.yaml:10:48: unknown key 'equal' in '$.id'", "s.yaml:11:9: unknown key 'svae' in cases[0].steps[0]",
          "s.yaml:12:54: unknown key 'scoep' in cases[0].steps[1].purchase",
          "s.yaml:13:73: unknown key 'colour' in cases[0].steps[2].vms.add"})
        EXPECT_NE(problems.find(expected), std::string::npos) << "missing: " << expected << "\n" << problems;
    EXPECT_EQ(load.diagnostics.size(), 9u) << problems;
}

// yaml-cpp keeps both entries of a key written twice; the suite must not silently use one of them.
TEST(SuiteLoader, NamesTheFileChoosesAreGivenOnceAndVariablesArePlainWords) {
    auto load = loadText(R"(pcsim-suite: 1
name: twice
variables: { a: 1, a: 2, "a/b": 3 }
cases:
  - name: one
    steps:
      - request: { path: /v1/x, query: { q: 1, q: 2 }, headers: { X-A: 1, X-A: 2 } }
        expect: { json: { $.id: 1, $.id: 2 }, headers: { Retry-After: "2", Retry-After: "3" } }
        save: { x: $.id, x: $.name, "c+d": $.id }
)");
    ASSERT_FALSE(load);
    const std::string problems = problemsOf(load);
    for (const char* expected :
         {"s.yaml:3:20: duplicate key 'a' in variables",
          "s.yaml:3:26: a variable name must be a plain word (letters, digits, _ . -), not 'a/b'",
          "s.yaml:7:48: duplicate key 'q' in query", "s.yaml:7:75: duplicate key 'X-A' in headers",
          "s.yaml:8:36: duplicate key '$.id' in json",
          "s.yaml:8:76: duplicate key 'Retry-After' in cases[0].steps[0].expect.headers",
          "s.yaml:9:26: duplicate key 'x' in save",
          "s.yaml:9:37: a variable name must be a plain word (letters, digits, _ . -), not 'c+d'"})
        EXPECT_NE(problems.find(expected), std::string::npos) << "missing: " << expected << "\n" << problems;
    EXPECT_EQ(load.diagnostics.size(), 8u) << problems;
}

TEST(SuiteLoader, AStepDoesExactlyOneThing) {
    auto load = loadText(R"(pcsim-suite: 1
name: steps
cases:
  - name: one
    steps:
      - name: nothing to do
      - request: { path: /v1/customers }
        advance: P1D
      - 42
)");
    ASSERT_FALSE(load);
    const std::string problems = problemsOf(load);
    EXPECT_NE(problems.find("s.yaml:6:9: a step needs one of: request, purchase, advance"), std::string::npos)
        << problems;
    EXPECT_NE(problems.find("s.yaml:8:18: a step does one thing: 'request' and 'advance' must be two steps"),
              std::string::npos)
        << problems;
    EXPECT_NE(problems.find("s.yaml:9:9: cases[0].steps[2] must be a mapping"), std::string::npos) << problems;
}

TEST(SuiteLoader, AParallelStepThatIsNotAMappingIsOneProblemNotMore) {
    auto load = loadText(R"(pcsim-suite: 1
name: parallel
cases:
  - name: one
    steps:
      - parallel: ten copies
        expect: { succeeded: 5, failed: 5 }
)");
    ASSERT_FALSE(load);
    const std::string problems = problemsOf(load);
    EXPECT_NE(problems.find("must be a mapping"), std::string::npos) << problems;
    EXPECT_EQ(problems.find("at most"), std::string::npos)
        << problems;  // the counts are not judged against a count never given
    EXPECT_EQ(load.diagnostics.size(), 1u) << problems;
}

TEST(SuiteLoader, VariablesMustBeDefinedBeforeUse) {
    auto load = loadText(R"(pcsim-suite: 1
name: variables
variables: { customer: c1 }
cases:
  - name: one
    variables: { carts: "/v1/customers/${customer}/carts" }
    steps:
      - request: { method: POST, path: "${carts}" }
        expect: { json: { $.id: "${cartId}" } }
        save: { cartId: $.id }
      - request: { method: POST, path: "${carts}/${cartId}/checkout", headers: { MS-RequestId: "${uuid}" } }
      - request: { path: "/v1/customers/${custmer}" }
  - name: two
    steps:
      - request: { path: "/x/${cartId}" }
)");
    ASSERT_FALSE(load);
    const std::string problems = problemsOf(load);
    // A step's own saves are not defined in its expect; the next steps have them; other cases do not.
    EXPECT_NE(problems.find("s.yaml:9:33: unknown variable ${cartId}"), std::string::npos) << problems;
    EXPECT_NE(problems.find("s.yaml:12:26: unknown variable ${custmer}; defined here: "), std::string::npos)
        << problems;
    EXPECT_NE(problems.find("s.yaml:15:26: unknown variable ${cartId}"), std::string::npos) << problems;
    EXPECT_EQ(load.diagnostics.size(), 3u) << problems;
}

TEST(SuiteLoader, FaultRulesAreCheckedLikeTheScenariosFaults) {
    auto load = loadText(R"(pcsim-suite: 1
name: faults
cases:
  - name: one
    steps:
      - fault: { add: { name: f, match: { path: "/v1/x*" }, respond: { status: 503, reset: true } } }
      - fault: { add: { respond: { status: 503 } } }
)");
    ASSERT_FALSE(load);
    const std::string problems = problemsOf(load);
    EXPECT_NE(problems.find("s.yaml:6:49: 'path' may use '*'"), std::string::npos) << problems;
    EXPECT_NE(problems.find("s.yaml:6:80: 'reset' drops the connection"), std::string::npos) << problems;
    EXPECT_NE(problems.find("s.yaml:7:23: missing required key 'name' in cases[0].steps[1].fault.add"),
              std::string::npos)
        << problems;
    EXPECT_EQ(problems.find("faults[0]"), std::string::npos) << "messages name the step, not a scenario list\n"
                                                             << problems;
}

TEST(SuiteLoader, FaultRulesWithVariablesAreCheckedAsFarAsTheyCanBe) {
    auto load = loadText(R"(pcsim-suite: 1
name: faults
variables: { checkout: "/v1/customers/*/carts/*/checkout", customer: c1, code: 503 }
cases:
  - name: one
    steps:
      - fault: { add: { name: a, match: { path: "${checkout}" }, respond: { status: "${code}" } } }
      - fault: { add: { name: b, match: { path: "/v1/customers/${customer}/carts" }, respond: { status: 429 } } }
      - fault: { add: { name: c, match: { path: "${checkout}" }, respond: { stauts: 503 } } }
)");
    ASSERT_FALSE(load);
    const std::string problems = problemsOf(load);
    EXPECT_EQ(load.diagnostics.size(), 2u) << problems;  // c: the unknown key, and no status
    EXPECT_NE(problems.find("s.yaml:9:23: unknown key 'stauts' in cases[0].steps[2].fault.add.respond"),
              std::string::npos)
        << problems;
}

TEST(SuiteLoader, ValuesOfTheWrongKind) {
    auto load = loadText(R"(pcsim-suite: 1
name: values
cases:
  - name: one
    steps:
      - request: { method: FETCH, path: v1/customers }
        expect: { status: 2000, json: { "$.[": 1, $.id: { matches: "(" } } }
      - parallel: { count: 1, request: { path: /v1/customers } }
      - purchase: { customer: c, size: s, region: r, scope: everywhere, quantity: lots }
)");
    ASSERT_FALSE(load);
    const std::string problems = problemsOf(load);
    EXPECT_NE(problems.find("s.yaml:6:28: 'method' must be one of: GET"), std::string::npos) << problems;
    EXPECT_NE(problems.find("s.yaml:6:41: 'path' must start with '/'"), std::string::npos) << problems;
    EXPECT_NE(problems.find("s.yaml:7:27: 'status' must be at most 599"), std::string::npos) << problems;
    EXPECT_NE(problems.find("s.yaml:7:41: '$.[' is not a JSON path"), std::string::npos) << problems;
    EXPECT_NE(problems.find("is not a valid regular expression"), std::string::npos) << problems;
    EXPECT_NE(problems.find("s.yaml:8:28: 'count' must be at least 2"), std::string::npos) << problems;
    EXPECT_NE(problems.find("s.yaml:9:61: 'scope' must be one of: shared, single"), std::string::npos) << problems;
    EXPECT_NE(problems.find("s.yaml:9:83: 'quantity' must be an integer"), std::string::npos) << problems;
}

TEST(SuiteLoader, SuiteLevelProblems) {
    auto load = loadText(R"(pcsim-suite: 2
scenario: no-such-file.yaml
cases:
  - name: same
    steps: [ { invariants: true } ]
  - name: same
    steps: []
)");
    ASSERT_FALSE(load);
    const std::string problems = problemsOf(load);
    EXPECT_NE(problems.find("s.yaml:1:14: unsupported suite format version 2"), std::string::npos) << problems;
    EXPECT_NE(problems.find("s.yaml:1:1: missing required key 'name' at the top level"), std::string::npos) << problems;
    EXPECT_NE(problems.find("s.yaml:2:11: no scenario file at"), std::string::npos) << problems;
    EXPECT_NE(problems.find("s.yaml:7:12: a case needs at least one step"), std::string::npos) << problems;
}

TEST(SuiteLoader, DuplicateCaseNamesAreRefused) {
    auto load = loadText(R"(pcsim-suite: 1
name: dup
cases:
  - name: same
    steps: [ { invariants: true } ]
  - name: same
    steps: [ { invariants: true } ]
)");
    ASSERT_FALSE(load);
    EXPECT_NE(problemsOf(load).find("s.yaml:6:11: duplicate case name 'same' (first at line 4)"), std::string::npos)
        << problemsOf(load);
}

TEST(SuiteLoader, YamlSyntaxErrorsHaveAPlace) {
    auto load = loadText("pcsim-suite: 1\nname: [unclosed\n");
    ASSERT_FALSE(load);
    ASSERT_EQ(load.diagnostics.size(), 1u);
    EXPECT_NE(load.diagnostics[0].message.find("YAML syntax error"), std::string::npos);
    EXPECT_GT(load.diagnostics[0].line, 0);
}

TEST(SuiteLoader, ASuiteSaysSoAtItsTop) {
    EXPECT_TRUE(suite::looksLikeSuite("pcsim-suite: 1\nname: x\n"));
    EXPECT_FALSE(suite::looksLikeSuite("pcsim: 1\nname: x\n"));
    EXPECT_FALSE(suite::looksLikeSuite("pcsim: [\n"));
}

}  // namespace
}  // namespace pcsim::suite_testing
