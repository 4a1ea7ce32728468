// The small parts of the HTTP layer, each on its own.
#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "http/body.hpp"
#include "http/operation_log.hpp"
#include "http/replay.hpp"
#include "http/request_match.hpp"
#include "http/router.hpp"
#include "http/throttle.hpp"
#include "http/tokens.hpp"
#include "http/wire/recorded_operation.hpp"

namespace pcsim::http {
namespace {

sim::Timestamp at(int seconds) { return sim::Timestamp{std::chrono::seconds(1'700'000'000 + seconds)}; }

TEST(OperationLog, RecordsOnlyTheRequestIdOfTheHeaders) {
    auto request = makeRequest("POST", "/v1/customers/c/carts", "{}",
                               {{"MS-RequestId", "r-1"},
                                {"Content-Type", "application/json"},
                                {"X-Locale", "fr-FR"},
                                {"Authorization", "Bearer t"}});
    auto recorded = nlohmann::ordered_json(recordedOperation(request, {}, at(0)));
    EXPECT_EQ(recorded["headers"], nlohmann::ordered_json({{"ms-requestid", "r-1"}}));
    auto replayed = requestOf(partnercenter::models::parse<RecordedOperation>(nlohmann::json::parse(recorded.dump())));
    EXPECT_EQ(replayed.header("ms-requestid"), "r-1");
    EXPECT_EQ(replayed.body, "{}");
}

TEST(Router, MatchesLiteralSegmentsCaseInsensitivelyAndCapturesParameters) {
    Router router;
    router.add("POST", "/v1/extensions/product/checkinventory", Access::app, nullptr);
    router.add("GET", "/v1/customers/{customerId}/carts/{cartId}", Access::app, nullptr);
    auto m = router.match("GET", "/V1/Customers/abc/CARTS/x-1");
    ASSERT_NE(m.route, nullptr);
    EXPECT_EQ(m.params.at("customerId"), "abc");
    EXPECT_EQ(m.params.at("cartId"), "x-1");
    EXPECT_NE(router.match("POST", "/v1/extensions/product/checkInventory").route, nullptr);
}

TEST(Router, KnowsAPathThatExistsUnderAnotherMethod) {
    Router router;
    router.add("GET", "/v1/customers", Access::app, nullptr);
    auto wrongMethod = router.match("DELETE", "/v1/customers");
    EXPECT_EQ(wrongMethod.route, nullptr);
    EXPECT_TRUE(wrongMethod.pathExists);
    EXPECT_FALSE(router.match("GET", "/v1/nothing").pathExists);
}

TEST(RequestMatch, StarIsOneSegmentAndDoubleStarAnyNumber) {
    EXPECT_TRUE(pathMatches("/v1/customers/*/carts/*/checkout", "/v1/customers/a/carts/b/checkout"));
    EXPECT_FALSE(pathMatches("/v1/customers/*/checkout", "/v1/customers/a/carts/b/checkout"));
    EXPECT_TRUE(pathMatches("/v1/customers/**", "/v1/customers"));
    EXPECT_TRUE(pathMatches("/v1/customers/**", "/v1/customers/a/orders/b"));
    EXPECT_TRUE(pathMatches("/V1/CUSTOMERS/*", "/v1/customers/a"));
    EXPECT_FALSE(requestMatches({"POST", "/v1/customers"}, "GET", "/v1/customers"));
    EXPECT_TRUE(requestMatches({"", ""}, "PATCH", "/anything"));
}

TEST(ReplayCache, ARepeatedIdReplaysWithoutActingAgain) {
    ReplayCache cache;
    int executions = 0;
    auto act = [&] {
        HttpResponse r;
        r.status = 201;
        r.body = std::to_string(++executions);
        return r;
    };
    EXPECT_EQ(cache.run("id-1", "POST /x", at(0), act).body, "1");
    EXPECT_EQ(cache.run("id-1", "POST /x", at(60), act).body, "1");
    EXPECT_EQ(executions, 1);
    EXPECT_EQ(cache.run("id-1", "POST /other", at(60), act).body, "2") << "another operation is not a repeat";
    EXPECT_EQ(cache.run("id-1", "POST /x", at(301), act).body, "3") << "the window is 5 minutes";
}

TEST(ReplayCache, ServerErrorsAreNotKeptSoARetryActsAgain) {
    ReplayCache cache;
    int executions = 0;
    auto failingOnce = [&] {
        HttpResponse r;
        r.status = ++executions == 1 ? 503 : 201;
        return r;
    };
    EXPECT_EQ(cache.run("id", "POST /x", at(0), failingOnce).status, 503);
    EXPECT_EQ(cache.run("id", "POST /x", at(1), failingOnce).status, 201);
    EXPECT_EQ(cache.run("id", "POST /x", at(2), failingOnce).status, 201);
    EXPECT_EQ(executions, 2);
}

TEST(ReplayCache, ConcurrentRepeatsActOnce) {
    ReplayCache cache;
    std::atomic<int> executions{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i)
        threads.emplace_back([&] {
            cache.run("same", "POST /x", at(0), [&] {
                ++executions;
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                return HttpResponse{};
            });
        });
    for (auto& t : threads) t.join();
    EXPECT_EQ(executions.load(), 1);
}

TEST(Throttler, RefusesPastTheLimitUntilTheWindowSlides) {
    sim::Throttling config;
    config.enabled = true;
    config.rules.push_back({{"", "/v1/customers/**"}, 2, 60});
    Throttler throttler(config);
    EXPECT_FALSE(throttler.onRequest("GET", "/v1/customers", "t", at(0)));
    EXPECT_FALSE(throttler.onRequest("GET", "/v1/customers/x", "t", at(10)));
    EXPECT_EQ(throttler.onRequest("GET", "/v1/customers", "t", at(20)), 40);
    EXPECT_FALSE(throttler.onRequest("GET", "/v1/customers", "other-tenant", at(20))) << "budgets are per tenant";
    EXPECT_FALSE(throttler.onRequest("GET", "/v1/products", "t", at(20))) << "unmatched paths are free";
    EXPECT_FALSE(throttler.onRequest("GET", "/v1/customers", "t", at(60)));
}

TEST(Tokens, VerifyWhatWasMintedAndRefuseTamperingAndExpiry) {
    TokenService service(SigningKey::forThisProcess());
    Identity identity{"tenant", "app", "user", "a@b.c", {"AdminAgent"}, "aud", at(0), at(3600)};
    std::string token = service.mint(identity);
    auto verified = service.verify(token, at(10));
    ASSERT_TRUE(verified);
    EXPECT_EQ(verified->userObjectId, "user");
    EXPECT_TRUE(verified->isAppUser());

    TokenProblem problem{};
    EXPECT_FALSE(service.verify(token, at(3600), &problem));
    EXPECT_EQ(problem, TokenProblem::expired);
    EXPECT_FALSE(TokenService(SigningKey::generate()).verify(token, at(10), &problem));
    EXPECT_EQ(problem, TokenProblem::badSignature);
    EXPECT_FALSE(service.verify("not.a-token", at(10), &problem));
}

TEST(Body, NestingDepthIgnoresBracketsInStrings) {
    EXPECT_EQ(jsonNestingDepth(R"({"a":[1,{"b":"[[[[["}]})", 64), 3);
    EXPECT_GT(jsonNestingDepth(std::string(1000, '['), 64), 64);
}

// Found by fuzz_json_bodies: nlohmann throws out_of_range, not parse_error, for a number past a
// double's range, and it escaped parseJsonBody (a 500 instead of the documented 400 800002).
TEST(Body, NumbersOutOfRangeAreABadRequest) {
    for (const std::string& text :
         std::vector<std::string>{R"({"quantity": 1e400})", "[" + std::string(400, '9') + "]", "{7e55849:koi"}) {
        HttpRequest request;
        request.body = text;
        EXPECT_THROW((void)parseJsonBody(request), BadRequest) << text;
    }
}

// One bad-input error: a BadRequest is a ParseError of the whole request, its words kept as given.
TEST(Body, ABadRequestIsAParseErrorWithoutAPath) {
    try {
        throw BadRequest("count must not be negative.");
    } catch (const partnercenter::models::ParseError& e) {
        EXPECT_EQ(e.path(), "");
        EXPECT_STREQ(e.what(), "count must not be negative.");
        EXPECT_EQ(wire::describe(e), "count must not be negative.");
    }
}

}  // namespace
}  // namespace pcsim::http
