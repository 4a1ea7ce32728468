// Orders after checkout, provisioning status, entitlements and the reservation behind them.
#include "e2e_fixture.hpp"

namespace pcsim::testing {
namespace {

class OrdersTest : public E2eTest {
protected:
    static void SetUpTestSuite() { startServer(); }

    // Buys `quantity` D4s_v3 for one year with `scope`; returns the order id.
    std::string buy(int quantity, const std::string& scope) {
        std::string token = appToken();
        auto cart = call("POST", "/v1/customers/" + kCustomer + "/carts", token,
                         cartBody(kD4sP1Y, kRegisteredSub, quantity, scope));
        EXPECT_EQ(cart.status, 201) << cart.body;
        auto checkout =
            call("POST", "/v1/customers/" + kCustomer + "/carts/" + cart.json()["id"].get<std::string>() + "/checkout",
                 token);
        EXPECT_EQ(checkout.status, 201) << checkout.body;
        return checkout.json()["orders"][0]["id"];
    }
};

TEST_F(OrdersTest, OrderIsListedReadableAndPricedOnRequest) {
    std::string orderId = buy(3, "shared");
    std::string token = appToken();
    auto order = call("GET", "/v1/customers/" + kCustomer + "/orders/" + orderId, token);
    ASSERT_EQ(order.status, 200) << order.body;
    auto body = order.json();
    EXPECT_EQ(body["status"], "completed");  // provisioning delay 0 on the simulated clock
    EXPECT_EQ(body["referenceCustomerId"], kCustomer);
    EXPECT_EQ(body["currencyCode"], "USD");
    EXPECT_EQ(body["alternateId"].get<std::string>().size(), 12u);
    EXPECT_FALSE(body.contains("totalPrice"));
    EXPECT_EQ(body["links"]["provisioningStatus"]["uri"],
              "/customers/" + kCustomer + "/orders/" + orderId + "/provisioningstatus");

    auto priced =
        call("GET", "/v1/customers/" + kCustomer + "/orders/" + orderId + "?include_price=true", token).json();
    EXPECT_DOUBLE_EQ(priced["totalPrice"].get<double>(), 3 * 1051.20);
    EXPECT_DOUBLE_EQ(priced["lineItems"][0]["pricing"]["listPrice"].get<double>(), 1051.20);

    auto list = call("GET", "/v1/customers/" + kCustomer + "/orders?billingType=onetime", token).json();
    bool listed = false;
    for (auto& o : list["items"]) listed = listed || o["id"] == orderId;
    EXPECT_TRUE(listed);
    EXPECT_EQ(call("GET", "/v1/customers/" + kCustomer + "/orders?billingType=monthly", token).json()["totalCount"], 0);
    EXPECT_EQ(call("GET", "/v1/customers/" + kCustomer + "/orders?billingType=weekly", token).json()["code"], 900126);
    EXPECT_EQ(call("GET", "/v1/customers/" + kCustomer + "/orders/NoSuchOrder", token).json()["code"], 20000);
    EXPECT_EQ(call("GET", "/v1/customers/" + kOtherCustomer + "/orders/" + orderId, token).status, 404);
}

TEST_F(OrdersTest, ProvisioningStatusNeedsAnAppUserToken) {
    std::string orderId = buy(1, "shared");
    std::string path = "/v1/customers/" + kCustomer + "/orders/" + orderId + "/provisioningstatus";
    EXPECT_EQ(call("GET", path, appToken()).status, 403);
    auto r = call("GET", path, userToken());
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json()["items"][0]["status"], "Fulfilled");
    EXPECT_EQ(r.json()["items"][0]["quantityProvisioningInformation"][0]["quantity"], 1);
}

TEST_F(OrdersTest, EntitlementArtifactsResolveToTheReservationWithItsScope) {
    std::string singleOrder = buy(2, "single");
    std::string sharedOrder = buy(1, "shared");
    std::string token = userToken();
    auto list = call("GET", "/v1/customers/" + kCustomer + "/entitlements?entitlementType=reservedInstance", token);
    ASSERT_EQ(list.status, 200) << list.body;
    std::map<std::string, nlohmann::json> byOrder;
    auto entitlements = list.json();
    for (auto& e : entitlements["items"]) byOrder[e["referenceOrder"]["id"]] = e;
    ASSERT_TRUE(byOrder.count(singleOrder) && byOrder.count(sharedOrder));

    auto single = byOrder[singleOrder];
    EXPECT_EQ(single["entitlementType"], "reservedinstance");
    EXPECT_EQ(single["quantity"], 2);
    EXPECT_EQ(single["referenceOrder"]["lineItemId"], "0");
    auto artifact = single["entitledArtifacts"][0];
    EXPECT_EQ(artifact["artifactType"], "reservedinstance");
    auto details = call("GET", "/v1" + artifact["link"]["uri"].get<std::string>(), token);
    ASSERT_EQ(details.status, 200) << details.body;
    auto reservation = details.json()["reservations"][0];
    EXPECT_EQ(reservation["scopeType"], "Single");
    EXPECT_EQ(reservation["appliedScopes"],
              nlohmann::json::array({"/subscriptions/0f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19"}));
    EXPECT_EQ(reservation["quantity"], 2);
    EXPECT_EQ(reservation["effectiveDateTime"], "2026-03-02T10:00:00.0000000Z");
    EXPECT_EQ(reservation["expiryDateTime"], "2027-03-02T10:00:00.0000000Z");

    auto shared =
        call("GET", "/v1" + byOrder[sharedOrder]["entitledArtifacts"][0]["link"]["uri"].get<std::string>(), token);
    EXPECT_EQ(shared.json()["reservations"][0]["scopeType"], "Shared");
    EXPECT_FALSE(shared.json()["reservations"][0].contains("appliedScopes"));

    EXPECT_EQ(call("GET", "/v1/customers/" + kCustomer + "/entitlements?entitlementType=software", token)
                  .json()["totalCount"],
              0);
}

TEST_F(OrdersTest, CancellationIsRefusedOutsideTheIntegrationSandbox) {
    std::string orderId = buy(1, "shared");
    auto r = call("PATCH", "/v1/customers/" + kCustomer + "/orders/" + orderId, appToken(),
                  nlohmann::json{{"id", orderId}, {"status", "cancelled"}}.dump());
    EXPECT_EQ(r.status, 403);
    EXPECT_EQ(r.json()["code"], 800019);
}

TEST_F(OrdersTest, CartsExpireSevenSimulatedDaysAfterCreation) {
    std::string token = appToken();
    auto cart = call("POST", "/v1/customers/" + kCustomer + "/carts", token, cartBody(kD4sP1Y, kRegisteredSub, 1));
    std::string path = "/v1/customers/" + kCustomer + "/carts/" + cart.json()["id"].get<std::string>();
    ASSERT_EQ(http_.send("POST", server().url("/_pcsim/clock"), R"({"advance":"P6DT23H"})").status, 200);
    EXPECT_EQ(call("GET", path, appToken()).status, 200);
    ASSERT_EQ(http_.send("POST", server().url("/_pcsim/clock"), R"({"advance":"PT1H"})").status, 200);
    auto expired = call("GET", path, appToken());
    EXPECT_EQ(expired.status, 404);
    EXPECT_EQ(expired.json()["code"], 800008);
    EXPECT_EQ(call("POST", path + "/checkout", appToken()).json()["code"], 800008);
}

}  // namespace
}  // namespace pcsim::testing
