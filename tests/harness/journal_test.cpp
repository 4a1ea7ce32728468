// The request journal (a bounded ring per sandbox, filters, DELETE) and POST /_pcsim/verify, which
// counts with the very same matcher.
#include "harness_fixture.hpp"
#include "http/request_pattern.hpp"

namespace pcsim::testing {
namespace {

nlohmann::json journal(InProcessApp& pcsim, const std::string& prefix, const std::string& query = "") {
    auto r = pcsim.send("GET", prefix + "/_pcsim/journal" + query);
    EXPECT_EQ(r.status, 200) << r.body;
    return InProcessApp::json(r);
}

nlohmann::json verify(InProcessApp& pcsim, const std::string& prefix, const nlohmann::json& body) {
    auto r = pcsim.send("POST", prefix + "/_pcsim/verify", body.dump());
    EXPECT_EQ(r.status, 200) << r.body;
    return InProcessApp::json(r);
}

TEST(Journal, RecordsTheSurfaceNotTheControlPlane) {
    InProcessApp pcsim;
    const std::string sandbox = "/_sandbox/j";
    auto token = pcsim.appToken(sandbox);
    pcsim.call("GET", sandbox + "/v1/customers?size=1", token, {},
               {{"MS-CorrelationId", "corr-1"}, {"MS-RequestId", "req-1"}});
    pcsim.send("GET", sandbox + "/_pcsim/health");
    pcsim.send("GET", sandbox + "/_pcsim/journal");
    verify(pcsim, sandbox, {{"request", {{"method", "GET"}}}});

    auto list = journal(pcsim, sandbox);
    ASSERT_EQ(list["totalCount"], 2) << list.dump(2);  // the token call and the customer list
    EXPECT_EQ(list["capacity"], 1000);
    EXPECT_EQ(list["dropped"], 0);
    auto tokenEntry = list["items"][0];
    EXPECT_EQ(tokenEntry["method"], "POST");
    EXPECT_EQ(tokenEntry["path"], "/" + kTenant + "/oauth2/token");
    auto entry = list["items"][1];
    EXPECT_GT(entry["seq"], tokenEntry["seq"]);
    EXPECT_EQ(entry["method"], "GET");
    EXPECT_EQ(entry["path"], "/v1/customers");  // as the sandbox served it, without the prefix
    EXPECT_EQ(entry["query"], "size=1");
    EXPECT_EQ(entry["status"], 200);
    EXPECT_EQ(entry["requestId"], "req-1");
    EXPECT_EQ(entry["correlationId"], "corr-1");
    EXPECT_EQ(entry["simTime"], "2026-03-02T10:00:00.0000000Z");
    EXPECT_TRUE(entry["fault"].is_null());
    EXPECT_TRUE(entry["time"].get<std::string>().ends_with("Z"));
    EXPECT_GE(entry["durationMs"].get<double>(), 0);
    EXPECT_NE(entry["responseBody"].get<std::string>().find("\"totalCount\""), std::string::npos);
    // Other sandboxes have journals of their own.
    EXPECT_EQ(journal(pcsim, "")["totalCount"], 0);
}

TEST(Journal, GeneratedIdsAreTheOnesEchoed) {
    InProcessApp pcsim;
    auto r = pcsim.send("GET", "/v1/customers");
    auto entry = journal(pcsim, "")["items"][0];
    EXPECT_EQ(entry["status"], 401);
    EXPECT_EQ(entry["requestId"], *r.header("MS-RequestId"));
    EXPECT_EQ(entry["correlationId"], *r.header("MS-CorrelationId"));
}

TEST(Journal, BodiesAreCutAt4KiBAndFaultsNamed) {
    InProcessApp pcsim;
    ASSERT_EQ(pcsim
                  .send("POST", "/_pcsim/faults",
                        R"({"name": "boom", "match": {"path": "/v1/customers/*/carts"}, "respond": {"status": 500}})")
                  .status,
              201);
    std::string big = "{\"lineItems\": [], \"pad\": \"" + std::string(10000, 'x') + "\"}";
    pcsim.call("POST", "/v1/customers/" + kCustomer + "/carts", pcsim.appToken(), big);
    auto entry = journal(pcsim, "", "?path=/v1/customers/*/carts")["items"][0];
    EXPECT_EQ(entry["requestBody"].get<std::string>().size(), 4096u);
    EXPECT_EQ(entry["status"], 500);
    EXPECT_EQ(entry["fault"], "boom");
}

TEST(Journal, FiltersMatchLikeTheContractSays) {
    InProcessApp pcsim;
    auto token = pcsim.appToken();
    pcsim.buy("", token);  // POST carts (201), POST checkout (201)
    pcsim.call("GET", "/v1/customers/" + kCustomer + "/carts/nope", token, {}, {{"MS-CorrelationId", "AbC"}});  // 404
    pcsim.call("GET", "/v1/customers", token, {}, {{"MS-RequestId", "the-one"}});

    auto count = [&](const std::string& query) { return journal(pcsim, "", query)["totalCount"].get<int>(); };
    EXPECT_EQ(count(""), 5);
    EXPECT_EQ(count("?method=post"), 3);  // the token, the cart, the checkout
    EXPECT_EQ(count("?path=/V1/CUSTOMERS/*/carts/*/checkout"), 1);
    EXPECT_EQ(count("?path=/v1/customers/**"), 4);  // ** is zero or more segments
    EXPECT_EQ(count("?path=/v1/customers/*"), 0);
    EXPECT_EQ(count("?status=201"), 2);
    EXPECT_EQ(count("?status=2xx"), 4);
    EXPECT_EQ(count("?status=4xx"), 1);
    EXPECT_EQ(count("?correlationId=abc"), 1);
    EXPECT_EQ(count("?requestId=the-one"), 1);
    EXPECT_EQ(count("?method=GET&status=404"), 1);
    EXPECT_EQ(count("?since=2000-01-01T00:00:00Z"), 5);
    EXPECT_EQ(count("?until=2000-01-01T00:00:00Z"), 0);
    EXPECT_EQ(count("?simSince=2026-03-02T10:00:00Z&simUntil=2026-03-02T10:00:01Z"), 5);

    auto limited = journal(pcsim, "", "?limit=2");
    EXPECT_EQ(limited["totalCount"], 5);
    ASSERT_EQ(limited["items"].size(), 2u);
    EXPECT_EQ(limited["items"][1]["requestId"], "the-one");  // the newest, still oldest first
    EXPECT_LT(limited["items"][0]["seq"], limited["items"][1]["seq"]);

    for (const std::string bad : {"?status=2x", "?since=yesterday", "?limit=-1", "?colour=red", "?path=v1"}) {
        auto r = pcsim.send("GET", "/_pcsim/journal" + bad);
        EXPECT_EQ(r.status, 400) << bad;
        EXPECT_EQ(InProcessApp::json(r)["code"], 800002) << bad;
    }
}

TEST(Journal, StaysAtItsBoundAndCountsWhatFellOut) {
    http::AppOptions options;
    options.journalSize = 5;
    InProcessApp pcsim(options);
    for (int i = 0; i < 12; ++i) pcsim.send("GET", "/v1/customers", {}, {{"MS-RequestId", "r" + std::to_string(i)}});
    auto list = journal(pcsim, "");
    EXPECT_EQ(list["totalCount"], 5);
    EXPECT_EQ(list["capacity"], 5);
    EXPECT_EQ(list["dropped"], 7);
    EXPECT_EQ(list["items"][0]["requestId"], "r7");
    EXPECT_EQ(list["items"][4]["requestId"], "r11");
    EXPECT_EQ(pcsim.app().sandbox().current()->journal.size(), 5u);
}

TEST(Journal, DeleteClears) {
    InProcessApp pcsim;
    pcsim.send("GET", "/_sandbox/d/v1/customers");
    pcsim.send("GET", "/v1/customers");
    EXPECT_EQ(pcsim.send("DELETE", "/_sandbox/d/_pcsim/journal").status, 204);
    EXPECT_EQ(journal(pcsim, "/_sandbox/d")["totalCount"], 0);
    EXPECT_EQ(journal(pcsim, "")["totalCount"], 1);  // only that sandbox's journal
    pcsim.send("GET", "/_sandbox/d/v1/customers");
    EXPECT_EQ(journal(pcsim, "/_sandbox/d")["totalCount"], 1);
}

TEST(Verify, CountsAndComparesWithTheExpectation) {
    InProcessApp pcsim;
    auto token = pcsim.appToken();
    pcsim.buy("", token);
    const nlohmann::json checkout = {{"method", "POST"}, {"path", "/v1/customers/*/carts/*/checkout"}, {"status", 201}};

    auto exactly = verify(pcsim, "", {{"request", checkout}, {"count", 1}});
    EXPECT_TRUE(exactly["ok"]);
    EXPECT_EQ(exactly["matched"], 1);
    EXPECT_EQ(exactly["expected"], (nlohmann::json{{"count", 1}}));
    ASSERT_EQ(exactly["requests"].size(), 1u);
    EXPECT_EQ(exactly["requests"][0]["status"], 201);

    auto wrong = verify(pcsim, "", {{"request", checkout}, {"count", 2}});
    EXPECT_FALSE(wrong["ok"]);
    EXPECT_EQ(wrong["matched"], 1);

    EXPECT_TRUE(verify(pcsim, "", {{"request", {{"status", "2xx"}}}, {"atLeast", 3}})["ok"]);
    EXPECT_FALSE(verify(pcsim, "", {{"request", {{"status", "2xx"}}}, {"atMost", 2}})["ok"]);
    EXPECT_TRUE(verify(pcsim, "", {{"request", {{"status", "2xx"}}}, {"atLeast", 1}, {"atMost", 3}})["ok"]);
    EXPECT_FALSE(verify(pcsim, "", {{"request", {{"method", "DELETE"}}}})["ok"]);  // default: at least one
    EXPECT_TRUE(verify(pcsim, "", {{"request", {{"method", "DELETE"}}}, {"count", 0}})["ok"]);

    // Verifying is a control request: it never counts itself, however often it runs.
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(verify(pcsim, "", {{"request", nlohmann::json::object()}, {"count", 3}})["matched"], 3);
}

TEST(Verify, AnExpectationOfTheWrongTypeIsRefusedNamingIt) {
    InProcessApp pcsim;
    auto r = pcsim.send("POST", "/_pcsim/verify", R"({"request": {}, "atLeast": "one"})");
    ASSERT_EQ(r.status, 400) << r.body;
    auto body = InProcessApp::json(r);
    EXPECT_EQ(body["code"], 800002);
    EXPECT_NE(body["description"].get<std::string>().find("'atLeast': expected an integer, got string"),
              std::string::npos)
        << r.body;
}

TEST(Verify, ShowsAtMostTenMatchingRequests) {
    InProcessApp pcsim;
    for (int i = 0; i < 15; ++i) pcsim.send("GET", "/v1/customers");
    auto result = verify(pcsim, "", {{"request", {{"path", "/v1/customers"}}}, {"count", 15}});
    EXPECT_TRUE(result["ok"]);
    EXPECT_EQ(result["requests"].size(), 10u);
}

TEST(Verify, BadBodiesAre400) {
    InProcessApp pcsim;
    for (const std::string body : {R"({"request": {"methd": "GET"}})", R"({"request": {}, "count": -1})",
                                   R"({"request": {}, "count": 1, "atLeast": 1})", R"({"request": {"status": true}})",
                                   R"({"request": [], "count": 1})", R"({"expect": 1})", "not json"}) {
        auto r = pcsim.send("POST", "/_pcsim/verify", body);
        EXPECT_EQ(r.status, 400) << body;
        EXPECT_EQ(InProcessApp::json(r)["code"], 800002) << body;
    }
}

TEST(RequestPattern, OneMatcherForFiltersAndVerify) {
    http::JournalEntry entry;
    entry.method = "POST";
    entry.path = "/v1/customers/C1/carts/K9/checkout";
    entry.status = 201;
    entry.correlationId = "ABC";
    auto fromJson = http::requestPatternFromJson(
        {{"method", "post"}, {"path", "/v1/customers/*/carts/*/CHECKOUT"}, {"status", "2xx"}});
    EXPECT_TRUE(fromJson.matches(entry));
    auto fromQuery = http::requestPatternFromQuery(
        http::makeRequest("GET", "/_pcsim/journal?method=POST&path=/v1/**/checkout&status=201&correlationid=abc"));
    EXPECT_TRUE(fromQuery.matches(entry));
    entry.status = 400;
    EXPECT_FALSE(fromJson.matches(entry));
    EXPECT_FALSE(fromQuery.matches(entry));
}

}  // namespace
}  // namespace pcsim::testing
