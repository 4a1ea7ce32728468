// The purchase flow end to end against pcsim: the happy path, each step's failure naming the step,
// and polling while simulated time passes.
#include "client_fixture.hpp"

#include <algorithm>
#include <set>

namespace pcsim::client_testing {
namespace {

namespace pc = partnercenter;
namespace models = partnercenter::models;

pc::PurchasePlan planFor(const std::string& customerId, std::optional<std::string> subscriptionId,
                         std::string size = "Standard_D4s_v3", std::string region = "eastus2", int quantity = 2,
                         pc::ReservationScope scope = pc::ReservationScope::shared) {
    pc::PurchasePlan plan;
    plan.customerId = customerId;
    plan.subscriptionId = std::move(subscriptionId);
    pc::ReservationLine line;
    line.size = std::move(size);
    line.region = std::move(region);
    line.term = "P1Y";
    line.quantity = quantity;
    line.scope = scope;
    plan.lines.push_back(line);
    return plan;
}

class PurchaseFlowTest : public ClientTest {
protected:
    void SetUp() override { start("e2e.yaml"); }

    // Runs prepare() and expects it to fail at `step`; returns the error's text.
    std::string failureAt(pc::PurchaseStep step, const pc::PurchasePlan& plan) {
        pc::PurchaseFlow flow(appUserClient());
        try {
            (void)flow.prepare(plan);
        } catch (const pc::PartnerCenterError& e) {
            EXPECT_EQ(e.step(), pc::describe(step)) << e.what();
            EXPECT_EQ(std::string(e.what()).rfind(std::string(pc::describe(step)) + ": ", 0), 0u) << e.what();
            return e.what();
        }
        ADD_FAILURE() << "prepare() succeeded; expected a failure at " << pc::describe(step);
        return {};
    }
};

TEST_F(PurchaseFlowTest, ReviewShowsPricesAndScopeThenCompleteBuysAndReturnsReservations) {
    auto partner = appUserClient();
    std::vector<pc::PurchaseStep> steps;
    pc::PurchaseFlow flow(partner, {}, [&](pc::PurchaseStep step, std::string_view message) {
        if (message == pc::describe(step)) steps.push_back(step);
    });
    const std::size_t before = attempts.all().size();
    auto review = flow.prepare(planFor(kCustomer, kRegisteredSub));
    const std::size_t afterPrepare = attempts.all().size();
    ASSERT_EQ(review.lines.size(), 1u);
    EXPECT_EQ(review.lines[0].offer.catalogItemId(), kD4sP1Y);
    EXPECT_DOUBLE_EQ(review.lines[0].unitPrice.value(), 1051.20);
    EXPECT_DOUBLE_EQ(review.lines[0].lineTotal.value(), 2102.40);
    EXPECT_DOUBLE_EQ(review.total.value(), 2102.40);
    EXPECT_EQ(review.currencyCode, "USD");
    EXPECT_NE(review.lines[0].scopeMeaning.find("every subscription of Fabrikam Test Ltd"), std::string::npos);
    EXPECT_TRUE(partner.customers().byId(kCustomer).orders().get().items.empty()) << "nothing bought by prepare()";

    const std::size_t beforeComplete = attempts.all().size();
    auto result = flow.complete(review);
    const auto purchaseAttempts = attempts.all();
    EXPECT_FALSE(result.orderId.empty());
    EXPECT_EQ(result.status, "completed");
    EXPECT_DOUBLE_EQ(result.orders.at(0).totalPrice.value(), 2102.40);
    ASSERT_EQ(result.reservations.size(), 1u);
    EXPECT_EQ(result.reservations[0].quantity, 2);
    EXPECT_EQ(result.reservations[0].scopeType, "Shared");
    EXPECT_FALSE(result.reservationsNote);

    auto orders = partner.customers().byId(kCustomer).orders().get().items;
    ASSERT_EQ(orders.size(), 1u);
    EXPECT_EQ(orders[0].id, result.orderId);
    using Step = pc::PurchaseStep;
    const std::vector<Step> everyStepOnceInOrder = {Step::pick_customer,
                                                    Step::find_subscription,
                                                    Step::ensure_registration,
                                                    Step::search_catalog,
                                                    Step::check_inventory,
                                                    Step::build_cart,
                                                    Step::review,
                                                    Step::checkout,
                                                    Step::wait_for_order,
                                                    Step::collect_reservations};
    EXPECT_EQ(steps, everyStepOnceInOrder);

    std::set<std::string> correlationIds;
    for (std::size_t i = before; i < purchaseAttempts.size(); ++i) {
        if (i >= afterPrepare && i < beforeComplete) continue;  // the test's own look at the orders
        if (!purchaseAttempts[i].correlationId.empty()) correlationIds.insert(purchaseAttempts[i].correlationId);
    }
    EXPECT_EQ(correlationIds.size(), 1u) << "the purchase is one logical operation";
}

TEST_F(PurchaseFlowTest, SingleScopeSaysWhichSubscription) {
    auto review =
        pc::PurchaseFlow(appUserClient())
            .prepare(planFor(kCustomer, kRegisteredSub, "D4s_v3", "eastus2", 1, pc::ReservationScope::single));
    EXPECT_NE(review.lines.at(0).scopeMeaning.find("only to matching VMs in subscription Fabrikam production"),
              std::string::npos)
        << review.lines[0].scopeMeaning;
    const std::string* scope = models::findCaseInsensitive(*review.cart.lineItems.at(0).provisioningContext, "scope");
    ASSERT_NE(scope, nullptr);
    EXPECT_EQ(*scope, "single");
}

TEST_F(PurchaseFlowTest, RegistersAnUnregisteredSubscriptionFirst) {
    auto partner = appUserClient();
    auto result = pc::PurchaseFlow(partner).buy(planFor(kCustomer, kUnregisteredSub));
    EXPECT_EQ(result.status, "completed");
    EXPECT_EQ(attempts.matching("POST", "/subscriptions/" + kUnregisteredSub + "/registrations").size(), 1u);
    EXPECT_TRUE(pc::text::equalsIgnoreCase(
        partner.customers().byId(kCustomer).subscriptions().byId(kUnregisteredSub).registrationStatus().status,
        "registered"));
}

TEST_F(PurchaseFlowTest, PicksARegisteredActiveAzureSubscriptionWhenNoneIsNamed) {
    auto review = pc::PurchaseFlow(appUserClient()).prepare(planFor(kCustomer, std::nullopt));
    EXPECT_EQ(review.subscription.id, kRegisteredSub);
    EXPECT_TRUE(attempts.matching("POST", "/registrations").empty());
}

TEST_F(PurchaseFlowTest, AppCredentialsBuyButCannotReadReservations) {
    auto result = pc::PurchaseFlow(appClient()).buy(planFor(kCustomer, kRegisteredSub));
    EXPECT_EQ(result.status, "completed");
    EXPECT_TRUE(result.reservations.empty());
    ASSERT_TRUE(result.reservationsNote);
    EXPECT_NE(result.reservationsNote->find("App+User"), std::string::npos);
}

TEST_F(PurchaseFlowTest, UnknownCustomerFailsAtPickTheCustomer) {
    auto text =
        failureAt(pc::PurchaseStep::pick_customer, planFor("00000000-0000-4000-8000-000000000000", std::nullopt));
    EXPECT_NE(text.find("HTTP 404"), std::string::npos) << text;
}

TEST_F(PurchaseFlowTest, SuspendedSubscriptionFailsAtFindSubscription) {
    auto text = failureAt(pc::PurchaseStep::find_subscription, planFor(kCustomer, kSuspendedSub));
    EXPECT_NE(text.find("is suspended, not active"), std::string::npos) << text;
}

TEST_F(PurchaseFlowTest, CustomerWithoutSubscriptionsFailsAtFindSubscription) {
    auto text = failureAt(pc::PurchaseStep::find_subscription, planFor(kCustomerWithoutSubscriptions, std::nullopt));
    EXPECT_NE(text.find("has no active Azure subscription"), std::string::npos) << text;
}

TEST_F(PurchaseFlowTest, UnknownSizeFailsAtSearchTheCatalog) {
    auto text = failureAt(pc::PurchaseStep::search_catalog, planFor(kCustomer, kRegisteredSub, "Standard_E64s_v3"));
    EXPECT_NE(text.find("no reservation for Standard_E64s_v3 in eastus2 for P1Y"), std::string::npos) << text;
}

TEST_F(PurchaseFlowTest, RestrictedRegionFailsAtCheckInventory) {
    auto text =
        failureAt(pc::PurchaseStep::check_inventory, planFor(kCustomer, kRegisteredSub, "Standard_D2s_v3", "westus"));
    EXPECT_NE(text.find("NotAvailableForSubscription"), std::string::npos) << text;
}

TEST_F(PurchaseFlowTest, CartTheServiceRejectsFailsAtBuildTheCart) {
    // The SKU allows at most 50 instances.
    auto text =
        failureAt(pc::PurchaseStep::build_cart, planFor(kCustomer, kRegisteredSub, "Standard_D4s_v3", "eastus2", 51));
    EXPECT_NE(text.find("error 10010"), std::string::npos) << text;
}

// The faults scenario throws a dropped connection, a 429, a 503 on checkout and a 403 800043 for
// order prices at one purchase: it still buys exactly once.
class FaultyPurchaseTest : public ClientTest {
protected:
    void SetUp() override { start("faults.yaml"); }
};

TEST_F(FaultyPurchaseTest, BuysExactlyOnceThroughEveryInjectedFault) {
    auto partner = appUserClient();
    auto result = pc::PurchaseFlow(partner).buy(planFor(kCustomer, std::nullopt));
    EXPECT_EQ(result.status, "completed");
    EXPECT_FALSE(result.orders.at(0).totalPrice) << "read without prices after 403 800043";
    EXPECT_EQ(result.reservations.size(), 1u);
    EXPECT_EQ(attempts.matching("POST", "/checkout").size(), 2u);
    auto waits = sleeps.sleeps();
    EXPECT_NE(std::find(waits.begin(), waits.end(), std::chrono::milliseconds(1000)), waits.end()) << "Retry-After";
    auto orders = partner.customers().byId(kCustomer).orders().get().items;
    ASSERT_EQ(orders.size(), 1u);
    EXPECT_EQ(orders[0].id, result.orderId);
}

// Simulated time passes while the flow sleeps: registration takes 10 minutes, provisioning an hour.
class SlowPurchaseTest : public ClientTest {
protected:
    void SetUp() override { startWithSimulatedTokenClock("slow.yaml"); }  // tokens expire as the clock moves

    std::chrono::system_clock::time_point clientNow = std::chrono::system_clock::now();

    // The flow's sleeper moves pcsim's clock, and the client's with it (tokens expire meanwhile).
    pc::PurchaseFlow flow(int maxOrderPolls) {
        auto o = options();
        o.clock = [this] { return clientNow; };
        pc::PurchaseOptions purchase;
        purchase.pollInterval = std::chrono::minutes(5);
        purchase.maxOrderPolls = maxOrderPolls;
        purchase.sleeper = [this](std::chrono::milliseconds d) {
            slept += d;
            advanceSimulatedClock("PT" + std::to_string(std::chrono::duration_cast<std::chrono::seconds>(d).count()) +
                                  "S");
            clientNow += d;
        };
        return pc::PurchaseFlow(appUserClient(o), purchase);
    }
    std::chrono::milliseconds slept{0};
};

TEST_F(SlowPurchaseTest, PollsRegistrationAndOrderUntilDone) {
    auto result = flow(30).buy(planFor(kCustomer, kUnregisteredSub));
    EXPECT_EQ(result.status, "completed");
    EXPECT_EQ(result.reservations.size(), 1u);
    EXPECT_GE(slept, std::chrono::minutes(70)) << "10 minutes of registration, an hour of provisioning";
    EXPECT_GE(attempts.tokenRequests(), 2u) << "the first token expired on the way";
}

TEST_F(SlowPurchaseTest, GivesUpWaitingAfterTheConfiguredPollsAndSaysTheOrderWasPlaced) {
    try {
        (void)flow(3).buy(planFor(kCustomer, kRegisteredSub));
        FAIL() << "the order cannot complete within 3 polls";
    } catch (const pc::PartnerCenterError& e) {
        EXPECT_EQ(e.step(), pc::describe(pc::PurchaseStep::wait_for_order));
        EXPECT_NE(std::string(e.what()).find("still 'pending' after 3 checks"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace pcsim::client_testing
