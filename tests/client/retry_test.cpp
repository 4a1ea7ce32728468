// The .NET SDK's retry policy, checked with faults pcsim injects (tests/client/faults.yaml): what is
// retried, how long the client waits, and that a retried purchase buys once.
#include "client_fixture.hpp"

#include "support/free_port.hpp"

namespace pcsim::client_testing {
namespace {

namespace pc = partnercenter;
namespace models = partnercenter::models;
using namespace std::chrono_literals;
using Millis = std::vector<std::chrono::milliseconds>;

class RetryTest : public ClientTest {
protected:
    void SetUp() override { start("faults.yaml"); }

    static models::Cart oneLineCart(const std::string& subscriptionId) {
        models::CartLineItem line;
        line.catalogItemId = kD4sP1Y;
        line.quantity = 1;
        line.billingCycle = models::BillingCycle::one_time;
        line.termDuration = "P1Y";
        line.provisioningContext =
            std::map<std::string, std::string>{{"subscriptionId", subscriptionId}, {"scope", "shared"}};
        models::Cart cart;
        cart.lineItems.push_back(line);
        return cart;
    }

    // Every attempt of one call carries the call's MS-RequestId.
    static void expectOneRequestId(const std::vector<pc::Attempt>& calls) {
        ASSERT_FALSE(calls.empty());
        for (const auto& a : calls) EXPECT_EQ(a.requestId, calls.front().requestId) << "attempt " << a.number;
    }
};

TEST(RetryBackoff, IsTheSdksHalfThenOneAndAHalfThenThreeAndAHalfSeconds) {
    EXPECT_EQ(pc::RetryOptions::backoff(1), 500ms);
    EXPECT_EQ(pc::RetryOptions::backoff(2), 1500ms);
    EXPECT_EQ(pc::RetryOptions::backoff(3), 3500ms);
    EXPECT_EQ(pc::RetryOptions{}.maxRetries, 3);
}

TEST_F(RetryTest, CheckoutFailingOnceWith503IsRetriedAndBuysExactlyOnce) {
    auto partner = appUserClient();
    auto customer = partner.customers().byId(kCustomer);
    auto cart = customer.carts().create(oneLineCart(kRegisteredSub));
    auto result = customer.carts().byId(*cart.id).checkout();
    ASSERT_EQ(result.orders.size(), 1u);

    auto checkouts = attempts.matching("POST", "/checkout");
    ASSERT_EQ(checkouts.size(), 2u);
    EXPECT_EQ(checkouts[0].status, 503);
    EXPECT_EQ(checkouts[1].status, 201);
    expectOneRequestId(checkouts);
    EXPECT_EQ(sleeps.sleeps(), Millis{500ms});
    EXPECT_EQ(customer.orders().get().items.size(), 1u) << "exactly one order";
}

TEST_F(RetryTest, CheckoutWhoseAnswerIsLostIsReplayedNotRepeated) {
    // The first checkout is carried out by the service but answered after the client gave up: the
    // retry with the same MS-RequestId gets the first answer again instead of a second order.
    auto o = options();
    o.timeout = 700ms;
    auto partner = appUserClient(o);
    auto customer = partner.customers().byId(kOtherCustomer);
    auto cart = customer.carts().create(oneLineCart(kOtherCustomerSub));
    auto result = customer.carts().byId(*cart.id).checkout();
    ASSERT_EQ(result.orders.size(), 1u);

    auto checkouts = attempts.matching("POST", "/checkout");
    ASSERT_EQ(checkouts.size(), 2u);
    EXPECT_EQ(checkouts[0].status, 0) << "timed out";
    EXPECT_FALSE(checkouts[0].transportError.empty());
    EXPECT_EQ(checkouts[1].status, 201);
    expectOneRequestId(checkouts);
    auto orders = customer.orders().get().items;
    ASSERT_EQ(orders.size(), 1u) << "exactly one order";
    EXPECT_EQ(orders[0].id, result.orders[0].id);
}

TEST_F(RetryTest, ThrottledCallWaitsRetryAfter) {
    auto subscriptions = appUserClient().customers().byId(kCustomer).subscriptions().get();
    EXPECT_EQ(subscriptions.items.size(), 3u);
    auto calls = attempts.matching("GET", "/subscriptions");
    ASSERT_EQ(calls.size(), 2u);
    EXPECT_EQ(calls[0].status, 429);
    EXPECT_EQ(calls[1].status, 200);
    expectOneRequestId(calls);
    EXPECT_EQ(sleeps.sleeps(), Millis{1000ms}) << "Retry-After: 1, not the back-off";
}

TEST_F(RetryTest, ThrottlingCanBeSurfacedInstead) {
    auto o = options();
    o.retry.onThrottle = pc::ThrottlePolicy::surface;
    try {
        (void)appUserClient(o).customers().byId(kCustomer).subscriptions().get();
        FAIL() << "expected the 429 to surface";
    } catch (const pc::PartnerCenterError& e) {
        EXPECT_EQ(e.httpStatus(), 429);
        EXPECT_EQ(e.retryAfter(), std::chrono::seconds(1));
        EXPECT_NE(e.description().find("Rate limit"), std::string::npos) << e.description();
    }
    EXPECT_EQ(attempts.matching("GET", "/subscriptions").size(), 1u);
    EXPECT_TRUE(sleeps.sleeps().empty());
}

TEST_F(RetryTest, BadRequestIsNotRetried) {
    try {
        (void)appUserClient().customers().byId(kCustomer).subscriptions().byId(kRegisteredSub).get();
        FAIL() << "expected the injected 400";
    } catch (const pc::PartnerCenterError& e) {
        EXPECT_EQ(e.httpStatus(), 400);
        EXPECT_EQ(e.code(), 800002);
        EXPECT_EQ(e.description(), "Injected bad request.");
    }
    EXPECT_EQ(attempts.matching("GET", "/subscriptions/" + kRegisteredSub).size(), 1u);
    EXPECT_TRUE(sleeps.sleeps().empty());
}

TEST_F(RetryTest, DroppedConnectionIsRetried) {
    // libcurl itself quietly resends a request once when a *reused* connection turns out to be dead
    // (safe here too: same MS-RequestId). To see the library's own retry, the dropped request must be
    // the first on its connection: the token comes from "localhost", the call goes to "127.0.0.1".
    auto o = options();
    o.authority = "http://localhost:" + baseUrl().substr(baseUrl().rfind(':') + 1);
    auto customer = appUserClient(o).customers().byId(kCustomer).get();
    EXPECT_EQ(customer.id, kCustomer);
    auto calls = attempts.matching("GET", "/v1/customers/" + kCustomer);
    ASSERT_EQ(calls.size(), 2u);
    EXPECT_EQ(calls[0].status, 0);
    EXPECT_FALSE(calls[0].transportError.empty());
    EXPECT_EQ(calls[1].status, 200);
    expectOneRequestId(calls);
    EXPECT_EQ(sleeps.sleeps(), Millis{500ms});
}

TEST_F(RetryTest, PersistentServerErrorGivesUpAfterThreeRetries) {
    auto partner = appUserClient();
    auto cart = partner.customers().byId(kCustomer).carts().create(oneLineCart(kRegisteredSub));
    try {
        (void)partner.customers().byId(kCustomer).carts().byId(*cart.id).get();
        FAIL() << "expected the injected 503";
    } catch (const pc::PartnerCenterError& e) {
        EXPECT_EQ(e.kind(), pc::PartnerCenterError::Kind::service);
        EXPECT_EQ(e.httpStatus(), 503);
        EXPECT_EQ(e.code(), 800003);
    }
    auto calls = attempts.matching("GET", "/carts/" + *cart.id);
    ASSERT_EQ(calls.size(), 4u) << "the first attempt and 3 retries";
    expectOneRequestId(calls);
    EXPECT_EQ(sleeps.sleeps(), (Millis{500ms, 1500ms, 3500ms}));
}

TEST_F(RetryTest, RetriesAreConfigurable) {
    auto o = options();
    o.retry.maxRetries = 1;
    auto partner = appUserClient(o);
    auto cart = partner.customers().byId(kCustomer).carts().create(oneLineCart(kRegisteredSub));
    EXPECT_THROW((void)partner.customers().byId(kCustomer).carts().byId(*cart.id).get(), pc::PartnerCenterError);
    EXPECT_EQ(attempts.matching("GET", "/carts/" + *cart.id).size(), 2u);
}

TEST_F(RetryTest, NoServerAtAllIsATransportErrorAfterRetries) {
    auto o = options();
    o.endpoint = o.authority = pcsim::testing::closedLoopbackUrl();
    try {
        (void)appUserClient(o).customers().byId(kCustomer).get();
        FAIL() << "expected a transport error";
    } catch (const pc::PartnerCenterError& e) {
        EXPECT_EQ(e.kind(), pc::PartnerCenterError::Kind::transport);
        EXPECT_EQ(e.httpStatus(), 0);
    }
    EXPECT_EQ(attempts.tokenRequests(), 4u) << "the token request is retried like any call";
    EXPECT_EQ(sleeps.sleeps(), (Millis{500ms, 1500ms, 3500ms}));
}

}  // namespace
}  // namespace pcsim::client_testing
