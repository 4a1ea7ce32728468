// Faults and throttling from the scenario: substitute statuses, delays, dropped connections, 429s.
#include <chrono>

#include "e2e_fixture.hpp"

namespace pcsim::testing {
namespace {

class FaultsTest : public E2eTest {
protected:
    static void SetUpTestSuite() { startServer(std::string(PCSIM_E2E_DIR) + "/faults.yaml"); }
};

TEST_F(FaultsTest, CheckoutFailsOnceWith503ThenARetrySucceedsExactlyOnce) {
    std::string token = appToken();
    auto cart = call("POST", "/v1/customers/" + kCustomer + "/carts", token, cartBody(kD4sP1Y, kRegisteredSub, 1));
    ASSERT_EQ(cart.status, 201) << cart.body;
    std::string checkout =
        "/v1/customers/" + kCustomer + "/carts/" + cart.json()["id"].get<std::string>() + "/checkout";
    std::map<std::string, std::string> sameRequest{{"MS-RequestId", "0c0c0c0c-0000-4000-8000-000000000503"}};
    auto first = call("POST", checkout, token, {}, sameRequest);
    EXPECT_EQ(first.status, 503);
    EXPECT_EQ(first.json()["code"], 800003);
    EXPECT_EQ(first.header("x-pcsim-fault"), "checkout-unavailable-once");
    auto retry = call("POST", checkout, token, {}, sameRequest);
    ASSERT_EQ(retry.status, 201) << retry.body;
    auto orders = call("GET", "/v1/customers/" + kCustomer + "/orders", token).json();
    EXPECT_EQ(orders["totalCount"], 1);
}

TEST_F(FaultsTest, DelayFaultHoldsTheResponseBack) {
    std::string token = appToken();
    auto start = std::chrono::steady_clock::now();
    auto r = call("GET", "/v1/customers/" + kCustomer + "/orders", token);
    auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_EQ(r.status, 200);
    EXPECT_GE(elapsed, std::chrono::milliseconds(300));
}

TEST_F(FaultsTest, ResetFaultDropsTheConnectionOnce) {
    std::string token = appToken();
    std::string path =
        "/v1/customers/" + kCustomer + "/subscriptions/2E6B0F4A-9C1D-4B7E-8F3A-5D2C1B0A9E87/registrationstatus";
    // A fresh connection: on a reused one libcurl itself retries a request that got no answer.
    RawHttp fresh;
    auto dropped = fresh.send("GET", server().url(path), {}, {{"Authorization", "Bearer " + token}});
    EXPECT_TRUE(dropped.transportError);
    auto next = call("GET", path, token);
    EXPECT_EQ(next.status, 200);
}

TEST_F(FaultsTest, ThrottlingAnswersTheGatewayBodyWithRetryAfter) {
    std::string token = appToken();
    std::string path = "/v1/customers/" + kCustomer + "/subscriptions";
    for (int i = 0; i < 3; ++i) ASSERT_EQ(call("GET", path, token).status, 200);
    auto throttled = call("GET", path, token);
    EXPECT_EQ(throttled.status, 429);
    EXPECT_EQ(throttled.header("retry-after"), "60");
    EXPECT_EQ(throttled.json()["statusCode"], 429);
    EXPECT_EQ(throttled.json()["message"], "Rate limit is exceeded. Try again in 60 seconds.");
    // The window is on the simulated clock: a minute later the budget is back.
    ASSERT_EQ(http_.send("POST", server().url("/_pcsim/clock"), R"({"advance":"PT60S"})").status, 200);
    EXPECT_EQ(call("GET", path, token).status, 200);
}

}  // namespace
}  // namespace pcsim::testing
