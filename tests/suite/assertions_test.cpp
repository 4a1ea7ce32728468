// Every assertion kind, passing and failing, and a whole `expect:` judged against an answer.
#include <gtest/gtest.h>

#include "suite/assertions.hpp"
#include "suite_test_support.hpp"

namespace pcsim::suite {
namespace {

const nlohmann::json kCart = nlohmann::json::parse(R"({
  "id": "cart-1", "status": "Active", "code": 800002,
  "lineItems": [{"id": 0, "quantity": 2, "error": {"errorCode": 10007}}, {"id": 1, "quantity": 1}],
  "price": 0.30000000000000004, "note": null
})");

std::optional<nlohmann::json> none(const std::string&) { return std::nullopt; }

Assertion make(Check check, nlohmann::json expected) {
    Assertion a;
    a.check = check;
    a.expected.value = std::move(expected);
    return a;
}

std::optional<Mismatch> check(const std::string& path, Check kind, nlohmann::json expected) {
    auto found = JsonPath::parse(path)->find(kCart);
    return judge(make(kind, std::move(expected)), path, found, none);
}

TEST(Assertion, EqualsComparesJsonValues) {
    EXPECT_FALSE(check("$.lineItems[0].error.errorCode", Check::equals, 10007));
    EXPECT_FALSE(check("$.price", Check::equals, 0.3));  // numbers by value, not by last digit
    EXPECT_FALSE(check("$.lineItems[1]", Check::equals, {{"quantity", 1}, {"id", 0.0 + 1}}));
    auto failed = check("$.lineItems[0].error.errorCode", Check::equals, 10011);
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed->expected, "equals 10011");
    EXPECT_EQ(failed->actual, "10007");
}

TEST(Assertion, EqualsSaysWhenOnlyTheTypeDiffers) {
    auto failed = check("$.code", Check::equals, "800002");
    ASSERT_TRUE(failed);
    EXPECT_NE(failed->actual.find("a number, not a string"), std::string::npos) << failed->actual;
}

TEST(Assertion, MatchesSearchesWithARegularExpression) {
    EXPECT_FALSE(check("$.status", Check::matches, "^Act"));
    EXPECT_FALSE(check("$.code", Check::matches, "^8000"));  // non-strings by their JSON text
    auto failed = check("$.status", Check::matches, "^Ordered$");
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed->expected, "matches /^Ordered$/");
    EXPECT_EQ(failed->actual, "\"Active\"");
}

TEST(Assertion, ExistsAndAbsentTreatNullAsAbsent) {
    EXPECT_FALSE(check("$.id", Check::exists, true));
    EXPECT_FALSE(check("$.missing", Check::exists, false));
    EXPECT_FALSE(check("$.note", Check::exists, false));
    auto failed = check("$.lineItems[1].error", Check::exists, true);
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed->expected, "exists");
    EXPECT_EQ(failed->actual, "nothing (no such path)");
    auto present = check("$.lineItems[0].error", Check::exists, false);
    ASSERT_TRUE(present);
    EXPECT_EQ(present->expected, "is absent");
}

TEST(Assertion, LengthOfArraysObjectsAndStrings) {
    EXPECT_FALSE(check("$.lineItems", Check::length, 2));
    EXPECT_FALSE(check("$.lineItems[0].error", Check::length, 1));
    EXPECT_FALSE(check("$.status", Check::length, 6));
    auto failed = check("$.lineItems", Check::length, 3);
    ASSERT_TRUE(failed);
    EXPECT_NE(failed->actual.find("length 2"), std::string::npos);
    EXPECT_TRUE(check("$.code", Check::length, 1));  // a number has none
}

TEST(Assertion, ContainsAnElementASubsetOrASubstring) {
    EXPECT_FALSE(check("$.lineItems", Check::contains, {{"quantity", 1}}));
    EXPECT_FALSE(check("$.lineItems[*].id", Check::contains, 1));
    EXPECT_FALSE(check("$.lineItems[0]", Check::contains, {{"error", {{"errorCode", 10007}}}}));
    EXPECT_FALSE(check("$.status", Check::contains, "ctiv"));
    EXPECT_TRUE(check("$.lineItems", Check::contains, {{"quantity", 5}}));
    EXPECT_TRUE(check("$.status", Check::contains, "Ordered"));
}

TEST(Assertion, AtLeastAndAtMostCompareNumbers) {
    EXPECT_FALSE(check("$.lineItems[0].quantity", Check::atLeast, 2));
    EXPECT_FALSE(check("$.lineItems[0].quantity", Check::atMost, 2));
    EXPECT_TRUE(check("$.lineItems[0].quantity", Check::atLeast, 3));
    EXPECT_TRUE(check("$.lineItems[0].quantity", Check::atMost, 1));
    EXPECT_TRUE(check("$.status", Check::atLeast, 1));
}

TEST(Assertion, ExpectedValuesMayHoldVariables) {
    Assertion a;
    a.check = Check::equals;
    a.expected.value = "${cart}";
    a.expected.slots = {{nlohmann::json::json_pointer(""), "${cart}", false}};
    auto lookup = [](const std::string& name) -> std::optional<nlohmann::json> {
        if (name == "cart") return "cart-1";
        return std::nullopt;
    };
    EXPECT_FALSE(judge(a, "$.id", kCart["id"], lookup));
    EXPECT_TRUE(judge(a, "$.status", kCart["status"], lookup));
}

TEST(JudgeAnswer, StatusDefaultsToAny2xx) {
    HttpAnswer answer;
    answer.status = 204;
    EXPECT_TRUE(judgeAnswer({}, answer, std::nullopt, none).empty());
    answer.status = 400;
    auto mismatches = judgeAnswer({}, answer, std::nullopt, none);
    ASSERT_EQ(mismatches.size(), 1u);
    EXPECT_EQ(mismatches[0].subject, "status");
    EXPECT_EQ(mismatches[0].expected, "2xx");
    EXPECT_EQ(mismatches[0].actual, "400");
}

TEST(JudgeAnswer, ReportsEveryMismatchAtOnce) {
    Expectation expect;
    expect.status = StatusExpectation{{201}, {}};
    expect.json.push_back({*JsonPath::parse("$.code"), {make(Check::equals, 800009)}});
    expect.headers.push_back({"retry-after", {make(Check::equals, 2)}});
    HttpAnswer answer;
    answer.status = 400;
    answer.headers["retry-after"] = "5";
    auto mismatches = judgeAnswer(expect, answer, kCart, none);
    ASSERT_EQ(mismatches.size(), 3u);
    EXPECT_EQ(mismatches[0].actual, "400");
    EXPECT_EQ(mismatches[1].actual, "800002");
    EXPECT_EQ(mismatches[2].subject, "header retry-after");
}

TEST(JudgeDocument, AFailureShowsWhereItsPathLeads) {
    std::vector<PathAssertions> checks = {
        {*JsonPath::parse("$.lineItems[0].error.errorCode"), {make(Check::equals, 10011)}},
        {*JsonPath::parse("$.lineItems[1].error.errorCode"), {make(Check::exists, true)}},
        {*JsonPath::parse("$.status"), {make(Check::equals, "Ordered")}}};
    auto mismatches = judgeDocument(checks, kCart, none);
    ASSERT_EQ(mismatches.size(), 3u);
    EXPECT_EQ(mismatches[0].context, R"($.lineItems[0].error = {"errorCode":10007})");
    EXPECT_EQ(mismatches[1].context, R"($.lineItems[1] = {"id":1,"quantity":1})");  // the deepest part that exists
    EXPECT_EQ(mismatches[2].context, "");  // a top-level member: the answer itself is shown anyway
}

// Headers are text: the loader keeps expected header values as text, so `2` and "2" mean the same
// to every check, and the bounds read a numeric header as its number.
TEST(JudgeAnswer, HeadersCompareAsTextWhateverTheCheck) {
    auto load = suite_testing::loadText(R"(pcsim-suite: 1
name: headers
cases:
  - name: one
    steps:
      - request: { path: /v1/customers }
        expect:
          headers: { Retry-After: 2, X-Count: { contains: 2, atLeast: 1, atMost: 30 }, X-Flag: true }
)");
    ASSERT_TRUE(load) << suite_testing::problemsOf(load);
    const Expectation& expect = *load.suite->cases[0].steps[0].expect;
    HttpAnswer answer;
    answer.status = 200;
    answer.headers = {{"retry-after", "2"}, {"x-count", "25"}, {"x-flag", "true"}};
    auto mismatches = judgeAnswer(expect, answer, std::nullopt, none);
    EXPECT_TRUE(mismatches.empty()) << mismatches.front().subject << ": " << mismatches.front().expected;

    answer.headers["x-count"] = "31";  // no 2 in it, and above 30
    mismatches = judgeAnswer(expect, answer, std::nullopt, none);
    ASSERT_EQ(mismatches.size(), 2u);
    EXPECT_EQ(mismatches[0].expected, "contains \"2\"");
    EXPECT_EQ(mismatches[1].expected, "is at most 30");
}

TEST(JudgeAnswer, JsonAssertionsOnABodyThatIsNotJson) {
    Expectation expect;
    expect.json.push_back({*JsonPath::parse("$.id"), {make(Check::exists, true)}});
    HttpAnswer answer;
    answer.status = 200;
    answer.body = "<html>";
    auto mismatches = judgeAnswer(expect, answer, parseBody(answer.body), none);
    ASSERT_EQ(mismatches.size(), 1u);
    EXPECT_NE(mismatches[0].actual.find("not JSON"), std::string::npos);
}

}  // namespace
}  // namespace pcsim::suite
