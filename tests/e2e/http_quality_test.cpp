// Bad input gets a clear 4xx in the service's error shape, never a crash; keep-alive; control plane.
#include "e2e_fixture.hpp"

#include <ctime>
#include <regex>

namespace pcsim::testing {
namespace {

class HttpQualityTest : public E2eTest {
protected:
    static void SetUpTestSuite() { startServer(); }
    std::string carts() { return "/v1/customers/" + kCustomer + "/carts"; }
};

TEST_F(HttpQualityTest, OversizedBodiesGet413) {
    std::string huge(1 << 20, ' ');
    huge = R"({"lineItems":[]})" + huge;
    auto r = call("POST", carts(), appToken(), huge);
    EXPECT_EQ(r.status, 413);
    EXPECT_EQ(r.json()["code"], 800002);
}

TEST_F(HttpQualityTest, HostileJsonIsRefusedCleanly) {
    std::string token = appToken();
    std::string deep = std::string(100000, '[') + std::string(100000, ']');
    auto nested = call("POST", carts(), token, deep);
    EXPECT_EQ(nested.status, 400);
    EXPECT_EQ(nested.json()["code"], 800002);

    auto badUtf8 =
        call("POST", carts(), token, std::string("{\"lineItems\":[{\"catalogItemId\":\"\xff\xfe\",\"quantity\":1}]}"));
    EXPECT_EQ(badUtf8.status, 400);

    auto hugeNumber =
        call("POST", carts(), token, R"({"lineItems":[{"catalogItemId":"x","quantity":99999999999999999999999}]})");
    EXPECT_EQ(hugeNumber.status, 400);
    EXPECT_EQ(hugeNumber.json()["code"], 800002);

    auto wrongType =
        call("POST", carts(), token, cartBody(kD4sP1Y, kRegisteredSub, 1), {{"Content-Type", "text/plain"}});
    EXPECT_EQ(wrongType.status, 415);
    EXPECT_EQ(wrongType.json()["code"], 800002);

    // The server is still serving, and state is intact.
    EXPECT_EQ(call("GET", "/v1/customers/" + kCustomer, token).status, 200);
}

TEST_F(HttpQualityTest, UnknownRoutesAndMethods) {
    std::string token = appToken();
    auto missing = call("GET", "/v1/nothing/here", token);
    EXPECT_EQ(missing.status, 404);
    EXPECT_TRUE(missing.json().contains("code"));
    auto method = call("DELETE", "/v1/customers/" + kCustomer, token);
    EXPECT_EQ(method.status, 405);
}

TEST_F(HttpQualityTest, Http11WithoutConnectionHeaderKeepsTheConnectionAlive) {
    auto r = call("GET", "/_pcsim/health", "");
    EXPECT_EQ(r.status, 200);
    EXPECT_NE(r.header("connection"), "Close");
    EXPECT_EQ(r.json()["status"], "ok");
}

TEST_F(HttpQualityTest, ResponsesCarryRequestAndCorrelationIds) {
    auto generated = call("GET", "/v1/customers", appToken());
    // Generated ids are random (version 4) GUIDs, and the two differ.
    const std::regex guidV4("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    EXPECT_TRUE(std::regex_match(generated.header("ms-requestid"), guidV4)) << generated.header("ms-requestid");
    EXPECT_TRUE(std::regex_match(generated.header("ms-correlationid"), guidV4)) << generated.header("ms-correlationid");
    EXPECT_NE(generated.header("ms-requestid"), generated.header("ms-correlationid"));
    EXPECT_EQ(generated.header("content-type"), "application/json; charset=utf-8");
}

TEST_F(HttpQualityTest, ResponsesCarryAnHttpDateOfTheWallClock) {
    const std::time_t before = std::time(nullptr);
    auto r = call("GET", "/_pcsim/health", "");
    const std::time_t after = std::time(nullptr);
    // IMF-fixdate, e.g. "Fri, 27 Nov 2026 01:02:03 GMT".
    // Kept in a local: header() returns a copy, and `end` points into it (ASan found the temporary
    // read after it was freed).
    const std::string date = r.header("date");
    std::tm parsed{};
    const char* end = strptime(date.c_str(), "%a, %d %b %Y %H:%M:%S GMT", &parsed);
    ASSERT_NE(end, nullptr) << date;
    EXPECT_EQ(*end, '\0');
    const std::time_t sent = timegm(&parsed);
    EXPECT_GE(sent, before);
    EXPECT_LE(sent, after);
}

TEST_F(HttpQualityTest, ControlPlaneMovesTheClockAndResets) {
    auto clock = http_.send("GET", server().url("/_pcsim/clock"));
    ASSERT_EQ(clock.status, 200);
    EXPECT_EQ(clock.json()["mode"], "frozen");
    EXPECT_EQ(clock.json()["now"], "2026-03-02T10:00:00.0000000Z");
    auto advanced = http_.send("POST", server().url("/_pcsim/clock"), R"({"advance":"PT24H"})");
    EXPECT_EQ(advanced.json()["now"], "2026-03-03T10:00:00.0000000Z");
    auto set = http_.send("POST", server().url("/_pcsim/clock"), R"({"set":"2026-05-01T00:00:00Z"})");
    EXPECT_EQ(set.json()["now"], "2026-05-01T00:00:00.0000000Z");
    auto bad = http_.send("POST", server().url("/_pcsim/clock"), R"({"advance":"tomorrow"})");
    EXPECT_EQ(bad.status, 400);

    auto cart = call("POST", carts(), appToken(), cartBody(kD4sP1Y, kRegisteredSub, 1));
    ASSERT_EQ(cart.status, 201);
    ASSERT_EQ(http_.send("POST", server().url("/_pcsim/reset")).status, 200);
    EXPECT_EQ(http_.send("GET", server().url("/_pcsim/clock")).json()["now"], "2026-03-02T10:00:00.0000000Z");
    EXPECT_EQ(call("GET", carts() + "/" + cart.json()["id"].get<std::string>(), appToken()).status, 404);
}

}  // namespace
}  // namespace pcsim::testing
