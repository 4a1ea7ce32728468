#include "sim/customers_ops.hpp"

#include <gtest/gtest.h>

#include <set>

#include "world_builder.hpp"

namespace pcsim::testing {
namespace {

TEST(Customers, GetByIdIgnoresCase) {
    auto world = WorldBuilder().build();
    auto found = getCustomer(*world, toUpper(fabrikam));
    ASSERT_TRUE(found);
    EXPECT_EQ(found->id, fabrikam);
    EXPECT_EQ(found->companyName, "Fabrikam Test Ltd");
}

TEST(Customers, UnknownCustomerIs404TenantNotFoundEverywhere) {
    auto world = WorldBuilder().build();
    const std::string unknown = "00000000-0000-4000-8000-000000000000";
    const ApiError expected{404, 60003, ""};
    auto same = [&](const ApiError& e) { return e.http == expected.http && e.code == expected.code; };
    EXPECT_TRUE(same(getCustomer(*world, unknown).error()));
    EXPECT_TRUE(same(listSubscriptions(*world, unknown).error()));
    EXPECT_TRUE(same(getSubscription(*world, unknown, subRegistered).error()));
    EXPECT_TRUE(same(registerSubscription(*world, unknown, subRegistered).error()));
    EXPECT_TRUE(same(registrationStatus(*world, unknown, subRegistered).error()));
}

TEST(Subscriptions, ListAndGetIgnoringCase) {
    auto world = WorldBuilder().build();
    auto all = listSubscriptions(*world, fabrikam);
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 5u);
    auto one = getSubscription(*world, fabrikam, toLower(subRegistered));
    ASSERT_TRUE(one);
    EXPECT_EQ(one->id, subRegistered);
}

TEST(Subscriptions, UnknownOrOtherCustomersSubscriptionIs404) {
    auto world = WorldBuilder().build();
    for (const auto& id : {std::string("nope"), contosoSub}) {
        auto missing = getSubscription(*world, fabrikam, id);
        ASSERT_FALSE(missing);
        EXPECT_EQ(missing.error().http, 404);
        EXPECT_EQ(missing.error().code, 20003);
    }
}

// ---- Registration ----------------------------------------------------------------------------

TEST(Registration, WithoutDelayRegistersAtOnce) {
    auto world = WorldBuilder().build();
    EXPECT_EQ(*registrationStatus(*world, fabrikam, subUnregistered), RegistrationState::notregistered);
    ASSERT_TRUE(registerSubscription(*world, fabrikam, toLower(subUnregistered)));
    EXPECT_EQ(*registrationStatus(*world, fabrikam, subUnregistered), RegistrationState::registered);
}

TEST(Registration, DelayKeepsItRegisteringUntilItPasses) {
    auto world = WorldBuilder().registrationDelaySeconds(60).build();
    ASSERT_TRUE(registerSubscription(*world, fabrikam, subUnregistered));
    EXPECT_EQ(*registrationStatus(*world, fabrikam, subUnregistered), RegistrationState::registering);
    world->clock.advance(std::chrono::seconds{59});
    EXPECT_EQ(*registrationStatus(*world, fabrikam, subUnregistered), RegistrationState::registering);
    world->clock.advance(std::chrono::seconds{1});
    EXPECT_EQ(*registrationStatus(*world, fabrikam, subUnregistered), RegistrationState::registered);
}

TEST(Registration, RepeatingItWhileRegisteringDoesNotRestartTheDelay) {
    auto world = WorldBuilder().registrationDelaySeconds(60).build();
    ASSERT_TRUE(registerSubscription(*world, fabrikam, subUnregistered));
    world->clock.advance(std::chrono::seconds{30});
    ASSERT_TRUE(registerSubscription(*world, fabrikam, subUnregistered));
    world->clock.advance(std::chrono::seconds{30});
    EXPECT_EQ(*registrationStatus(*world, fabrikam, subUnregistered), RegistrationState::registered);
}

TEST(Registration, AlreadyRegisteredIsAcceptedAgain) {
    auto world = WorldBuilder().registrationDelaySeconds(60).build();
    ASSERT_TRUE(registerSubscription(*world, fabrikam, subRegistered));
    EXPECT_EQ(*registrationStatus(*world, fabrikam, subRegistered), RegistrationState::registered);
}

TEST(Registration, NonAzureSubscriptionIs400_800011) {
    auto world = WorldBuilder().build();
    auto refused = registerSubscription(*world, fabrikam, subOffice);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error(), (ApiError{400, 800011, refused.error().description}));
    EXPECT_NE(refused.error().description.find(subOffice), std::string::npos);
}

TEST(Registration, InactiveSubscriptionIs400_800012) {
    auto world = WorldBuilder().build();
    auto refused = registerSubscription(*world, fabrikam, subSuspended);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().http, 400);
    EXPECT_EQ(refused.error().code, 800012);
}

TEST(Registration, UnknownSubscriptionIs404_20003) {
    auto world = WorldBuilder().build();
    EXPECT_EQ(registerSubscription(*world, fabrikam, "nope").error().code, 20003);
    EXPECT_EQ(registrationStatus(*world, fabrikam, "nope").error().code, 20003);
}

// ---- Paging ----------------------------------------------------------------------------------

// `count` Tailspin customers, each followed by an unrelated one, so that a filtered page must skip.
WorldBuilder withTailspins(int count) {
    WorldBuilder builder;
    for (int i = 0; i < count; ++i) {
        char id[40];
        std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", i);
        char other[40];
        std::snprintf(other, sizeof other, "10000000-0000-4000-8000-%012d", i);
        builder.scenario().customers.push_back(
            customer(id, "Tailspin Toys " + std::to_string(i), "tailspin" + std::to_string(i) + ".example"));
        builder.scenario().customers.push_back(customer(other, "Wingtip " + std::to_string(i), "wingtip.example"));
    }
    return builder;
}

TEST(CustomerPaging, FilteredListSpansThreePagesInScenarioOrder) {
    auto world = withTailspins(10).build();
    const CustomerFilter filter{"companyname", "TAILSPIN", ""};
    std::vector<std::string> seen;
    std::optional<std::string> token;
    std::vector<std::size_t> pageSizes;
    do {
        auto page = listCustomers(*world, 4, filter, token ? std::optional<std::string_view>(*token) : std::nullopt);
        ASSERT_TRUE(page) << page.error().description;
        pageSizes.push_back(page->items.size());
        for (const auto& c : page->items) seen.push_back(c.companyName);
        token = page->continuationToken;
    } while (token && pageSizes.size() < 10);
    EXPECT_EQ(pageSizes, (std::vector<std::size_t>{4, 4, 2}));
    ASSERT_EQ(seen.size(), 10u);
    for (int i = 0; i < 10; ++i) EXPECT_EQ(seen[std::size_t(i)], "Tailspin Toys " + std::to_string(i));
}

TEST(CustomerPaging, LastFullPageHasNoToken) {
    auto world = withTailspins(4).build();
    auto page = listCustomers(*world, 4, CustomerFilter{"CompanyName", "tailspin", ""}, std::nullopt);
    ASSERT_TRUE(page);
    EXPECT_EQ(page->items.size(), 4u);
    EXPECT_FALSE(page->continuationToken);
}

TEST(CustomerPaging, FilterByDomainIgnoresCase) {
    auto world = WorldBuilder().build();
    auto page = listCustomers(*world, 0, CustomerFilter{"DOMAIN", "FabrikamTEST", ""}, std::nullopt);
    ASSERT_TRUE(page);
    ASSERT_EQ(page->items.size(), 1u);
    EXPECT_EQ(page->items[0].id, fabrikam);
}

TEST(CustomerPaging, FilterOnAnotherFieldIs400_800002) {
    auto world = WorldBuilder().build();
    auto refused = listCustomers(*world, 10, CustomerFilter{"Country", "US", ""}, std::nullopt);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, 800002);
}

TEST(CustomerPaging, SizeDefaultsTo100AndIsClampedTo500) {
    auto world = withTailspins(300).build();  // 602 customers
    auto byDefault = listCustomers(*world, 0, std::nullopt, std::nullopt);
    ASSERT_TRUE(byDefault);
    EXPECT_EQ(byDefault->items.size(), 100u);
    EXPECT_TRUE(byDefault->continuationToken);
    auto clamped = listCustomers(*world, 10000, std::nullopt, std::nullopt);
    ASSERT_TRUE(clamped);
    EXPECT_EQ(clamped->items.size(), 500u);
}

TEST(CustomerPaging, UnfilteredSinglePageHasNoToken) {
    auto world = WorldBuilder().build();
    auto page = listCustomers(*world, 10, std::nullopt, std::nullopt);
    ASSERT_TRUE(page);
    EXPECT_EQ(page->items.size(), 2u);
    EXPECT_FALSE(page->continuationToken);
}

TEST(CustomerPaging, TokensThisWorldDidNotIssueAre400_800002) {
    auto world = withTailspins(5).build();
    auto first = listCustomers(*world, 2, std::nullopt, std::nullopt);
    ASSERT_TRUE(first && first->continuationToken);
    const std::string good = *first->continuationToken;
    ASSERT_TRUE(listCustomers(*world, 2, std::nullopt, good));

    auto otherBuilder = withTailspins(5);
    otherBuilder.scenario().seed = 8;
    auto otherWorld = otherBuilder.build();
    const std::string foreign = *listCustomers(*otherWorld, 2, std::nullopt, std::nullopt)->continuationToken;

    // Same scenario name and seed, so the same tag, but an offset past this world's 12 customers.
    auto biggerWorld = withTailspins(50).build();
    const std::string pastTheEnd = *listCustomers(*biggerWorld, 40, std::nullopt, std::nullopt)->continuationToken;

    for (const std::string& bad : {std::string("garbage"), std::string(""), good + "0", foreign, pastTheEnd}) {
        auto refused = listCustomers(*world, 2, std::nullopt, bad);
        ASSERT_FALSE(refused) << bad;
        EXPECT_EQ(refused.error(), (ApiError{400, 800002, "MS-ContinuationToken is not valid."}));
    }
}

// `size` is an integer with at most one sign; far outside the range it is kept just outside it.
TEST(CustomerPaging, PageSizeTextIsAnIntegerWithOneSign) {
    EXPECT_EQ(*readPageSize(std::nullopt), 0);
    EXPECT_EQ(*readPageSize(std::string("+7")), 7);
    EXPECT_EQ(*readPageSize(std::string("-3")), -1);
    EXPECT_EQ(*readPageSize(std::string("99999999999999999999999")), maxCustomerPageSize + 1);
    for (const std::string junk : {"+-5", "+", "-", "5 ", "0x10", "1e3", "ten"}) {
        auto refused = readPageSize(junk);
        ASSERT_FALSE(refused.ok()) << junk;
        EXPECT_EQ(refused.error().code, 800002) << junk;
    }
}

}  // namespace
}  // namespace pcsim::testing
