// The worked examples of the documentation (contract azure-reservations §2.2, §2.4), each in one
// simulated hour: instance size flexibility by ratio, filling one reserved hour with several VMs,
// and a resource-group scope.
#include <gtest/gtest.h>

#include "engine_world.hpp"

namespace pcsim::testing {
namespace {

TEST(WorkedExamples, OneDS4v2CoversEightDS1v2) {
    auto world = EngineWorld().subscription("sub-1", {vm("small", "Standard_DS1_v2", 8)}).build();
    const auto r = reserve(*world, {.size = "Standard_DS4_v2"});
    engine::advanceTo(*world, hour0 + 1);
    EXPECT_NEAR(used(*world, "small", hour0), 8, kTolerance);
    EXPECT_NEAR(covered(*world, "small", hour0, r), 8, kTolerance);  // all eight instances, fully
    EXPECT_NEAR(*applied(*world, r, hour0), 8, kTolerance);          // the reservation is fully used
}

TEST(WorkedExamples, OneDS4v2CoversTwoDS2v2PlusOneDS3v2) {
    auto world =
        EngineWorld().subscription("sub-1", {vm("two", "Standard_DS2_v2", 2), vm("three", "Standard_DS3_v2")}).build();
    const auto r = reserve(*world, {.size = "Standard_DS4_v2"});
    engine::advanceTo(*world, hour0 + 1);
    EXPECT_NEAR(covered(*world, "two", hour0, r), 4, kTolerance);    // 2 + 2
    EXPECT_NEAR(covered(*world, "three", hour0, r), 4, kTolerance);  // 4: 2 + 2 + 4 = 8
    EXPECT_NEAR(*applied(*world, r, hour0), 8, kTolerance);
}

TEST(WorkedExamples, OneDS4v2CoversHalfOfOneDS5v2) {
    auto world = EngineWorld().subscription("sub-1", {vm("big", "Standard_DS5_v2")}).build();
    const auto r = reserve(*world, {.size = "Standard_DS4_v2"});
    engine::advanceTo(*world, hour0 + 1);
    const auto rows = engine::coverage(*world, "", hour0, hour0 + 1, engine::CoverageGrain::hour);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_NEAR(rows[0].usedUnits, 16, kTolerance);
    EXPECT_NEAR(rows[0].coveredUnits, 8, kTolerance);     // half the compute cost
    EXPECT_NEAR(rows[0].payAsYouGoUnits, 8, kTolerance);  // the other half at pay-as-you-go
}

TEST(WorkedExamples, ThreeQuarterAndHalfHourFillOneReservedHourAndBillAQuarter) {
    // Quantity 1: instance 1 runs 0.75 h, instance 2 runs 0.5 h in the same hour (00:00-00:45, 00:00-00:30).
    auto world = EngineWorld()
                     .subscription("sub-1", {vm("first", "Standard_DS1_v2", 1, "rg-a", windowOf(0, 45)),
                                             vm("second", "Standard_DS1_v2", 1, "rg-a", windowOf(0, 30))})
                     .build();
    const auto r = reserve(*world, {.size = "Standard_DS1_v2", .quantity = 1});
    engine::advanceTo(*world, hour0 + 1);
    const double usedHours = used(*world, "first", hour0) + used(*world, "second", hour0);
    const double coveredHours = covered(*world, "first", hour0) + covered(*world, "second", hour0);
    EXPECT_NEAR(usedHours, 1.25, kTolerance);
    EXPECT_NEAR(coveredHours, 1.0, kTolerance);               // one reserved hour, filled
    EXPECT_NEAR(usedHours - coveredHours, 0.25, kTolerance);  // billed at pay-as-you-go
    EXPECT_NEAR(*applied(*world, r, hour0), 1.0, kTolerance);
}

TEST(WorkedExamples, BothRunningAFullHourOneIsCoveredTheOtherPays) {
    auto world =
        EngineWorld().subscription("sub-1", {vm("first", "Standard_DS1_v2"), vm("second", "Standard_DS1_v2")}).build();
    reserve(*world, {.size = "Standard_DS1_v2", .quantity = 1});
    engine::advanceTo(*world, hour0 + 1);
    EXPECT_NEAR(covered(*world, "first", hour0) + covered(*world, "second", hour0), 1.0, kTolerance);
}

TEST(WorkedExamples, D4sv3OnAResourceGroupCoversHalfOfAD8sv3InIt) {
    auto world = EngineWorld()
                     .subscription("sub-1", {vm("inside", "Standard_D8s_v3", 1, "rg-app"),
                                             vm("outside", "Standard_D8s_v3", 1, "rg-other")})
                     .build();
    const auto r = reserve(*world, {.size = "Standard_D4s_v3", .scope = "/subscriptions/sub-1/resourceGroups/rg-app"});
    engine::advanceTo(*world, hour0 + 1);
    EXPECT_NEAR(covered(*world, "inside", hour0, r) / used(*world, "inside", hour0), 0.5, kTolerance);
    EXPECT_NEAR(covered(*world, "outside", hour0), 0, kTolerance);  // another resource group
}

}  // namespace
}  // namespace pcsim::testing
