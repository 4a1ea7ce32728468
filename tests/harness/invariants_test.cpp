// The invariants: hold on a real purchase flow (over the control route), and each is reported when
// the state is broken on purpose (sim::checkInvariants on the world of that flow, changed by hand).
#include <algorithm>

#include "harness_fixture.hpp"
#include "sim/invariants.hpp"
#include "support/default_scenario.hpp"

namespace pcsim::testing {
namespace {

using default_scenario::kFabrikam;
using default_scenario::kProduction;
const std::string kDevelopmentAzure = "a1a1a1a1-0000-4000-8000-000000000002";

std::shared_ptr<const sim::Scenario> defaultScenario() {
    static auto scenario = loadScenario(std::string(PCSIM_SCENARIOS_DIR "/default.yaml"));
    return scenario;
}

std::set<std::string> invariantsOf(const sim::InvariantReport& report) {
    std::set<std::string> names;
    for (const auto& v : report.violations) names.insert(v.invariant);
    return names;
}

std::string describe(const sim::InvariantReport& report) {
    std::string out;
    for (const auto& v : report.violations) out += v.invariant + ": " + v.description + " [" + v.subject + "]\n";
    return out;
}

// The default scenario after two purchases on the production subscription (one shared, one
// single-scope) and two simulated days of reservation engine.
class InvariantsTest : public ::testing::Test {
protected:
    void SetUp() override {
        token_ = token();
        buy("shared", 2);
        buy("single", 1);
        ASSERT_EQ(pcsim_.send("POST", "/_pcsim/clock", R"({"advance":"P2D"})").status, 200);
    }

    // An App token for Partner Center, or (`resource`) for another audience.
    std::string token(const std::string& resource = "https://api.partnercenter.microsoft.com") {
        auto r = pcsim_.send("POST", "/" + default_scenario::kTenant + "/oauth2/token",
                             "grant_type=client_credentials&client_id=0a0a0a0a-0000-4000-8000-00000000000a&client_"
                             "secret=dev-secret-1&resource=" +
                                 resource,
                             {{"Content-Type", "application/x-www-form-urlencoded"}});
        return InProcessApp::json(r)["access_token"];
    }

    void buy(const std::string& scope, int quantity) {
        auto cart = pcsim_.call("POST", "/v1/customers/" + kFabrikam + "/carts", token_,
                                cartBody("DZH318Z0BQ3Q:00G1:DZH318XZXK7M", kProduction, quantity, scope));
        ASSERT_EQ(cart.status, 201) << cart.body;
        auto checkout = pcsim_.call(
            "POST",
            "/v1/customers/" + kFabrikam + "/carts/" + InProcessApp::json(cart)["id"].get<std::string>() + "/checkout",
            token_);
        ASSERT_EQ(checkout.status, 201) << checkout.body;
    }

    sim::World& world() { return pcsim_.app().sandbox().current()->world; }
    sim::CustomerState& fabrikam() { return *world().findCustomer(kFabrikam); }
    sim::Order& firstOrder() { return fabrikam().orders.at(fabrikam().orderSequence.front()); }
    sim::ReservationOrder& reservationOrderOf(const sim::Order& order) {
        return *world().findReservationOrder(order.lines.front().reservationOrderId);
    }
    sim::Reservation& singleReservation() {
        for (auto& [id, order] : const_cast<std::map<std::string, sim::ReservationOrder>&>(world().reservationOrders()))
            for (auto& reservation : order.reservations)
                if (reservation.scope == sim::Scope::single) return reservation;
        throw std::runtime_error("no single-scope reservation");
    }
    sim::InvariantReport check() { return sim::checkInvariants(world()); }

    // Records one more engine hour in which the VM entry `vmId` gets `units` from `reservationId`.
    void recordShare(const std::string& vmId, const std::string& reservationId, double usage, double units) {
        auto& engine = world().reservationEngine;
        auto& ledger = engine.ledger;
        std::uint32_t vm = 0;
        while (vm < ledger.vms().size() && ledger.vms()[vm].vmId != vmId) ++vm;
        ASSERT_LT(vm, ledger.vms().size()) << vmId;
        auto reservation = ledger.reservationIndex(reservationId);
        ASSERT_TRUE(reservation);
        const auto hour = engine.processedUntil++;
        sim::engine::Share share{*reservation, units};
        ledger.recordVmHour(vm, 0, hour, usage, std::span<const sim::engine::Share>(&share, 1));
    }

    InProcessApp pcsim_{{}, defaultScenario()};
    std::string token_;
};

TEST_F(InvariantsTest, HoldOnARealFlowAndTheRouteSaysSo) {
    auto r = pcsim_.send("GET", "/_pcsim/invariants");
    ASSERT_EQ(r.status, 200);
    auto body = InProcessApp::json(r);
    EXPECT_TRUE(body["ok"]) << r.body;
    EXPECT_TRUE(body["violations"].empty());
    const std::vector<std::string> expected = {"entitlement-per-fulfilled-line",
                                               "reservation-order-has-line",
                                               "one-order-per-cart",
                                               "ordered-cart-has-order",
                                               "order-total",
                                               "reservation-scope",
                                               "reservation-quantity",
                                               "capacity-bound",
                                               "usage-bound",
                                               "scope-soundness",
                                               "time-soundness"};
    EXPECT_EQ(body["checked"].get<std::vector<std::string>>(), expected);
    // The flow did give the engine something to check.
    EXPECT_FALSE(world().reservationEngine.ledger.reservations().empty());
    EXPECT_GT(world().reservationEngine.ledger.reservations().front().runs.size(), 0u);
}

TEST_F(InvariantsTest, TheRouteReportsAViolationOfItsSandboxOnly) {
    firstOrder().lines.front().unitPrice += 1;
    auto body = InProcessApp::json(pcsim_.send("GET", "/_pcsim/invariants"));
    EXPECT_FALSE(body["ok"]);
    ASSERT_FALSE(body["violations"].empty());
    EXPECT_EQ(body["violations"][0]["invariant"], "order-total");
    EXPECT_EQ(body["violations"][0]["subject"], "order " + firstOrder().id + " line 0");
    EXPECT_TRUE(InProcessApp::json(pcsim_.send("GET", "/_sandbox/other/_pcsim/invariants"))["ok"]);
}

TEST_F(InvariantsTest, AFulfilledLineWithoutItsReservationHasNoEntitlement) {
    firstOrder().lines.front().reservationOrderId = "00000000-0000-0000-0000-000000000000";
    auto report = check();
    EXPECT_TRUE(invariantsOf(report).count("entitlement-per-fulfilled-line")) << describe(report);
    EXPECT_TRUE(invariantsOf(report).count("reservation-order-has-line")) << describe(report);
}

TEST_F(InvariantsTest, AnEntitlementOfAnotherQuantityThanItsLine) {
    reservationOrderOf(firstOrder()).originalQuantity = 5;
    auto report = check();
    EXPECT_TRUE(invariantsOf(report).count("entitlement-per-fulfilled-line")) << describe(report);
    EXPECT_TRUE(invariantsOf(report).count("reservation-quantity")) << describe(report);
}

TEST_F(InvariantsTest, AReservationOrderWithoutOrderLine) {
    auto orphan = reservationOrderOf(firstOrder());
    orphan.id = "99999999-0000-4000-8000-000000000009";
    world().addReservationOrder(orphan);
    auto report = check();
    ASSERT_EQ(invariantsOf(report), std::set<std::string>{"reservation-order-has-line"}) << describe(report);
    EXPECT_EQ(report.violations.front().subject, "reservation order " + orphan.id);
}

TEST_F(InvariantsTest, ASecondOrderForOneCart) {
    sim::Order twin = firstOrder();
    twin.id = "twin-order";
    fabrikam().orders.emplace(twin.id, twin);
    fabrikam().orderSequence.push_back(twin.id);
    auto report = check();
    EXPECT_TRUE(invariantsOf(report).count("one-order-per-cart")) << describe(report);
}

TEST_F(InvariantsTest, AnOrderedCartWithoutItsOrder) {
    for (auto& [id, cart] : fabrikam().carts) cart.checkoutOrderIds.clear();
    auto report = check();
    EXPECT_TRUE(invariantsOf(report).count("ordered-cart-has-order")) << describe(report);
}

TEST_F(InvariantsTest, AUnitPriceThatIsNotTheCatalogs) {
    firstOrder().lines.front().unitPrice = 1.0;
    auto report = check();
    EXPECT_EQ(invariantsOf(report), std::set<std::string>{"order-total"}) << describe(report);
}

TEST_F(InvariantsTest, ScopesOfTheWrongShape) {
    singleReservation().appliedScopes.push_back("/subscriptions/" + kDevelopmentAzure);
    auto report = check();
    EXPECT_TRUE(invariantsOf(report).count("reservation-scope")) << describe(report);

    singleReservation().appliedScopes = {"/subscriptions/ffffffff-0000-4000-8000-00000000000f"};
    report = check();
    EXPECT_TRUE(invariantsOf(report).count("reservation-scope")) << describe(report);
    EXPECT_NE(describe(report).find("is not a subscription of customer"), std::string::npos);
}

TEST_F(InvariantsTest, MoreCoveredThanUsedOrOffered) {
    recordShare("api-01", singleReservation().id, 1.0, 50.0);
    auto report = check();
    EXPECT_TRUE(invariantsOf(report).count("usage-bound")) << describe(report);
    EXPECT_TRUE(invariantsOf(report).count("capacity-bound")) << describe(report);
    EXPECT_FALSE(invariantsOf(report).count("time-soundness")) << describe(report);
}

TEST_F(InvariantsTest, ACoveredVmOutsideTheScope) {
    // A DSv3 VM in eastus2 on the development subscription: the single-scope reservation
    // (production) must not cover it; the engine does not, and a forged share is caught.
    auto added = pcsim_.send(
        "POST", "/_pcsim/customers/" + kFabrikam + "/subscriptions/A1000000-0000-4000-8000-000000000002/vms",
        R"({"id": "dev-d2", "resourceGroup": "rg-dev", "region": "eastus2", "size": "Standard_D2s_v3"})");
    ASSERT_EQ(added.status, 201) << added.body;
    ASSERT_EQ(pcsim_.send("POST", "/_pcsim/clock", R"({"advance":"PT3H"})").status, 200);
    ASSERT_TRUE(check().ok()) << describe(check());
    recordShare("dev-d2", singleReservation().id, 2.0, 1.0);
    auto report = check();
    EXPECT_EQ(invariantsOf(report), std::set<std::string>{"scope-soundness"}) << describe(report);
    EXPECT_NE(describe(report).find("outside the reservation's scope"), std::string::npos) << describe(report);
}

TEST_F(InvariantsTest, ScopeChangesAreJudgedByTheScopeOfTheirTime) {
    // The shared reservation covered production VMs for two days; scoping it to the development
    // subscription now does not make those hours wrong.
    std::string orderId, reservationId;
    for (const auto& [key, order] : world().reservationOrders())
        for (const auto& reservation : order.reservations)
            if (reservation.scope == sim::Scope::shared) orderId = order.id, reservationId = reservation.id;
    auto patched = pcsim_.call("PATCH",
                               "/providers/Microsoft.Capacity/reservationOrders/" + orderId + "/reservations/" +
                                   reservationId + "?api-version=2022-11-01",
                               token("https://management.azure.com/"),
                               R"({"properties": {"appliedScopeType": "Single", "appliedScopes": ["/subscriptions/)" +
                                   kDevelopmentAzure + R"("]}})");
    ASSERT_EQ(patched.status, 200) << patched.body;
    ASSERT_EQ(pcsim_.send("POST", "/_pcsim/clock", R"({"advance":"P1D"})").status, 200);
    auto report = check();
    EXPECT_TRUE(report.ok()) << describe(report);
    // Forget when the scope changed, and the old hours look like coverage outside the scope.
    world().reservationEngine.termsHistory.clear();
    report = check();
    EXPECT_TRUE(invariantsOf(report).count("scope-soundness")) << describe(report);
}

TEST_F(InvariantsTest, CoverageBeforeTheReservationStarted) {
    singleReservation().effectiveDateTime = world().now();
    auto report = check();
    EXPECT_TRUE(invariantsOf(report).count("time-soundness")) << describe(report);
}

}  // namespace
}  // namespace pcsim::testing
