// Purchase recommendations (contract azure-reservations §5.3): the quantity that saves the most over
// the look-back window, per subscription (Single) or per customer (Shared), after existing
// reservations, and none for usage too intermittent to save anything.
#include <gtest/gtest.h>

#include "engine_world.hpp"
#include "sim/engine/recommendations.hpp"
#include "sim/engine/vm_changes.hpp"

namespace pcsim::testing {
namespace {

using engine::RecommendationRequest;
using engine::RecommendationScope;

constexpr double kD2sHourly = 0.096;  // on demand, per instance
constexpr double kD2sP1Y = 504.58;    // upfront, per instance

Sku sku(std::string id, std::string size, double ratio, std::optional<double> hourly, double priceP1Y) {
    Sku s;
    s.id = std::move(id);
    s.productId = "DZH318Z0BQ3Q";
    s.armSkuName = std::move(size);
    s.armRegionName = "eastus";
    s.isfGroup = "DSv3 Series";
    s.isfRatio = ratio;
    s.cores = int(ratio);
    s.ram = ratio * 4;
    s.payAsYouGoHourly = hourly;
    Availability p1y;
    p1y.id = s.id + "P1Y";
    p1y.term = "P1Y";
    p1y.price = priceP1Y;
    s.availabilities = {p1y};
    return s;
}

std::shared_ptr<const Catalog> catalog() {
    Product dsv3{
        "DZH318Z0BQ3Q",
        "Virtual Machines DSv3 Series",
        "",
        {"AzureReservationsVM"},
        "Azure",
        "VirtualMachines",
        {sku("00G0", "Standard_D2s_v3", 2, kD2sHourly, kD2sP1Y), sku("00G1", "Standard_D4s_v3", 4, 0.192, 1009.15)}};
    return std::make_shared<const Catalog>("US", "USD", "$", std::vector<Product>{dsv3});
}

std::vector<engine::Recommendation> recommend(World& world, RecommendationScope scope, int days = 7,
                                              std::optional<std::string> subscription = std::nullopt) {
    engine::catchUp(world);
    auto result = engine::recommendReservations(world, {customerA, scope, days, "P1Y", std::move(subscription)});
    EXPECT_FALSE(engine::armError(result));
    return std::get<std::vector<engine::Recommendation>>(result);
}

TEST(Recommendations, SteadyUsageIsRecommendedInFullWithItsSavings) {
    auto world = EngineWorld().catalog(catalog()).subscription("sub-1", {vm("web", "Standard_D2s_v3", 3)}).build();
    auto recommendations = recommend(*world, RecommendationScope::single);
    ASSERT_EQ(recommendations.size(), 1u);
    const auto& r = recommendations[0];
    EXPECT_EQ(r.armSkuName, "Standard_D2s_v3");
    EXPECT_EQ(r.recommendedQuantity, 3);
    EXPECT_EQ(r.azureSubscriptionId, "sub-1");
    const double hours = 7 * 24;
    const double onDemand = kD2sHourly * 3 * hours;
    const double reserved = kD2sP1Y / 8760 * 3 * hours;
    EXPECT_NEAR(r.costWithNoReservedInstances, onDemand, 1e-9);
    EXPECT_NEAR(r.totalCostWithReservedInstances, reserved, 1e-9);
    EXPECT_NEAR(r.netSavings, onDemand - reserved, 1e-9);
    EXPECT_EQ(r.normalizedSize, "Standard_D2s_v3");
    EXPECT_DOUBLE_EQ(r.recommendedQuantityNormalized, 3);
}

TEST(Recommendations, IntermittentUsageGetsNone) {
    // Two hours a day: a reservation would cost more than the on-demand hours it replaces.
    auto world = EngineWorld()
                     .catalog(catalog())
                     .subscription("sub-1", {vm("nightly", "Standard_D2s_v3", 4, "rg-a", windowOf(0, 120))})
                     .build();
    EXPECT_TRUE(recommend(*world, RecommendationScope::single).empty());
}

TEST(Recommendations, SharedPoolsTheCustomersSubscriptionsSingleDoesNot) {
    auto world = EngineWorld()
                     .catalog(catalog())
                     .subscription("sub-1", {vm("a", "Standard_D2s_v3", 1, "rg-a", windowOf(0, 12 * 60))})
                     .subscription("sub-2", {vm("b", "Standard_D2s_v3", 1, "rg-a", windowOf(12 * 60, 24 * 60))})
                     .build();
    // Each subscription alone runs half the day (too little to pay off); together they run all day.
    EXPECT_TRUE(recommend(*world, RecommendationScope::single).empty());
    auto shared = recommend(*world, RecommendationScope::shared);
    ASSERT_EQ(shared.size(), 1u);
    EXPECT_EQ(shared[0].recommendedQuantity, 1);
    EXPECT_EQ(shared[0].azureSubscriptionId, "");
}

TEST(Recommendations, ExistingReservationsAreCounted) {
    auto world = EngineWorld().catalog(catalog()).subscription("sub-1", {vm("web", "Standard_D2s_v3", 3)}).build();
    reserve(*world, {.size = "Standard_D2s_v3", .quantity = 2});
    world->clock.advance(std::chrono::days(7));
    auto recommendations = recommend(*world, RecommendationScope::single);
    ASSERT_EQ(recommendations.size(), 1u);
    EXPECT_EQ(recommendations[0].recommendedQuantity, 1);
}

TEST(Recommendations, TheLookBackReadsAppliedHistoryNotTodaysVms) {
    auto world = EngineWorld().catalog(catalog()).subscription("sub-1").build();
    world->clock.advance(std::chrono::days(5));
    engine::catchUp(*world);
    ASSERT_TRUE(engine::addVm(*world, customerA, "sub-1", vm("late", "Standard_D2s_v3", 2)).ok());
    world->clock.advance(std::chrono::days(2));
    // Two days of usage in a seven-day window: not enough to save.
    EXPECT_TRUE(recommend(*world, RecommendationScope::single, 7).empty());
    world->clock.advance(std::chrono::days(7));
    auto later = recommend(*world, RecommendationScope::single, 7);
    ASSERT_EQ(later.size(), 1u);
    EXPECT_EQ(later[0].recommendedQuantity, 2);
}

TEST(Recommendations, MissingPayAsYouGoPriceIsDerivedFromTheOneYearPrice) {
    Sku withoutHourly = sku("00G0", "Standard_D2s_v3", 2, std::nullopt, kD2sP1Y);
    EXPECT_NEAR(*engine::payAsYouGoHourly(withoutHourly), kD2sP1Y / (0.6 * 8760), 1e-12);
    Sku given = sku("00G0", "Standard_D2s_v3", 2, 0.5, kD2sP1Y);
    EXPECT_EQ(*engine::payAsYouGoHourly(given), 0.5);
    withoutHourly.availabilities.clear();
    EXPECT_FALSE(engine::payAsYouGoHourly(withoutHourly).has_value());
}

}  // namespace
}  // namespace pcsim::testing
