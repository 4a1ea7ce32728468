// Carts: create / get / update / checkout, line errors, structural errors, idempotency and races.
#include <set>
#include <thread>

#include "e2e_fixture.hpp"

namespace pcsim::testing {
namespace {

class CartsTest : public E2eTest {
protected:
    static void SetUpTestSuite() { startServer(); }

    std::string carts() { return "/v1/customers/" + kCustomer + "/carts"; }

    nlohmann::json createCart(const std::string& body, int expectedStatus = 201) {
        auto r = call("POST", carts(), appToken(), body);
        EXPECT_EQ(r.status, expectedStatus) << r.body;
        return r.json();
    }
};

TEST_F(CartsTest, CreateAnswers201WithTheDocumentedCart) {
    auto cart = createCart(cartBody(kD4sP1Y, kRegisteredSub, 2));
    EXPECT_EQ(cart["status"], "Active");
    EXPECT_EQ(cart["attributes"]["objectType"], "Cart");
    EXPECT_EQ(cart["creationTimestamp"], "2026-03-02T10:00:00.0000000Z");
    EXPECT_EQ(cart["expirationTimestamp"], "2026-03-09T10:00:00.0000000Z");
    auto line = cart["lineItems"][0];
    EXPECT_EQ(line["catalogItemId"], kD4sP1Y);
    EXPECT_EQ(line["quantity"], 2);
    EXPECT_EQ(line["currencyCode"], "USD");
    EXPECT_EQ(line["orderGroup"], "0");
    EXPECT_EQ(line["billingCycle"], "one_time");
    EXPECT_FALSE(line.contains("error"));

    auto fetched = call("GET", carts() + "/" + cart["id"].get<std::string>(), appToken());
    EXPECT_EQ(fetched.status, 200);
    EXPECT_EQ(fetched.json()["lineItems"], cart["lineItems"]);
}

TEST_F(CartsTest, PascalCaseBodiesAndEnumSpellingsAreAccepted) {
    nlohmann::json body = {{"LineItems",
                            {{{"Id", 0},
                              {"CatalogItemId", kD4sP1Y},
                              {"Quantity", 1},
                              {"BillingCycle", "OneTime"},
                              {"ProvisioningContext",
                               {{"SubscriptionId", kRegisteredSub}, {"Scope", "Single"}, {"Duration", "1Year"}}}}}}};
    auto cart = createCart(body.dump());
    EXPECT_FALSE(cart["lineItems"][0].contains("error")) << cart.dump();
}

TEST_F(CartsTest, BusinessProblemsBecomeLineErrorsAndBlockCheckout) {
    auto ordersBefore = call("GET", "/v1/customers/" + kCustomer + "/orders", appToken()).json()["totalCount"];
    struct Case {
        std::string catalogItemId, subscriptionId;
        int quantity;
        int errorCode;
    };
    for (const auto& c : {Case{kD4sP1Y, kUnregisteredSub, 1, 10011}, Case{kD4sP1Y, kSuspendedSub, 1, 10007},
                          Case{kD2sWestusP1Y, kRegisteredSub, 1, 10003}, Case{kD4sP1Y, kRegisteredSub, 51, 10010},
                          Case{"DZH318Z0BQ3Q:00G1:NOPE", kRegisteredSub, 1, 10001}}) {
        auto cart = createCart(cartBody(c.catalogItemId, c.subscriptionId, c.quantity));
        ASSERT_TRUE(cart["lineItems"][0].contains("error")) << cart.dump();
        EXPECT_EQ(cart["lineItems"][0]["error"]["errorCode"], c.errorCode) << cart.dump();
        EXPECT_FALSE(cart["lineItems"][0]["error"]["errorDescription"].get<std::string>().empty());

        auto checkout = call("POST", carts() + "/" + cart["id"].get<std::string>() + "/checkout", appToken());
        EXPECT_EQ(checkout.status, 400);
        EXPECT_EQ(checkout.json()["code"], 800009);
    }
    auto orders = call("GET", "/v1/customers/" + kCustomer + "/orders", appToken());
    EXPECT_EQ(orders.json()["totalCount"], ordersBefore) << "no cart with errors may become an order";
}

TEST_F(CartsTest, StructuralProblemsAre400WithTheFieldNamed) {
    auto expect800002 = [&](const std::string& body, const std::string& mention) {
        auto r = call("POST", carts(), appToken(), body);
        EXPECT_EQ(r.status, 400) << body;
        EXPECT_EQ(r.json()["code"], 800002) << r.body;
        EXPECT_NE(r.json()["description"].get<std::string>().find(mention), std::string::npos) << r.body;
    };
    expect800002("{not json", "JSON");
    expect800002(R"({"lineItems": []})", "lineItems");
    expect800002(R"({"foo": 1})", "lineItems");
    expect800002(R"({"lineItems": [{"catalogItemId": "x", "quantity": "2"}]})", "lineItems[0].quantity");
    expect800002(R"({"lineItems": [{"catalogItemId": "x", "quantity": 2.5}]})", "lineItems[0].quantity");
    expect800002(R"({"lineItems": [{"catalogItemId": "x", "quantity": 1e300}]})", "lineItems[0].quantity");
    expect800002(R"({"lineItems": [{"catalogItemId": "x", "quantity": 0}]})", "quantity");
    expect800002(R"({"lineItems": [{"quantity": 1}]})", "catalogItemId");
    expect800002(R"({"lineItems": [{"catalogItemId": "x", "quantity": 1, "billingCycle": "weekly"}]})", "billingCycle");
}

TEST_F(CartsTest, UpdateReplacesLinesAndAnswers201) {
    auto cart = createCart(cartBody(kD4sP1Y, kRegisteredSub, 1));
    auto updated = call("PUT", carts() + "/" + cart["id"].get<std::string>(), appToken(),
                        cartBody(kD4sP1Y, kRegisteredSub, 3, "single"));
    ASSERT_EQ(updated.status, 201) << updated.body;
    EXPECT_EQ(updated.json()["lineItems"][0]["quantity"], 3);
    EXPECT_EQ(updated.json()["lineItems"][0]["provisioningContext"]["scope"], "single");
    EXPECT_EQ(
        call("PUT", carts() + "/00000000-0000-4000-8000-000000000000", appToken(), cartBody(kD4sP1Y, kRegisteredSub, 1))
            .json()["code"],
        800008);
}

TEST_F(CartsTest, CheckoutIsIdempotent) {
    auto cart = createCart(cartBody(kD4sP1Y, kRegisteredSub, 2));
    std::string checkoutPath = carts() + "/" + cart["id"].get<std::string>() + "/checkout";
    auto first = call("POST", checkoutPath, appToken());
    ASSERT_EQ(first.status, 201) << first.body;
    auto result = first.json();
    ASSERT_EQ(result["orders"].size(), 1u);
    EXPECT_EQ(result["orderErrors"], nlohmann::json::array());
    auto order = result["orders"][0];
    EXPECT_EQ(order["status"], "pending");
    EXPECT_EQ(order["billingCycle"], "one_time");
    EXPECT_EQ(order["lineItems"][0]["offerId"], kD4sP1Y);
    EXPECT_EQ(order["lineItems"][0]["termDuration"], "P1Y");

    auto again = call("POST", checkoutPath, appToken());
    ASSERT_EQ(again.status, 201);
    EXPECT_EQ(again.json()["orders"][0]["id"], order["id"]);
    EXPECT_EQ(call("GET", carts() + "/" + cart["id"].get<std::string>(), appToken()).json()["status"], "Ordered");
}

TEST_F(CartsTest, TwelveConcurrentCheckoutsOfOneCartGiveExactlyOneOrder) {
    auto cart = createCart(cartBody(kD4sP1Y, kRegisteredSub, 1), 201);
    std::string checkoutPath = carts() + "/" + cart["id"].get<std::string>() + "/checkout";
    std::string token = appToken();
    std::vector<std::string> orderIds(12);
    std::vector<long> statuses(12);
    std::vector<std::thread> threads;
    for (int i = 0; i < 12; ++i)
        threads.emplace_back([&, i] {
            RawHttp client;
            auto r = client.send("POST", server().url(checkoutPath), "", {{"Authorization", "Bearer " + token}});
            statuses[i] = r.status;
            if (r.status == 201) orderIds[i] = r.json()["orders"][0]["id"];
        });
    for (auto& t : threads) t.join();
    std::set<std::string> distinct;
    for (int i = 0; i < 12; ++i) {
        EXPECT_TRUE(statuses[i] == 201 || statuses[i] == 409) << statuses[i];
        if (!orderIds[i].empty()) distinct.insert(orderIds[i]);
    }
    EXPECT_EQ(distinct.size(), 1u);
    auto orders = call("GET", "/v1/customers/" + kCustomer + "/orders", token).json();
    int fromThisCart = 0;
    for (auto& o : orders["items"]) fromThisCart += distinct.count(o["id"].get<std::string>());
    EXPECT_EQ(fromThisCart, 1);
}

TEST_F(CartsTest, ARepeatedRequestIdReplaysTheFirstAnswer) {
    std::map<std::string, std::string> headers{{"MS-RequestId", "7b3f0c52-0000-4000-8000-00000000c0de"},
                                               {"MS-CorrelationId", "9a8b7c6d-0000-4000-8000-00000000beef"}};
    auto first = call("POST", carts(), appToken(), cartBody(kD4sP1Y, kRegisteredSub, 1), headers);
    auto second = call("POST", carts(), appToken(), cartBody(kD4sP1Y, kRegisteredSub, 1), headers);
    ASSERT_EQ(first.status, 201);
    EXPECT_EQ(second.status, 201);
    EXPECT_EQ(first.json()["id"], second.json()["id"]);
    EXPECT_EQ(second.header("ms-requestid"), headers["MS-RequestId"]);
    EXPECT_EQ(second.header("ms-correlationid"), headers["MS-CorrelationId"]);
}

TEST_F(CartsTest, CartsAreNotReachableUnderAnotherCustomer) {
    auto cart = createCart(cartBody(kD4sP1Y, kRegisteredSub, 1));
    auto crossed =
        call("GET", "/v1/customers/" + kOtherCustomer + "/carts/" + cart["id"].get<std::string>(), appToken());
    EXPECT_EQ(crossed.status, 404);
    EXPECT_EQ(crossed.json()["code"], 800008);
}

}  // namespace
}  // namespace pcsim::testing
