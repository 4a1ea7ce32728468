#include "sim/carts.hpp"

#include <gtest/gtest.h>

#include <regex>

#include "sim/checkout.hpp"
#include "world_builder.hpp"

namespace pcsim::testing {
namespace {

using std::chrono::days;
using std::chrono::minutes;

void expectError(const ApiError& error, int http, int code, const std::string& description = "") {
    EXPECT_EQ(error.http, http);
    EXPECT_EQ(error.code, code);
    if (!description.empty()) {
        EXPECT_EQ(error.description, description);
    }
}

// ---- Create ----------------------------------------------------------------------------------

TEST(CreateCart, FillsInWhatTheServiceSets) {
    auto world = WorldBuilder().build();
    CartLineInput noCycle = riLine(b1s1y, 1, subRegistered);
    noCycle.billingCycle.reset();
    auto cart = createCart(*world, fabrikam, cartOf({riLine(d4s1y, 2, subRegistered), noCycle}), testUser);
    ASSERT_TRUE(cart) << cart.error().description;
    EXPECT_TRUE(
        std::regex_match(cart->id, std::regex("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")));
    EXPECT_EQ(cart->customerId, fabrikam);
    EXPECT_EQ(cart->creationTimestamp, start);
    EXPECT_EQ(cart->lastModifiedTimestamp, start);
    EXPECT_EQ(cart->expirationTimestamp, start + days{7});
    EXPECT_EQ(cart->lastModifiedUser, testUser);
    EXPECT_EQ(cart->status, CartStatus::active);
    ASSERT_EQ(cart->lines.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        const CartLine& line = cart->lines[i];
        EXPECT_EQ(line.id, int(i));
        EXPECT_EQ(line.currencyCode, "USD");
        EXPECT_EQ(line.orderGroup, "0");
        EXPECT_EQ(line.billingCycle, "one_time");
        EXPECT_FALSE(line.error) << line.error->errorDescription;
    }
}

TEST(CreateCart, KeepsClientLineIdsAndNormalisesTheBillingCycle) {
    auto world = WorldBuilder().build();
    CartLineInput a = riLine(d4s1y, 1, subRegistered), b = riLine(b1s1y, 1, subRegistered);
    a.id = 7;
    b.id = 3;
    a.billingCycle = "OneTime";
    auto cart = createCart(*world, fabrikam, cartOf({a, b}), testUser);
    ASSERT_TRUE(cart);
    EXPECT_EQ(cart->lines[0].id, 7);
    EXPECT_EQ(cart->lines[1].id, 3);
    EXPECT_EQ(cart->lines[0].billingCycle, "one_time");
    EXPECT_FALSE(cart->lines[0].error);
}

TEST(CreateCart, BusinessProblemsAreLineErrorsNotRequestErrors) {
    auto world = WorldBuilder().build();
    auto cart = createCart(*world, fabrikam,
                           cartOf({riLine(d4s1y, 1, subRegistered), riLine(d4s1y, 1, subUnregistered)}), testUser);
    ASSERT_TRUE(cart);
    EXPECT_FALSE(cart->lines[0].error);
    ASSERT_TRUE(cart->lines[1].error);
    EXPECT_EQ(cart->lines[1].error->errorCode, 10011);
    auto stored = getCart(*world, fabrikam, cart->id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->lines, cart->lines);
}

TEST(CreateCart, UnknownCustomerIs404_60003) {
    auto world = WorldBuilder().build();
    expectError(createCart(*world, "nobody", cartOf({riLine(d4s1y, 1, subRegistered)}), testUser).error(), 404, 60003);
    expectError(getCart(*world, "nobody", "c").error(), 404, 60003);
    expectError(updateCart(*world, "nobody", "c", cartOf({riLine(d4s1y, 1, subRegistered)}), testUser).error(), 404,
                60003);
}

// ---- Structural errors -------------------------------------------------------------------------

TEST(StructuralError, NamesTheOffendingField) {
    CartLineInput noItem = riLine("", 1, subRegistered);
    CartLineInput zero = riLine(d4s1y, 0, subRegistered);
    CartLineInput negative = riLine(d4s1y, -3, subRegistered);
    expectError(*structuralError(cartOf({})), 400, 800002, "lineItems: at least one line item is required");
    expectError(*structuralError(cartOf({riLine(d4s1y, 1, subRegistered), noItem})), 400, 800002,
                "lineItems[1].catalogItemId is required");
    expectError(*structuralError(cartOf({zero})), 400, 800002, "lineItems[0].quantity must be a positive integer");
    expectError(*structuralError(cartOf({negative})), 400, 800002, "lineItems[0].quantity must be a positive integer");
    EXPECT_FALSE(structuralError(cartOf({riLine(d4s1y, 1, subRegistered)})));
}

TEST(StructuralError, AtMost100Lines) {
    std::vector<CartLineInput> lines(100, riLine(b1s1y, 1, subRegistered));
    EXPECT_FALSE(structuralError(cartOf(lines)));
    lines.push_back(riLine(b1s1y, 1, subRegistered));
    expectError(*structuralError(cartOf(lines)), 400, 800002);
}

TEST(StructuralError, DuplicateLineIds) {
    CartLineInput a = riLine(d4s1y, 1, subRegistered), b = riLine(d4s1y, 1, subRegistered);
    a.id = 5;
    b.id = 5;
    expectError(*structuralError(cartOf({a, b})), 400, 800002);
    // A line without an id takes its position, which may collide with a client id.
    CartLineInput first = riLine(d4s1y, 1, subRegistered), second = riLine(d4s1y, 1, subRegistered);
    first.id = 1;
    expectError(*structuralError(cartOf({first, second})), 400, 800002);
}

TEST(CreateCart, StructuralErrorCreatesNothing) {
    auto world = WorldBuilder().build();
    expectError(createCart(*world, fabrikam, cartOf({}), testUser).error(), 400, 800002);
    EXPECT_TRUE(world->findCustomer(fabrikam)->carts.empty());
}

// ---- Get and expiry --------------------------------------------------------------------------

TEST(GetCart, IdsIgnoreCase) {
    auto world = WorldBuilder().build();
    Cart cart = createOrThrow(*world, fabrikam, cartOf({riLine(d4s1y, 1, subRegistered)}));
    auto found = getCart(*world, toUpper(fabrikam), toUpper(cart.id));
    ASSERT_TRUE(found);
    EXPECT_EQ(found->id, cart.id);
}

TEST(GetCart, UnknownCartAndOtherCustomersCartAre404_800008) {
    auto world = WorldBuilder().build();
    Cart cart = createOrThrow(*world, fabrikam, cartOf({riLine(d4s1y, 1, subRegistered)}));
    expectError(getCart(*world, fabrikam, "nope").error(), 404, 800008);
    expectError(getCart(*world, contoso, cart.id).error(), 404, 800008);
}

TEST(CartExpiry, AliveAt6Days23Hours59MinutesGoneAt7Days) {
    auto world = WorldBuilder().build();
    const auto lines = cartOf({riLine(d4s1y, 1, subRegistered)});
    Cart cart = createOrThrow(*world, fabrikam, lines);
    world->clock.advance(days{7} - minutes{1});
    EXPECT_TRUE(getCart(*world, fabrikam, cart.id));
    EXPECT_TRUE(updateCart(*world, fabrikam, cart.id, lines, testUser));
    world->clock.advance(minutes{1});
    expectError(getCart(*world, fabrikam, cart.id).error(), 404, 800008);
    expectError(updateCart(*world, fabrikam, cart.id, lines, testUser).error(), 404, 800008);
    expectError(checkout(*world, fabrikam, cart.id).error(), 404, 800008);
}

TEST(CartExpiry, CheckoutJustBeforeExpiryWorks) {
    auto world = WorldBuilder().build();
    Cart cart = createOrThrow(*world, fabrikam, cartOf({riLine(d4s1y, 1, subRegistered)}));
    world->clock.advance(days{7} - minutes{1});
    EXPECT_TRUE(checkout(*world, fabrikam, cart.id));
}

TEST(CartExpiry, LifetimeComesFromTheScenario) {
    WorldBuilder builder;
    builder.scenario().behaviour.cartLifetimeDays = 1;
    auto world = builder.build();
    Cart cart = createOrThrow(*world, fabrikam, cartOf({riLine(d4s1y, 1, subRegistered)}));
    EXPECT_EQ(cart.expirationTimestamp, start + days{1});
    world->clock.advance(days{1});
    expectError(getCart(*world, fabrikam, cart.id).error(), 404, 800008);
}

// ---- Update ----------------------------------------------------------------------------------

TEST(UpdateCart, ReplacesAndRevalidatesTheLines) {
    auto world = WorldBuilder().build();
    Cart cart =
        createOrThrow(*world, fabrikam, cartOf({riLine(d4s1y, 1, subRegistered), riLine(b1s1y, 1, subRegistered)}));
    world->clock.advance(std::chrono::hours{2});
    const std::string otherUser = "99999999-2222-4333-8444-555555555555";
    auto updated = updateCart(*world, fabrikam, cart.id, cartOf({riLine(d2s1y, 1, subRegistered)}), otherUser);
    ASSERT_TRUE(updated);
    ASSERT_EQ(updated->lines.size(), 1u);
    EXPECT_EQ(updated->lines[0].catalogItemId, d2s1y);
    ASSERT_TRUE(updated->lines[0].error);
    EXPECT_EQ(updated->lines[0].error->errorCode, 10003);  // westus is restricted for Fabrikam
    EXPECT_EQ(updated->lastModifiedTimestamp, start + std::chrono::hours{2});
    EXPECT_EQ(updated->lastModifiedUser, otherUser);
    EXPECT_EQ(updated->creationTimestamp, cart.creationTimestamp);
    EXPECT_EQ(updated->expirationTimestamp, cart.expirationTimestamp);  // 7 days from creation, not from update
    EXPECT_EQ(getCart(*world, fabrikam, cart.id)->lines, updated->lines);
}

TEST(UpdateCart, StructuralErrorLeavesTheCartAsItWas) {
    auto world = WorldBuilder().build();
    Cart cart = createOrThrow(*world, fabrikam, cartOf({riLine(d4s1y, 1, subRegistered)}));
    expectError(updateCart(*world, fabrikam, cart.id, cartOf({riLine(d4s1y, 0, subRegistered)}), "x").error(), 400,
                800002);
    auto stored = getCart(*world, fabrikam, cart.id);
    EXPECT_EQ(stored->lines, cart.lines);
    EXPECT_EQ(stored->lastModifiedUser, testUser);
}

TEST(UpdateCart, OrderedCartIs400_800065) {
    auto world = WorldBuilder().build();
    Cart cart = createOrThrow(*world, fabrikam, cartOf({riLine(d4s1y, 1, subRegistered)}));
    ASSERT_TRUE(checkout(*world, fabrikam, cart.id));
    auto refused = updateCart(*world, fabrikam, cart.id, cartOf({riLine(d4s1y, 5, subRegistered)}), testUser);
    ASSERT_FALSE(refused);
    expectError(refused.error(), 400, 800065);
    EXPECT_EQ(getCart(*world, fabrikam, cart.id)->lines[0].quantity, 1);
}

TEST(UpdateCart, UnknownCartIs404_800008) {
    auto world = WorldBuilder().build();
    expectError(updateCart(*world, fabrikam, "nope", cartOf({riLine(d4s1y, 1, subRegistered)}), testUser).error(), 404,
                800008);
}

}  // namespace
}  // namespace pcsim::testing
