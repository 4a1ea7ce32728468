// validateLine: every rule of a reservation cart line, in the order the first problem wins.
#include <gtest/gtest.h>

#include "sim/carts.hpp"
#include "world_builder.hpp"

namespace pcsim::testing {
namespace {

CartLine lineFrom(const CartLineInput& in) {
    CartLine line;
    line.catalogItemId = in.catalogItemId;
    line.quantity = in.quantity;
    line.billingCycle = in.billingCycle.value_or("one_time");
    line.termDuration = in.termDuration;
    line.provisioningContext = in.provisioningContext;
    return line;
}

class LineRules : public ::testing::Test {
protected:
    std::optional<LineError> check(const CartLineInput& in, const std::string& customerId = fabrikam,
                                   std::int64_t pending = 0) {
        return validateLine(*world, *world->findCustomer(customerId), lineFrom(in), pending);
    }
    // The error code, or 0 for a valid line.
    int code(const CartLineInput& in, std::int64_t pending = 0) {
        auto error = check(in, fabrikam, pending);
        return error ? error->errorCode : 0;
    }
    void rebuild(WorldBuilder builder) { world = builder.build(); }

    std::unique_ptr<World> world = WorldBuilder().build();
};

CartLineInput withContext(CartLineInput line, std::map<std::string, std::string> context) {
    line.provisioningContext = std::move(context);
    return line;
}

CartLineInput withTerm(CartLineInput line, std::optional<std::string> termDuration) {
    line.termDuration = std::move(termDuration);
    return line;
}

TEST_F(LineRules, AValidLineHasNoError) {
    EXPECT_FALSE(check(riLine(d4s1y, 2, subRegistered)));
    EXPECT_FALSE(check(riLine(d4s1y, 2, subAzurePlan)));
}

// ---- 10001: catalog item ---------------------------------------------------------------------

TEST_F(LineRules, UnknownMalformedOrUnpurchasableCatalogItemIs10001) {
    for (const std::string& item : {std::string("DZH318Z0BQ3Q:00G1:NOPE"), std::string("DZH318Z0BQ3Q:00G1"),
                                    std::string("a:b:c:d"), std::string("MS-AZR-0145P"), d2sRetired})
        EXPECT_EQ(code(riLine(item, 1, subRegistered)), 10001) << item;
    EXPECT_NE(check(riLine(d2sRetired, 1, subRegistered))->errorDescription.find("not available for purchase"),
              std::string::npos);
}

// The catalog lists an availability marked reservationScope AzurePlan only to Azure plan queries:
// bought on a legacy MS-AZR-0145P subscription, it is a catalog item the purchaser cannot see.
TEST_F(LineRules, AzurePlanAvailabilityOnALegacySubscriptionIs10001) {
    auto error = check(riLine(d4sAzurePlan1y, 1, subRegistered));
    ASSERT_TRUE(error);
    EXPECT_EQ(error->errorCode, 10001);
    EXPECT_NE(error->errorDescription.find("Azure plan"), std::string::npos) << error->errorDescription;
    EXPECT_FALSE(check(riLine(d4sAzurePlan1y, 1, subAzurePlan)));
    EXPECT_FALSE(check(riLine(d4s1y, 1, subAzurePlan)));  // an unmarked availability serves both
}

TEST_F(LineRules, CatalogItemIdIgnoresCase) { EXPECT_EQ(code(riLine(toLower(d4s1y), 1, subRegistered)), 0); }

// ---- 10010: billing cycle, term, scope, subscriptionId ---------------------------------------

TEST_F(LineRules, BillingCycleOtherThanOneTimeIs10010) {
    CartLineInput monthly = riLine(d4s1y, 1, subRegistered);
    monthly.billingCycle = "monthly";
    auto error = check(monthly);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->errorCode, 10010);
    EXPECT_NE(error->errorDescription.find("monthly"), std::string::npos);
}

TEST_F(LineRules, EitherTermDurationOrDurationIsEnough) {
    CartLineInput durationOnly = withTerm(riLine(d4s1y, 1, subRegistered), std::nullopt);
    durationOnly.provisioningContext["duration"] = "1Year";
    EXPECT_EQ(code(durationOnly), 0);
    EXPECT_EQ(code(riLine(d4s1y, 1, subRegistered, "shared", "p1y")), 0);
}

TEST_F(LineRules, TermSpellingsMapToTheAvailabilityTerm) {
    const std::vector<std::pair<std::string, std::string>> agreeing{
        {d4s1y, "1year"}, {d4s3y, "3Year"}, {d4s3y, "3Years"}, {d4s5y, "5Year"}, {d4s5y, "5YEARS"}};
    const std::map<std::string, std::string> iso{{d4s1y, "P1Y"}, {d4s3y, "P3Y"}, {d4s5y, "P5Y"}};
    for (const auto& [item, duration] : agreeing) {
        CartLineInput line = riLine(item, 1, subRegistered, "shared", iso.at(item));
        line.provisioningContext["Duration"] = duration;
        EXPECT_EQ(code(line), 0) << item << " " << duration;
    }
}

TEST_F(LineRules, TermProblemsAre10010) {
    CartLineInput neither = withTerm(riLine(d4s1y, 1, subRegistered), std::nullopt);
    CartLineInput disagree = riLine(d4s1y, 1, subRegistered);
    disagree.provisioningContext["duration"] = "3Years";
    CartLineInput badDuration = riLine(d4s1y, 1, subRegistered);
    badDuration.provisioningContext["duration"] = "forever";
    EXPECT_EQ(code(neither), 10010);
    EXPECT_EQ(code(disagree), 10010);
    EXPECT_EQ(code(badDuration), 10010);
    EXPECT_EQ(code(riLine(d4s1y, 1, subRegistered, "shared", "P2Y")), 10010);
    EXPECT_EQ(code(riLine(d4s1y, 1, subRegistered, "shared", "P3Y")), 10010);  // the availability is 1 year
    EXPECT_NE(check(disagree)->errorDescription.find("disagree"), std::string::npos);
}

TEST_F(LineRules, ScopeMustBeSharedOrSingle) {
    EXPECT_EQ(code(riLine(d4s1y, 1, subRegistered, "SINGLE")), 0);
    EXPECT_EQ(code(riLine(d4s1y, 1, subRegistered, "Shared")), 0);
    EXPECT_EQ(code(riLine(d4s1y, 1, subRegistered, "global")), 10010);
    EXPECT_EQ(code(withContext(riLine(d4s1y, 1, subRegistered), {{"subscriptionId", subRegistered}})), 10010);
}

TEST_F(LineRules, MissingSubscriptionIdIs10010) {
    EXPECT_EQ(code(withContext(riLine(d4s1y, 1, subRegistered), {{"scope", "shared"}})), 10010);
}

TEST_F(LineRules, ProvisioningContextKeysIgnoreCase) {
    CartLineInput line = withTerm(riLine(d4s1y, 1, subRegistered), std::nullopt);
    line.provisioningContext = {{"SubscriptionID", toLower(subRegistered)}, {"SCOPE", "single"}, {"duration", "1Year"}};
    EXPECT_EQ(code(line), 0);
}

// ---- 10007: subscription ---------------------------------------------------------------------

TEST_F(LineRules, UnknownInactiveOrNonAzureSubscriptionIs10007) {
    EXPECT_EQ(code(riLine(d4s1y, 1, "nope")), 10007);
    EXPECT_EQ(code(riLine(d4s1y, 1, contosoSub)), 10007);  // another customer's
    EXPECT_EQ(code(riLine(d4s1y, 1, subSuspended)), 10007);
    EXPECT_EQ(code(riLine(d4s1y, 1, subOffice)), 10007);
    EXPECT_NE(check(riLine(d4s1y, 1, subSuspended))->errorDescription.find(subSuspended), std::string::npos);
}

TEST_F(LineRules, TheAzureSubscriptionIdAlsoNamesTheSubscription) {
    EXPECT_EQ(code(riLine(d4s1y, 1, toUpper(subRegisteredAzureId))), 0);
}

// ---- 10011: registration ---------------------------------------------------------------------

TEST_F(LineRules, UnregisteredSubscriptionIs10011NamingIt) {
    auto error = check(riLine(d4s1y, 1, subUnregistered));
    ASSERT_TRUE(error);
    EXPECT_EQ(error->errorCode, 10011);
    EXPECT_EQ(error->errorDescription,
              "Subscription " + subUnregistered + " is not registered for reserved instance purchase.");
}

TEST_F(LineRules, RegisteringCountsOnlyOnceTheDelayHasPassed) {
    WorldBuilder builder;
    Subscription& s = builder.customerAt(0).subscriptions.at(1);
    s.registration = RegistrationState::registering;
    s.registrationCompletesAt = start + std::chrono::minutes{5};
    rebuild(builder);
    EXPECT_EQ(code(riLine(d4s1y, 1, subUnregistered)), 10011);
    world->clock.advance(std::chrono::minutes{5});
    EXPECT_EQ(code(riLine(d4s1y, 1, subUnregistered)), 0);
}

TEST_F(LineRules, SkuWithoutRegistrationPrerequisiteSkipsTheCheck) {
    EXPECT_EQ(code(riLine(b1s1y, 1, subUnregistered)), 0);
}

// ---- 10003: inventory ------------------------------------------------------------------------

TEST_F(LineRules, RestrictedInventoryIs10003) {
    auto error = check(riLine(d2s1y, 1, subRegistered));
    ASSERT_TRUE(error);
    EXPECT_EQ(error->errorCode, 10003);
    EXPECT_NE(error->errorDescription.find("westus"), std::string::npos);
    EXPECT_FALSE(check(riLine(d2s1y, 1, contosoSub), contoso));  // Contoso has no restriction
}

TEST_F(LineRules, SkuWithoutInventoryPrerequisiteSkipsTheCheck) {
    WorldBuilder builder;
    builder.customerAt(0).inventoryRestrictions = {{"", "NotAvailableForSubscription", ""}};
    rebuild(builder);
    EXPECT_EQ(code(riLine(d4s1y, 1, subRegistered)), 10003);
    EXPECT_EQ(code(riLine(b1s1y, 1, subRegistered)), 0);
}

// ---- 10010: quantity; 10002: quota -----------------------------------------------------------

TEST_F(LineRules, QuantityOutsideTheSkuRangeIs10010) {
    EXPECT_EQ(code(riLine(b1s1y, 10, subRegistered)), 0);
    EXPECT_EQ(code(riLine(b1s1y, 11, subRegistered)), 10010);
    EXPECT_EQ(code(riLine(d4s1y, 0, subRegistered)), 10010);  // below minimumQuantity 1
}

TEST_F(LineRules, SingleScopeQuotaIs10002) {
    // 4 vCPUs per D4s_v3, 8 vCPUs of DSv3 quota.
    EXPECT_EQ(code(riLine(d4s1y, 2, subRegistered, "single")), 0);
    auto error = check(riLine(d4s1y, 3, subRegistered, "single"));
    ASSERT_TRUE(error);
    EXPECT_EQ(error->errorCode, 10002);
    EXPECT_NE(error->errorDescription.find("12 vCPUs"), std::string::npos);
    EXPECT_EQ(code(riLine(d4s1y, 3, subRegistered, "shared")), 0);  // shared scope is not bound by it
    EXPECT_EQ(code(riLine(d4s1y, 3, subAzurePlan, "single")), 0);   // no quota set for that subscription
}

// ---- First problem wins ----------------------------------------------------------------------

TEST_F(LineRules, FirstProblemWins) {
    CartLineInput everythingWrong = riLine("nope", 0, "nope", "global", "P9Y");
    everythingWrong.billingCycle = "monthly";
    EXPECT_EQ(code(everythingWrong), 10001);
    CartLineInput cycleAndTerm = riLine(d4s1y, 1, "nope", "global", "P9Y");
    cycleAndTerm.billingCycle = "monthly";
    EXPECT_NE(check(cycleAndTerm)->errorDescription.find("billingCycle"), std::string::npos);
    EXPECT_NE(check(riLine(d4s1y, 1, "nope", "global", "P9Y"))->errorDescription.find("termDuration"),
              std::string::npos);
    EXPECT_NE(check(riLine(d4s1y, 1, "nope", "global"))->errorDescription.find("scope"), std::string::npos);
    EXPECT_EQ(code(riLine(d2s1y, 1, subUnregistered)), 10011);           // registration before inventory
    EXPECT_EQ(code(riLine(d2s1y, 1000000000, subRegistered)), 10003);    // inventory before quantity
    EXPECT_EQ(code(riLine(b1s1y, 11, subRegistered, "single")), 10010);  // quantity before quota
}

// ---- 10009: integration sandbox --------------------------------------------------------------

class SandboxRules : public LineRules {
protected:
    void SetUp() override { rebuild(WorldBuilder().sandbox()); }
};

TEST_F(SandboxRules, OnlyStandardB1sForOneYear) {
    EXPECT_EQ(code(riLine(b1s1y, 1, subRegistered)), 0);
    EXPECT_EQ(code(riLine(b1s3y, 1, subRegistered, "shared", "P3Y")), 10009);
    EXPECT_EQ(code(riLine(d4s1y, 1, subRegistered)), 10009);
}

TEST_F(SandboxRules, AtMostTwoInstancesCountingEarlierLinesOfTheCart) {
    EXPECT_EQ(code(riLine(b1s1y, 2, subRegistered)), 0);
    EXPECT_EQ(code(riLine(b1s1y, 3, subRegistered)), 10009);
    EXPECT_EQ(code(riLine(b1s1y, 1, subRegistered), 1), 0);
    EXPECT_EQ(code(riLine(b1s1y, 2, subRegistered), 1), 10009);
}

TEST_F(SandboxRules, LaterLinesOfACartSeeTheEarlierOnes) {
    auto cart = createCart(
        *world, fabrikam,
        cartOf({riLine(b1s1y, 1, subRegistered), riLine(b1s1y, 1, subRegistered), riLine(b1s1y, 1, subRegistered)}),
        testUser);
    ASSERT_TRUE(cart);
    EXPECT_FALSE(cart->lines[0].error);
    EXPECT_FALSE(cart->lines[1].error);
    ASSERT_TRUE(cart->lines[2].error);
    EXPECT_EQ(cart->lines[2].error->errorCode, 10009);
}

TEST_F(SandboxRules, LinesInErrorDoNotCountTowardTheLimit) {
    auto cart = createCart(*world, fabrikam, cartOf({riLine(b1s1y, 2, subSuspended), riLine(b1s1y, 2, subRegistered)}),
                           testUser);
    ASSERT_TRUE(cart);
    ASSERT_TRUE(cart->lines[0].error);
    EXPECT_EQ(cart->lines[0].error->errorCode, 10007);
    EXPECT_FALSE(cart->lines[1].error);
}

TEST(LineRulesOutsideSandbox, NoSandboxLimits) {
    auto world = WorldBuilder().build();
    EXPECT_FALSE(validateLine(*world, *world->findCustomer(fabrikam), lineFrom(riLine(b1s1y, 5, subRegistered)), 5));
}

}  // namespace
}  // namespace pcsim::testing
