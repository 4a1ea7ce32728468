#include "sim/checkout.hpp"

#include <gtest/gtest.h>

#include "sim/customers_ops.hpp"
#include "sim/orders.hpp"
#include "world_builder.hpp"

namespace pcsim::testing {
namespace {

using std::chrono::days;
using std::chrono::minutes;

TEST(Checkout, CreatesOneOrderForTheCart) {
    auto world = WorldBuilder().provisioningDelaySeconds(300).build();
    CartLineInput byDuration = riLine(toLower(b1s1y), 3, subRegistered);
    byDuration.termDuration.reset();
    byDuration.provisioningContext["duration"] = "1Year";
    byDuration.friendlyName = "";
    Cart cart = createOrThrow(*world, fabrikam, cartOf({riLine(d4s1y, 2, subRegistered), byDuration}));
    world->clock.advance(minutes{3});
    auto result = checkout(*world, fabrikam, cart.id);
    ASSERT_TRUE(result) << result.error().description;
    ASSERT_EQ(result->orders.size(), 1u);
    EXPECT_TRUE(result->orderErrors.empty());

    const Order& order = result->orders[0];
    const Timestamp purchasedAt = start + minutes{3};
    EXPECT_EQ(order.id.size(), 33u);
    EXPECT_EQ(order.alternateId.size(), 12u);
    EXPECT_EQ(order.customerId, fabrikam);
    EXPECT_EQ(order.cartId, cart.id);
    EXPECT_EQ(order.billingCycle, "one_time");
    EXPECT_EQ(order.currencyCode, "USD");
    EXPECT_EQ(order.currencySymbol, "$");
    EXPECT_EQ(order.creationDate, purchasedAt);
    EXPECT_EQ(order.completesAt, purchasedAt + std::chrono::seconds{300});
    EXPECT_EQ(order.statusAt(world->now()), OrderStatus::pending);
    EXPECT_DOUBLE_EQ(order.totalPrice(), 2 * d4s1yPrice + 3 * b1s1yPrice);

    ASSERT_EQ(order.lines.size(), 2u);
    const OrderLine& d4s = order.lines[0];
    EXPECT_EQ(d4s.lineItemNumber, 0);
    EXPECT_EQ(d4s.offerId, d4s1y);
    EXPECT_EQ(d4s.productId, dsv3Product);
    EXPECT_EQ(d4s.skuId, "00G1");
    EXPECT_EQ(d4s.availabilityId, "DZH318XZXK7M");
    EXPECT_EQ(d4s.termDuration, "P1Y");
    EXPECT_EQ(d4s.friendlyName, "test line");
    EXPECT_EQ(d4s.quantity, 2);
    EXPECT_DOUBLE_EQ(d4s.unitPrice, d4s1yPrice);
    EXPECT_EQ(d4s.provisioningContext, cart.lines[0].provisioningContext);
    const OrderLine& b1s = order.lines[1];
    EXPECT_EQ(b1s.lineItemNumber, 1);
    EXPECT_EQ(b1s.offerId, b1s1y);       // canonical casing, though the cart line was lower-cased
    EXPECT_EQ(b1s.termDuration, "P1Y");  // from provisioningContext duration "1Year"
    EXPECT_EQ(b1s.friendlyName, "Reserved VM Instance, Standard_B1s, US East");  // the SKU title when none given

    auto stored = getCart(*world, fabrikam, cart.id);
    EXPECT_EQ(stored->status, CartStatus::ordered);
    EXPECT_EQ(stored->checkoutOrderIds, std::vector<std::string>{order.id});
    auto fetched = getOrder(*world, fabrikam, order.id);
    ASSERT_TRUE(fetched);
    EXPECT_EQ(fetched->alternateId, order.alternateId);
    EXPECT_EQ(fetched->lines.size(), 2u);
}

TEST(Checkout, EachLineGetsAReservationOrderWithOneReservation) {
    auto world = WorldBuilder().provisioningDelaySeconds(600).build();
    world->clock.set(at("2026-03-07T14:25:42Z"));
    Order order = buyOneOrThrow(
        *world, fabrikam,
        cartOf({riLine(d4s1y, 2, subRegistered, "single"), riLine(d4s3y, 1, subRegistered, "Shared", "P3Y"),
                riLine(d4s5y, 1, subRegistered, "shared", "P5Y")}));
    ASSERT_EQ(world->reservationOrders().size(), 3u);
    const std::vector<int> years{1, 3, 5};
    for (const OrderLine& line : order.lines) {
        const ReservationOrder* ro = world->findReservationOrder(toUpper(line.reservationOrderId));
        ASSERT_NE(ro, nullptr);
        EXPECT_EQ(ro->customerId, fabrikam);
        EXPECT_EQ(ro->orderId, order.id);
        EXPECT_EQ(ro->lineItemNumber, line.lineItemNumber);
        EXPECT_EQ(ro->productId, line.productId);
        EXPECT_EQ(ro->skuId, line.skuId);
        EXPECT_EQ(ro->artifactGroupId.size(), 32u);
        EXPECT_EQ(ro->artifactLineItemId.size(), 36u);
        EXPECT_EQ(ro->billingSubscriptionId, subRegistered);
        EXPECT_EQ(ro->term, line.termDuration);
        EXPECT_EQ(ro->originalQuantity, line.quantity);
        ASSERT_EQ(ro->reservations.size(), 1u);
        const Reservation& r = ro->reservations[0];
        EXPECT_EQ(r.id.size(), 36u);
        EXPECT_EQ(r.displayName, "VM_RI_03-07-2026_14-25");
        EXPECT_EQ(r.armSkuName, "Standard_D4s_v3");
        EXPECT_EQ(r.region, "eastus2");
        EXPECT_EQ(r.isfGroup, "DSv3 Series");
        EXPECT_EQ(r.isfRatio, 4);
        EXPECT_EQ(r.quantity, line.quantity);
        EXPECT_EQ(r.term, line.termDuration);
        EXPECT_EQ(r.effectiveDateTime, order.completesAt);
        EXPECT_EQ(r.expiryDateTime, addYears(order.completesAt, years[std::size_t(line.lineItemNumber)]));
        EXPECT_EQ(r.provisioningState, "Succeeded");
    }
    const Reservation& single = world->findReservationOrder(order.lines[0].reservationOrderId)->reservations[0];
    EXPECT_EQ(single.scope, Scope::single);
    EXPECT_EQ(single.appliedScopes, std::vector<std::string>{"/subscriptions/" + subRegisteredAzureId});
    const Reservation& shared = world->findReservationOrder(order.lines[1].reservationOrderId)->reservations[0];
    EXPECT_EQ(shared.scope, Scope::shared);
    EXPECT_TRUE(shared.appliedScopes.empty());
}

TEST(Checkout, RepeatingItReplaysTheSameOrdersAndCreatesNothing) {
    auto world = WorldBuilder().provisioningDelaySeconds(60).build();
    Cart cart = createOrThrow(*world, fabrikam, cartOf({riLine(d4s1y, 1, subRegistered)}));
    auto first = checkout(*world, fabrikam, cart.id);
    ASSERT_TRUE(first);
    world->clock.advance(std::chrono::seconds{60});
    auto again = checkout(*world, fabrikam, toUpper(cart.id));
    ASSERT_TRUE(again);
    ASSERT_EQ(again->orders.size(), 1u);
    EXPECT_EQ(again->orders[0].id, first->orders[0].id);
    EXPECT_EQ(world->reservationOrders().size(), 1u);
    EXPECT_EQ(listOrders(*world, fabrikam, std::nullopt)->size(), 1u);
    // The replay shows the order as it is now: provisioning has finished meanwhile.
    EXPECT_EQ(again->orders[0].statusAt(world->now()), OrderStatus::completed);
}

TEST(Checkout, LineErrorIs400_800009AndCreatesNoOrder) {
    auto world = WorldBuilder().build();
    Cart cart =
        createOrThrow(*world, fabrikam, cartOf({riLine(d4s1y, 1, subRegistered), riLine(d4s1y, 1, subUnregistered)}));
    auto refused = checkout(*world, fabrikam, cart.id);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().http, 400);
    EXPECT_EQ(refused.error().code, 800009);
    EXPECT_NE(refused.error().description.find("Error in cart item(s)"), std::string::npos);
    EXPECT_TRUE(world->reservationOrders().empty());
    EXPECT_TRUE(listOrders(*world, fabrikam, std::nullopt)->empty());
    EXPECT_EQ(getCart(*world, fabrikam, cart.id)->status, CartStatus::active);
}

TEST(Checkout, CartBecomesCheckoutableOnceItsSubscriptionIsRegistered) {
    auto world = WorldBuilder().registrationDelaySeconds(120).build();
    Cart cart = createOrThrow(*world, fabrikam, cartOf({riLine(d4s1y, 1, subUnregistered)}));
    ASSERT_EQ(cart.lines[0].error->errorCode, 10011);
    ASSERT_TRUE(registerSubscription(*world, fabrikam, subUnregistered));
    EXPECT_EQ(checkout(*world, fabrikam, cart.id).error().code, 800009);  // still registering
    world->clock.advance(std::chrono::seconds{120});
    auto result = checkout(*world, fabrikam, cart.id);
    ASSERT_TRUE(result) << result.error().description;
    EXPECT_EQ(result->orders.size(), 1u);
    EXPECT_FALSE(getCart(*world, fabrikam, cart.id)->lines[0].error);  // the stored verdict is refreshed
}

TEST(Checkout, RevalidationStoresNewErrorsOnTheCart) {
    auto world = WorldBuilder().sandbox().build();
    Cart waiting = createOrThrow(*world, fabrikam, cartOf({riLine(b1s1y, 2, subRegistered)}));
    ASSERT_FALSE(waiting.lines[0].error);
    buyOneOrThrow(*world, fabrikam, cartOf({riLine(b1s1y, 1, subRegistered)}));
    auto refused = checkout(*world, fabrikam, waiting.id);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, 800018);
    ASSERT_TRUE(getCart(*world, fabrikam, waiting.id)->lines[0].error);
    EXPECT_EQ(getCart(*world, fabrikam, waiting.id)->lines[0].error->errorCode, 10009);
}

TEST(Checkout, SandboxLimitAloneIs800018ButMixedWithOtherErrorsIs800009) {
    auto world = WorldBuilder().sandbox().build();
    Cart onlySandbox = createOrThrow(*world, fabrikam, cartOf({riLine(b1s1y, 3, subRegistered)}));
    auto sandboxOnly = checkout(*world, fabrikam, onlySandbox.id);
    ASSERT_FALSE(sandboxOnly);
    EXPECT_EQ(sandboxOnly.error().http, 400);
    EXPECT_EQ(sandboxOnly.error().code, 800018);
    Cart mixed =
        createOrThrow(*world, fabrikam, cartOf({riLine(b1s1y, 3, subRegistered), riLine(b1s1y, 1, subSuspended)}));
    EXPECT_EQ(checkout(*world, fabrikam, mixed.id).error().code, 800009);
}

TEST(Checkout, SandboxCountsInstancesAlreadyOrderedUntilCancelled) {
    auto world = WorldBuilder().sandbox().build();
    Order held = buyOneOrThrow(*world, fabrikam, cartOf({riLine(b1s1y, 2, subRegistered)}));
    Cart more = createOrThrow(*world, fabrikam, cartOf({riLine(b1s1y, 1, subRegistered)}));
    EXPECT_EQ(more.lines[0].error->errorCode, 10009);
    ASSERT_TRUE(cancelOrder(*world, fabrikam, held.id));
    EXPECT_TRUE(checkout(*world, fabrikam, more.id));
    // Another customer has a limit of its own.
    EXPECT_NO_THROW(buyOneOrThrow(*world, contoso, cartOf({riLine(b1s1y, 2, contosoSub)})));
}

TEST(Checkout, UnknownCustomerCartOrOtherCustomersCartIs404) {
    auto world = WorldBuilder().build();
    Cart cart = createOrThrow(*world, fabrikam, cartOf({riLine(d4s1y, 1, subRegistered)}));
    auto noCustomer = checkout(*world, "nobody", cart.id);
    ASSERT_FALSE(noCustomer);
    EXPECT_EQ(noCustomer.error().http, 404);
    EXPECT_EQ(noCustomer.error().code, 60003);
    EXPECT_EQ(checkout(*world, fabrikam, "nope").error().http, 404);
    EXPECT_EQ(checkout(*world, fabrikam, "nope").error().code, 800008);
    EXPECT_EQ(checkout(*world, contoso, cart.id).error().code, 800008);
    EXPECT_TRUE(world->reservationOrders().empty());
}

TEST(Checkout, ExpiredOrderedCartNoLongerReplays) {
    auto world = WorldBuilder().build();
    Cart cart = createOrThrow(*world, fabrikam, cartOf({riLine(d4s1y, 1, subRegistered)}));
    ASSERT_TRUE(checkout(*world, fabrikam, cart.id));
    world->clock.advance(days{7});
    EXPECT_EQ(checkout(*world, fabrikam, cart.id).error().code, 800008);
    EXPECT_EQ(listOrders(*world, fabrikam, std::nullopt)->size(), 1u);  // the order itself remains
}

}  // namespace
}  // namespace pcsim::testing
