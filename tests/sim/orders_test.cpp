#include "sim/orders.hpp"

#include <gtest/gtest.h>

#include "world_builder.hpp"

namespace pcsim::testing {
namespace {

using std::chrono::days;
using std::chrono::seconds;

CartInput oneB1s(const std::string& subscriptionId = subRegistered) {
    return cartOf({riLine(b1s1y, 1, subscriptionId)});
}

TEST(Orders, ListInCreationOrder) {
    auto world = WorldBuilder().build();
    std::vector<std::string> bought;
    for (int i = 0; i < 3; ++i) {
        bought.push_back(buyOneOrThrow(*world, fabrikam, oneB1s()).id);
        world->clock.advance(seconds{1});
    }
    auto listed = listOrders(*world, toUpper(fabrikam), std::nullopt);
    ASSERT_TRUE(listed);
    std::vector<std::string> ids;
    for (const auto& o : *listed) ids.push_back(o.id);
    EXPECT_EQ(ids, bought);
    EXPECT_TRUE(listOrders(*world, contoso, std::nullopt)->empty());  // tenant isolation
}

TEST(Orders, BillingTypeFilter) {
    auto world = WorldBuilder().build();
    buyOneOrThrow(*world, fabrikam, oneB1s());
    for (std::string_view oneTime : {"one_time", "OneTime", "onetime", "ONE_TIME"})
        EXPECT_EQ(listOrders(*world, fabrikam, oneTime)->size(), 1u) << oneTime;
    for (std::string_view other : {"monthly", "Annual", "usage", "License"})
        EXPECT_TRUE(listOrders(*world, fabrikam, other)->empty()) << other;
    auto refused = listOrders(*world, fabrikam, std::string_view("weekly"));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().http, 400);
    EXPECT_EQ(refused.error().code, 900126);
}

TEST(Orders, GetUnknownOrderOrCustomer) {
    auto world = WorldBuilder().build();
    Order order = buyOneOrThrow(*world, fabrikam, oneB1s());
    EXPECT_TRUE(getOrder(*world, fabrikam, order.id));
    auto missing = getOrder(*world, fabrikam, "NoSuchOrder1");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().http, 404);
    EXPECT_EQ(missing.error().code, 20000);
    EXPECT_EQ(getOrder(*world, contoso, order.id).error().code, 20000);
    EXPECT_EQ(getOrder(*world, "nobody", order.id).error().code, 60003);
    EXPECT_EQ(listOrders(*world, "nobody", std::nullopt).error().code, 60003);
    EXPECT_EQ(orderProvisioningStatus(*world, fabrikam, "NoSuchOrder1").error().code, 20000);
}

TEST(Orders, ProvisioningStatusFollowsTheOrder) {
    auto world = WorldBuilder().sandbox().provisioningDelaySeconds(900).build();
    Order order =
        buyOneOrThrow(*world, fabrikam, cartOf({riLine(b1s1y, 1, subRegistered), riLine(b1s1y, 1, subRegistered)}));
    auto status = [&] { return *orderProvisioningStatus(*world, fabrikam, order.id); };
    ASSERT_EQ(status().size(), 2u);
    EXPECT_EQ(status()[1].lineItemNumber, 1);
    EXPECT_EQ(status()[1].quantity, 1);
    EXPECT_EQ(status()[0].status, "PrefulfillmentPending");
    world->clock.advance(seconds{899});
    EXPECT_EQ(status()[0].status, "PrefulfillmentPending");
    world->clock.advance(seconds{1});
    EXPECT_EQ(status()[0].status, "Fulfilled");
    EXPECT_EQ(getOrder(*world, fabrikam, order.id)->statusAt(world->now()), OrderStatus::completed);
    ASSERT_TRUE(cancelOrder(*world, fabrikam, order.id));
    EXPECT_EQ(status()[0].status, "Unfulfilled");
    EXPECT_EQ(status()[1].status, "Unfulfilled");
}

// ---- Cancellation ----------------------------------------------------------------------------

TEST(CancelOrder, OnlyIntegrationSandboxPartnersMayCancel) {
    auto world = WorldBuilder().build();
    Order order = buyOneOrThrow(*world, fabrikam, oneB1s());
    auto refused = cancelOrder(*world, fabrikam, order.id);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().http, 403);
    EXPECT_EQ(refused.error().code, 800019);
    EXPECT_EQ(getOrder(*world, fabrikam, order.id)->statusAt(world->now()), OrderStatus::completed);
}

TEST(CancelOrder, CancelsTheOrderAndItsReservations) {
    auto world = WorldBuilder().sandbox().build();
    Order order = buyOneOrThrow(*world, fabrikam, oneB1s());
    world->clock.advance(days{60});
    auto cancelled = cancelOrder(*world, fabrikam, order.id);
    ASSERT_TRUE(cancelled) << cancelled.error().description;
    EXPECT_EQ(cancelled->statusAt(world->now()), OrderStatus::cancelled);
    EXPECT_EQ(cancelled->cancelledAt, world->now());
    EXPECT_EQ(getOrder(*world, fabrikam, order.id)->statusAt(world->now()), OrderStatus::cancelled);
    const ReservationOrder* ro = world->findReservationOrder(order.lines[0].reservationOrderId);
    EXPECT_EQ(ro->reservations[0].provisioningState, "Cancelled");
}

TEST(CancelOrder, After60DaysIs400_900117) {
    auto world = WorldBuilder().sandbox().build();
    Order order = buyOneOrThrow(*world, fabrikam, oneB1s());
    world->clock.advance(days{61});
    auto refused = cancelOrder(*world, fabrikam, order.id);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().http, 400);
    EXPECT_EQ(refused.error().code, 900117);
    EXPECT_NE(refused.error().description.find("60-day"), std::string::npos);
    EXPECT_EQ(getOrder(*world, fabrikam, order.id)->statusAt(world->now()), OrderStatus::completed);
}

TEST(CancelOrder, AlreadyCancelledIs400_800061) {
    auto world = WorldBuilder().sandbox().build();
    Order order = buyOneOrThrow(*world, fabrikam, oneB1s());
    ASSERT_TRUE(cancelOrder(*world, fabrikam, order.id));
    auto again = cancelOrder(*world, fabrikam, order.id);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().http, 400);
    EXPECT_EQ(again.error().code, 800061);
}

TEST(CancelOrder, UnknownOrderOrOtherCustomersOrderIs404) {
    auto world = WorldBuilder().sandbox().build();
    Order order = buyOneOrThrow(*world, fabrikam, oneB1s());
    EXPECT_EQ(cancelOrder(*world, fabrikam, "NoSuchOrder1").error().code, 20000);
    EXPECT_EQ(cancelOrder(*world, contoso, order.id).error().code, 20000);
    EXPECT_EQ(cancelOrder(*world, "nobody", order.id).error().code, 60003);
}

}  // namespace
}  // namespace pcsim::testing
