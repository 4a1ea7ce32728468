// The reports of a run: the terminal line and explanation of a failing case, its JUnit <failure>,
// skipped cases, the JSON report, and which cases --tags selects.
#include <gtest/gtest.h>

#include "suite/reports.hpp"
#include "suite/runner.hpp"
#include "suite_test_support.hpp"

namespace pcsim::suite {
namespace {

CaseResult failingCase() {
    CaseResult c;
    c.suite = "error-paths";
    c.suiteFile = "scenarios/suites/errors.yaml";
    c.name = "suspended <subscription>";
    c.place = {12, 5};
    c.verdict = Verdict::failed;
    c.elapsed = std::chrono::microseconds(12'400);
    c.sandbox = "ab12cd34-3-suspended-subscription";
    c.bundle = "pcsim-bundles/error-paths--suspended-subscription.bundle.json";
    StepRecord ok;
    ok.index = 1;
    ok.name = "token";
    ok.kind = "login";
    StepRecord bad;
    bad.index = 2;
    bad.name = "create the cart";
    bad.kind = "request";
    bad.place = {15, 9};
    bad.outcome.request = "POST /v1/customers/c3/carts";
    bad.outcome.requestBody = R"({"lineItems":[]})";
    bad.outcome.status = 201;
    bad.outcome.response = R"(201 {"id":"x","lineItems":[{"error":{"errorCode":10007}}]})";
    bad.outcome.mismatches.push_back(
        {"$.lineItems[0].error.errorCode", "equals 10011", "10007", R"($.lineItems[0].error = {"errorCode":10007})"});
    c.steps = {ok, bad};
    return c;
}

RunResult runOf(std::vector<CaseResult> cases) {
    RunResult run;
    run.server = "http://127.0.0.1:1";
    run.seed = 7;
    SuiteResult suite;
    suite.name = "error-paths";
    suite.file = "scenarios/suites/errors.yaml";
    suite.scenario = "scenarios/default.yaml";
    suite.cases = std::move(cases);
    run.suites.push_back(std::move(suite));
    run.elapsed = std::chrono::microseconds(1'500'000);
    return run;
}

TEST(TerminalReport, AFailingCaseLineAndItsExplanation) {
    CaseResult c = failingCase();
    EXPECT_EQ(caseLine(c), "FAIL  error-paths › suspended <subscription>  (12 ms)");
    const std::string details = failureDetails(c);
    for (const char* expected :
         {"step 2 'create the cart' (request, scenarios/suites/errors.yaml:15:9)",
          "request:  POST /v1/customers/c3/carts", "expected: $.lineItems[0].error.errorCode equals 10011",
          "actual:   10007", "where:    $.lineItems[0].error = {\"errorCode\":10007}", "response: 201 {\"id\":\"x\"",
          "bundle:   pcsim-bundles/error-paths--suspended-subscription.bundle.json"})
        EXPECT_NE(details.find(expected), std::string::npos) << "missing: " << expected << "\n" << details;
    EXPECT_EQ(c.failureHeadline(),
              "step 2 'create the cart': $.lineItems[0].error.errorCode: expected equals 10011, got 10007");
}

TEST(TerminalReport, PassingAndSkippedLinesAndTheSummary) {
    CaseResult passed;
    passed.suite = "s";
    passed.name = "p";
    passed.elapsed = std::chrono::microseconds(2'300'000);
    EXPECT_EQ(caseLine(passed), "PASS  s › p  (2.30 s)");
    EXPECT_EQ(failureDetails(passed), "");
    CaseResult skipped;
    skipped.suite = "s";
    skipped.name = "k";
    skipped.verdict = Verdict::skipped;
    skipped.skipReason = "bug 12";
    EXPECT_EQ(caseLine(skipped), "SKIP  s › k — bug 12");
    RunResult run = runOf({failingCase(), passed, skipped});
    run.notSelected = 4;
    EXPECT_EQ(summaryLine(run), "1 passed, 1 failed, 1 skipped, 4 not selected by --tags (1.50 s)");
}

TEST(JunitReport, OneTestcasePerCaseWithTheFailureSpelledOut) {
    CaseResult passed;
    passed.suite = "error-paths";
    passed.name = "unknown customer";
    CaseResult skipped;
    skipped.suite = "error-paths";
    skipped.name = "later";
    skipped.verdict = Verdict::skipped;
    skipped.skipReason = "needs the journal";
    const std::string xml = junitXml(runOf({failingCase(), passed, skipped}));
    for (const char* expected :
         {"<testsuites name=\"pcsim run\" tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"1\"",
          "<testsuite name=\"error-paths\" tests=\"3\" failures=\"1\"", "<property name=\"seed\" value=\"7\"/>",
          "<testcase name=\"suspended &lt;subscription&gt;\" classname=\"error-paths\" time=\"0.012\"",
          "<failure message=\"step 2 &apos;create the cart&apos;: $.lineItems[0].error.errorCode: expected equals "
          "10011, got 10007\" type=\"request\"><![CDATA[step 2 'create the cart'",
          "request:  POST /v1/customers/c3/carts", "expected: $.lineItems[0].error.errorCode equals 10011\n",
          "response: 201 {\"id\":\"x\"", "<testcase name=\"unknown customer\" classname=\"error-paths\" time=\"0.000\"",
          "<skipped message=\"needs the journal\"/>"})
        EXPECT_NE(xml.find(expected), std::string::npos) << "missing: " << expected << "\n" << xml;
}

TEST(JsonReport, CountsCasesAndKeepsTheFailingStep) {
    auto report = jsonReport(runOf({failingCase()}));
    EXPECT_EQ(report["pcsimReport"], 1);
    EXPECT_EQ(report["failed"], 1);
    EXPECT_EQ(report["seed"], 7);
    const auto& c = report["suites"][0]["cases"][0];
    EXPECT_EQ(c["status"], "failed");
    EXPECT_EQ(c["bundle"], "pcsim-bundles/error-paths--suspended-subscription.bundle.json");
    EXPECT_EQ(c["steps"].size(), 2u);
    EXPECT_EQ(c["steps"][1]["mismatches"][0]["actual"], "10007");
    EXPECT_FALSE(c["steps"][0].contains("mismatches"));
}

// The report's bytes, every optional part present once: tools diff reports across runs, so the
// names, their (sorted) order and the numbers are pinned here.
TEST(JsonReport, BytesOfEveryShape) {
    CaseResult failed = failingCase();
    failed.description = "a suspended subscription cannot buy";
    failed.tags = {"errors"};
    failed.bundle.clear();
    failed.bundleProblem = "disk full";
    failed.steps[1].outcome.error = "no answer";
    CaseResult skipped;
    skipped.name = "later";
    skipped.verdict = Verdict::skipped;
    skipped.skipReason = "needs the journal";
    RunResult run = runOf({failingCase(), failed, skipped});
    run.notSelected = 2;
    EXPECT_EQ(jsonReport(run).dump(),
              R"({"durationMs":1500.0,"failed":2,"notSelected":2,"passed":0,"pcsimReport":1,"seed":7,"server":"http:/)"
              R"(/127.0.0.1:1","skipped":1,"suites":[{"cases":[{"bundle":"pcsim-bundles/error-paths--suspended-subscr)"
              R"(iption.bundle.json","durationMs":12.4,"failure":"step 2 'create the cart': $.lineItems[0].error.erro)"
              R"(rCode: expected equals 10011, got 10007","line":12,"name":"suspended <subscription>","sandbox":"ab12)"
              R"(cd34-3-suspended-subscription","status":"failed","steps":[{"durationMs":0.0,"index":1,"kind":"login")"
              R"(,"line":0,"name":"token","passed":true,"request":""},{"durationMs":0.0,"index":2,"kind":"request","l)"
              R"(ine":15,"mismatches":[{"actual":"10007","context":"$.lineItems[0].error = {\"errorCode\":10007}","ex)"
              R"(pected":"equals 10011","subject":"$.lineItems[0].error.errorCode"}],"name":"create the cart","passed)"
              R"(":false,"request":"POST /v1/customers/c3/carts","requestBody":"{\"lineItems\":[]}","response":"201 {)"
              R"(\"id\":\"x\",\"lineItems\":[{\"error\":{\"errorCode\":10007}}]}","status":201}],"tags":[]},{"bundleP)"
              R"(roblem":"disk full","description":"a suspended subscription cannot buy","durationMs":12.4,"failure":)"
              R"("step 2 'create the cart': no answer","line":12,"name":"suspended <subscription>","sandbox":"ab12cd3)"
              R"(4-3-suspended-subscription","status":"failed","steps":[{"durationMs":0.0,"index":1,"kind":"login","l)"
              R"(ine":0,"name":"token","passed":true,"request":""},{"durationMs":0.0,"error":"no answer","index":2,"k)"
              R"(ind":"request","line":15,"mismatches":[{"actual":"10007","context":"$.lineItems[0].error = {\"errorC)"
              R"(ode\":10007}","expected":"equals 10011","subject":"$.lineItems[0].error.errorCode"}],"name":"create )"
              R"(the cart","passed":false,"request":"POST /v1/customers/c3/carts","requestBody":"{\"lineItems\":[]}",)"
              R"("response":"201 {\"id\":\"x\",\"lineItems\":[{\"error\":{\"errorCode\":10007}}]}","status":201}],"ta)"
              R"(gs":["errors"]},{"durationMs":0.0,"line":0,"name":"later","skipReason":"needs the journal","status":)"
              R"("skipped","tags":[]}],"file":"scenarios/suites/errors.yaml","name":"error-paths","scenario":"scenari)"
              R"(os/default.yaml"}]})");
    run.seed.reset();
    run.suites.clear();
    EXPECT_EQ(jsonReport(run).dump(),
              R"({"durationMs":1500.0,"failed":0,"notSelected":2,"passed":0,"pcsimReport":1,"seed":null,"server":"htt)"
              R"(p://127.0.0.1:1","skipped":0,"suites":[]})");
}

TEST(TagSelection, AnyListedTagSelectsAndBangTagsLeaveOut) {
    Suite s;
    s.tags = {"checkout"};
    Case smoke;
    smoke.tags = {"smoke"};
    Case slow;
    slow.tags = {"smoke", "slow"};
    Case plain;
    EXPECT_TRUE(isSelected(s, plain, {}));
    EXPECT_TRUE(isSelected(s, smoke, {"smoke"}));
    EXPECT_FALSE(isSelected(s, plain, {"smoke"}));
    EXPECT_TRUE(isSelected(s, plain, {"checkout"}));  // the suite's tags are every case's
    EXPECT_FALSE(isSelected(s, slow, {"smoke", "!slow"}));
    EXPECT_TRUE(isSelected(s, smoke, {"!slow"}));
}

TEST(Slug, NamesForSandboxesAndFiles) {
    EXPECT_EQ(slug("Purchase flow: shared scope!"), "purchase-flow-shared-scope");
    EXPECT_EQ(slug("***"), "case");
    EXPECT_EQ(slug(std::string(100, 'a')).size(), 40u);
}

}  // namespace
}  // namespace pcsim::suite
