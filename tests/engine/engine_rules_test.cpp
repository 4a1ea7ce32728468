// The matching, scope, priority and time rules of the engine (contract azure-reservations §1–§2),
// and its incremental bookkeeping: hours are applied once, changes apply from the next hour.
#include <gtest/gtest.h>

#include "engine_world.hpp"
#include "sim/engine/reservation_changes.hpp"
#include "sim/engine/reservation_lookup.hpp"
#include "sim/engine/vm_changes.hpp"
#include "sim/orders.hpp"

namespace pcsim::testing {
namespace {

TEST(EngineMatching, RegionMustMatch) {
    auto world =
        EngineWorld().subscription("sub-1", {vm("west", "Standard_D2s_v3", 1, "rg-a", always(), "westus")}).build();
    reserve(*world, {.size = "Standard_D2s_v3", .region = "eastus"});
    engine::advanceTo(*world, hour0 + 1);
    EXPECT_NEAR(used(*world, "west", hour0), 2, kTolerance);  // reported, so 0 below means not covered
    EXPECT_EQ(covered(*world, "west", hour0), 0);
}

TEST(EngineMatching, SpotVmsNeverReceiveTheDiscount) {
    Vm spot = vm("spot", "Standard_D2s_v3");
    spot.spot = true;
    auto world = EngineWorld().subscription("sub-1", {spot}).build();
    reserve(*world, {.size = "Standard_D2s_v3"});
    engine::advanceTo(*world, hour0 + 1);
    EXPECT_NEAR(used(*world, "spot", hour0), 2, kTolerance);
    EXPECT_EQ(covered(*world, "spot", hour0), 0);
}

TEST(EngineMatching, GroupsAreNarrowDv3DoesNotCoverDSv3) {
    auto world = EngineWorld().subscription("sub-1", {vm("premium", "Standard_D2s_v3")}).build();
    reserve(*world, {.size = "Standard_D2_v3"});
    engine::advanceTo(*world, hour0 + 1);
    EXPECT_NEAR(used(*world, "premium", hour0), 2, kTolerance);  // reported, so 0 below means not covered
    EXPECT_EQ(covered(*world, "premium", hour0), 0);
}

TEST(EngineMatching, FlexibilityOffCoversOnlyTheExactSize) {
    auto world =
        EngineWorld().subscription("sub-1", {vm("smaller", "Standard_D2s_v3"), vm("exact", "Standard_D4s_v3")}).build();
    const auto r =
        reserve(*world, {.size = "Standard_D4s_v3", .quantity = 2, .scope = "/subscriptions/sub-1", .flexible = false});
    engine::advanceTo(*world, hour0 + 1);
    EXPECT_NEAR(covered(*world, "exact", hour0, r), 4, kTolerance);
    EXPECT_EQ(covered(*world, "smaller", hour0), 0);         // same group, another size
    EXPECT_NEAR(*applied(*world, r, hour0), 4, kTolerance);  // half of 2 x 4 units lost
}

TEST(EngineMatching, OfferTypeOutsideTheEligibleListGetsNothingEvenShared) {
    auto world = EngineWorld()
                     .subscription("sub-1", {vm("office", "Standard_D2s_v3")}, customerA, "CFQ7TTC0LH18:0001")
                     .subscription("sub-2", {vm("plan", "Standard_D2s_v3")}, customerA, "DZH318Z0BPS6:0001")
                     .build();
    reserve(*world, {.size = "Standard_D2s_v3", .quantity = 2});
    engine::advanceTo(*world, hour0 + 1);
    EXPECT_EQ(covered(*world, "office", hour0), 0);
    EXPECT_NEAR(covered(*world, "plan", hour0), 2, kTolerance);  // the Azure plan is eligible
}

TEST(EngineScope, SingleSubscriptionCoversOnlyThatSubscription) {
    auto world = EngineWorld()
                     .subscription("sub-1", {vm("one", "Standard_D2s_v3")})
                     .subscription("sub-2", {vm("two", "Standard_D2s_v3")})
                     .build();
    reserve(*world, {.size = "Standard_D2s_v3", .quantity = 2, .scope = "/subscriptions/sub-2"});
    engine::advanceTo(*world, hour0 + 1);
    EXPECT_EQ(covered(*world, "one", hour0), 0);
    EXPECT_NEAR(covered(*world, "two", hour0), 2, kTolerance);
}

TEST(EngineScope, SharedCoversEverySubscriptionOfTheCustomerAndNoOtherCustomer) {
    auto world = EngineWorld()
                     .subscription("sub-1", {vm("one", "Standard_D2s_v3")})
                     .subscription("sub-2", {vm("two", "Standard_D2s_v3")})
                     .subscription("sub-b", {vm("theirs", "Standard_D2s_v3")}, customerB)
                     .build();
    reserve(*world, {.size = "Standard_D2s_v3", .quantity = 3});
    engine::advanceTo(*world, hour0 + 1);
    EXPECT_NEAR(covered(*world, "one", hour0), 2, kTolerance);
    EXPECT_NEAR(covered(*world, "two", hour0), 2, kTolerance);
    EXPECT_EQ(covered(*world, "theirs", hour0), 0);
}

TEST(EngineScope, NarrowTiersAreAppliedFirst) {
    // Shared is bought first, the subscription-scoped one later: the narrow one still goes first and
    // fills `mine`; shared then covers `other` instead of being spent on `mine`.
    auto world = EngineWorld()
                     .subscription("sub-1", {vm("mine", "Standard_D2s_v3")})
                     .subscription("sub-2", {vm("other", "Standard_D2s_v3")})
                     .build();
    const auto shared = reserve(*world, {.size = "Standard_D2s_v3", .effective = engineStart - std::chrono::hours(1)});
    const auto narrow = reserve(*world, {.size = "Standard_D2s_v3", .scope = "/subscriptions/sub-1"});
    engine::advanceTo(*world, hour0 + 1);
    EXPECT_NEAR(covered(*world, "mine", hour0, narrow), 2, kTolerance);
    EXPECT_NEAR(covered(*world, "other", hour0, shared), 2, kTolerance);
}

TEST(EngineScope, LeftoverCascadesToBroaderReservationsUnlessSwitchedOff) {
    auto build = [](bool cascade) {
        auto world =
            EngineWorld().cascade(cascade).subscription("sub-1", {vm("big", "Standard_D8s_v3", 1, "rg-a")}).build();
        reserve(*world, {.size = "Standard_D2s_v3", .scope = "/subscriptions/sub-1/resourceGroups/rg-a"});
        const auto shared = reserve(*world, {.size = "Standard_D4s_v3"});
        engine::advanceTo(*world, hour0 + 1);
        return std::pair{std::move(world), shared};
    };
    auto [cascading, sharedOn] = build(true);
    EXPECT_NEAR(covered(*cascading, "big", hour0), 6, kTolerance);  // 2 by the RG, 4 by shared
    EXPECT_NEAR(*applied(*cascading, sharedOn, hour0), 4, kTolerance);
    auto [stopping, sharedOff] = build(false);
    EXPECT_NEAR(covered(*stopping, "big", hour0), 2, kTolerance);  // matched at RG: broader tiers not evaluated
    EXPECT_NEAR(*applied(*stopping, sharedOff, hour0), 0, kTolerance);
}

TEST(EngineTime, AppliesFromTheFirstHourStartingAtEffectiveUntilExpiry) {
    auto world = EngineWorld().subscription("sub-1", {vm("web", "Standard_D2s_v3")}).build();
    const auto r = reserve(*world, {.size = "Standard_D2s_v3", .effective = engineStart + std::chrono::minutes(150)});
    engine::advanceTo(*world, hour0 + 4);
    EXPECT_FALSE(applied(*world, r, hour0 + 2).has_value());  // 02:00 starts before 02:30
    EXPECT_EQ(covered(*world, "web", hour0 + 2), 0);
    EXPECT_NEAR(covered(*world, "web", hour0 + 3), 2, kTolerance);

    auto expiring = EngineWorld().subscription("sub-1", {vm("web", "Standard_D2s_v3")}).build();
    const auto old = reserve(*expiring, {.size = "Standard_D2s_v3", .effective = engineStart - std::chrono::days(365)});
    engine::advanceTo(*expiring, hour0 + 2);
    // 2025-01-05 + 1 year = 2026-01-05T00:00: expired before the first hour.
    EXPECT_FALSE(applied(*expiring, old, hour0).has_value());
}

TEST(EngineTime, UnusedHoursAreLost) {
    auto world =
        EngineWorld().subscription("sub-1", {vm("day", "Standard_D2s_v3", 1, "rg-a", windowOf(60, 120))}).build();
    const auto r = reserve(*world, {.size = "Standard_D2s_v3"});
    engine::advanceTo(*world, hour0 + 3);
    EXPECT_NEAR(*applied(*world, r, hour0), 0, kTolerance);
    EXPECT_NEAR(*applied(*world, r, hour0 + 1), 2, kTolerance);
    EXPECT_NEAR(*applied(*world, r, hour0 + 2), 0, kTolerance);  // nothing carried over from hour 0
}

TEST(EngineOrder, CompetingVmsAreFilledBySubscriptionResourceGroupAndVmId) {
    auto world =
        EngineWorld()
            .subscription("sub-b", {vm("a-vm", "Standard_D2s_v3", 1, "rg-a")})
            .subscription("sub-a", {vm("z-vm", "Standard_D2s_v3", 1, "rg-b"), vm("y-vm", "Standard_D2s_v3", 1, "rg-b"),
                                    vm("x-vm", "Standard_D2s_v3", 1, "rg-c")})
            .build();
    reserve(*world, {.size = "Standard_D2s_v3", .quantity = 1});
    engine::advanceTo(*world, hour0 + 1);
    EXPECT_NEAR(covered(*world, "y-vm", hour0), 2, kTolerance);  // sub-a < sub-b; rg-b < rg-c; y < z
    EXPECT_EQ(covered(*world, "z-vm", hour0) + covered(*world, "x-vm", hour0) + covered(*world, "a-vm", hour0), 0);
}

TEST(EngineIncremental, HourByHourEqualsOneStepAndSteadyHoursExtendOneRun) {
    auto build = [] {
        auto world = EngineWorld()
                         .subscription("sub-1", {vm("web", "Standard_D2s_v3", 3),
                                                 vm("batch", "Standard_D8s_v3", 1, "rg-b", windowOf(8 * 60, 18 * 60))})
                         .build();
        reserve(*world, {.size = "Standard_D4s_v3", .quantity = 2});
        return world;
    };
    auto stepped = build(), once = build();
    for (int h = 1; h <= 72; ++h) engine::advanceTo(*stepped, hour0 + h);
    engine::advanceTo(*once, hour0 + 72);
    auto a = engine::coverage(*stepped, "", hour0, hour0 + 72, engine::CoverageGrain::hour);
    auto b = engine::coverage(*once, "", hour0, hour0 + 72, engine::CoverageGrain::hour);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].vmId, b[i].vmId);
        EXPECT_EQ(a[i].coveredUnits, b[i].coveredUnits);
    }
    // Steady hours extend a run: web is covered alike all along (1 run, not 72); batch runs once a day.
    const auto& ledger = once->reservationEngine.ledger;
    for (std::uint32_t vm = 0; vm < ledger.vms().size(); ++vm)
        EXPECT_EQ(ledger.runCount(vm), ledger.vms()[vm].vmId == "web" ? 1u : 3u) << ledger.vms()[vm].vmId;
}

TEST(EngineIncremental, VmChangesApplyFromTheNextUnprocessedHourOnly) {
    auto world = EngineWorld().subscription("sub-1", {vm("web", "Standard_D2s_v3")}).build();
    reserve(*world, {.size = "Standard_D8s_v3"});
    world->clock.advance(std::chrono::hours(3));
    engine::catchUp(*world);  // hours 0..2 applied
    ASSERT_TRUE(engine::addVm(*world, customerA, "sub-1", vm("api", "Standard_D4s_v3")).ok());
    world->clock.advance(std::chrono::hours(2));
    engine::catchUp(*world);
    EXPECT_EQ(used(*world, "api", hour0 + 2), 0);  // history is not rewritten
    EXPECT_NEAR(covered(*world, "api", hour0 + 3), 4, kTolerance);
    ASSERT_TRUE(engine::changeVm(*world, customerA, "sub-1", "api", {.size = "Standard_D8s_v3"}).ok());
    ASSERT_TRUE(engine::removeVm(*world, customerA, "sub-1", "web").ok());
    world->clock.advance(std::chrono::hours(1));
    engine::catchUp(*world);
    EXPECT_NEAR(covered(*world, "api", hour0 + 5), 8, kTolerance);
    EXPECT_EQ(used(*world, "web", hour0 + 5), 0);
    EXPECT_NEAR(covered(*world, "web", hour0 + 4), 2, kTolerance);
}

TEST(EngineIncremental, AddVmRejectsUnknownSizesAndDuplicateIds) {
    auto world = EngineWorld().subscription("sub-1", {vm("web", "Standard_D2s_v3")}).build();
    auto unknown = engine::addVm(*world, customerA, "sub-1", vm("x", "Standard_F2"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().http, 400);
    auto duplicate = engine::addVm(*world, customerA, "sub-1", vm("WEB", "Standard_D2s_v3"));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().http, 409);
    auto canonical = engine::addVm(*world, customerA, "sub-1", vm("", "d4s_V3"));
    ASSERT_TRUE(canonical.ok());
    EXPECT_EQ(canonical->size, "Standard_D4s_v3");
    EXPECT_EQ(canonical->id, "vm-2");
    EXPECT_EQ(engine::addVm(*world, customerA, "no-such-sub", vm("x", "Standard_D2s_v3")).error().http, 404);
}

TEST(EngineIncremental, ScopeChangeAppliesFromTheNextUnprocessedHour) {
    auto world = EngineWorld()
                     .subscription("sub-1", {vm("one", "Standard_D2s_v3")})
                     .subscription("sub-2", {vm("two", "Standard_D2s_v3")})
                     .build();
    const auto r = reserve(*world, {.size = "Standard_D2s_v3", .scope = "/subscriptions/sub-1"});
    world->clock.advance(std::chrono::hours(2));
    engine::catchUp(*world);
    auto patched = engine::patchReservation(
        *world, orderOf(*world, r), r,
        {.appliedScopeType = "Single", .appliedScopes = std::vector<std::string>{"/subscriptions/sub-2"}});
    ASSERT_FALSE(engine::armError(patched)) << engine::armError(patched)->message;
    world->clock.advance(std::chrono::hours(2));
    engine::catchUp(*world);
    EXPECT_NEAR(covered(*world, "one", hour0 + 1), 2, kTolerance);
    EXPECT_EQ(covered(*world, "two", hour0 + 1), 0);
    EXPECT_EQ(covered(*world, "one", hour0 + 2), 0);
    EXPECT_NEAR(covered(*world, "two", hour0 + 2), 2, kTolerance);
}

TEST(EngineIncremental, SplitAndMergeKeepEveryVmsCoverage) {
    auto world =
        EngineWorld().subscription("sub-1", {vm("web", "Standard_D2s_v3", 3), vm("api", "Standard_D4s_v3")}).build();
    const auto r = reserve(*world, {.size = "Standard_D2s_v3", .quantity = 3});
    const auto order = orderOf(*world, r);
    world->clock.advance(std::chrono::hours(1));
    engine::catchUp(*world);
    auto split = engine::splitReservation(*world, order, r, {1, 2});
    ASSERT_FALSE(engine::armError(split));
    world->clock.advance(std::chrono::hours(1));
    engine::catchUp(*world);
    const auto& created = std::get<engine::Reshaped>(split).created;
    std::vector<std::string> ids;
    for (const auto& c : created) ids.push_back(engine::reservationArmId(order, c.id));
    ASSERT_FALSE(engine::armError(engine::mergeReservations(*world, order, ids)));
    world->clock.advance(std::chrono::hours(1));
    engine::catchUp(*world);
    // 6 units fill api (4, first in VM id order) then 2 of web's 6, before, between and after.
    for (HourIndex h = hour0; h < hour0 + 3; ++h) {
        EXPECT_NEAR(covered(*world, "api", h), 4, kTolerance) << h - hour0;
        EXPECT_NEAR(covered(*world, "web", h), 2, kTolerance) << h - hour0;
    }
    EXPECT_FALSE(applied(*world, r, hour0 + 1).has_value());  // the split source stopped
    EXPECT_NEAR(*applied(*world, created[0].id, hour0 + 1) + *applied(*world, created[1].id, hour0 + 1), 6, kTolerance);
}

TEST(EngineIncremental, CancellingAfterASplitStopsTheChildrenWithoutReviving) {
    EngineWorld spec = EngineWorld().subscription("sub-1", {vm("web", "Standard_D2s_v3", 4)});
    spec.scenario().partner.integrationSandbox = true;
    auto world = spec.build();
    const auto r = reserve(*world, {.size = "Standard_D2s_v3", .quantity = 2});
    const auto reservationOrder = orderOf(*world, r);
    const auto order = placeOrderFor(*world, reservationOrder);
    world->clock.advance(std::chrono::hours(1));
    engine::catchUp(*world);
    ASSERT_FALSE(engine::armError(engine::splitReservation(*world, reservationOrder, r, {1, 1})));
    world->clock.advance(std::chrono::hours(2));  // hours 1 and 2 not applied yet when the order is cancelled
    ASSERT_TRUE(cancelOrder(*world, customerA, order).ok());
    world->clock.advance(std::chrono::hours(2));
    engine::catchUp(*world);
    // The two halves apply 4 units in hours 1 and 2 (the split source no longer does), nothing from
    // the hour of the cancellation on.
    for (HourIndex h = hour0; h < hour0 + 3; ++h) EXPECT_NEAR(covered(*world, "web", h), 4, kTolerance) << h - hour0;
    EXPECT_EQ(covered(*world, "web", hour0 + 3), 0);
    EXPECT_EQ(world->findReservationOrder(reservationOrder)->reservations.front().provisioningState, "Split");
}

TEST(EngineIncremental, SplitHalvesTakeTheSourcesPlaceInTheApplicationOrder) {
    auto world = EngineWorld().subscription("sub-1", {vm("web", "Standard_D2s_v3")}).build();
    const auto r = reserve(*world, {.size = "Standard_D2s_v3", .quantity = 4});
    const auto order = orderOf(*world, r);
    auto first = engine::splitReservation(*world, order, r, {2, 2});
    ASSERT_FALSE(engine::armError(first));
    const auto& halves = std::get<engine::Reshaped>(first).created;
    const std::string a = halves[0].id, b = halves[1].id;
    world->clock.advance(std::chrono::hours(1));
    engine::catchUp(*world);
    ASSERT_NEAR(covered(*world, "web", hour0, a), 2, kTolerance);  // a comes first and covers all of web
    auto second = engine::splitReservation(*world, order, a, {1, 1});
    ASSERT_FALSE(engine::armError(second));
    const std::string quarter = std::get<engine::Reshaped>(second).created[0].id;
    world->clock.advance(std::chrono::hours(1));
    engine::catchUp(*world);
    // a's halves keep a's place before b.
    EXPECT_NEAR(covered(*world, "web", hour0 + 1, quarter), 2, kTolerance);
    EXPECT_EQ(covered(*world, "web", hour0 + 1, b), 0);
}

TEST(EngineIncremental, AReservationOfAPendingOrderCannotBeChangedYet) {
    auto world = EngineWorld().subscription("sub-1", {vm("web", "Standard_D2s_v3")}).build();
    const auto r = reserve(*world, {.size = "Standard_D2s_v3", .quantity = 2});
    const auto reservationOrder = orderOf(*world, r);
    placeOrderFor(*world, reservationOrder, world->now() + std::chrono::minutes(30));
    auto code = [&](const auto& result) {
        const auto* error = engine::armError(result);
        return error ? error->code : "";
    };
    const std::string creating = "OperationCannotBePerformedInCurrentState";
    EXPECT_EQ(code(engine::splitReservation(*world, reservationOrder, r, {1, 1})), creating);
    EXPECT_EQ(code(engine::patchReservation(*world, reservationOrder, r, {.displayName = "renamed"})), creating);
    world->clock.advance(std::chrono::minutes(30));  // provisioned
    EXPECT_EQ(code(engine::splitReservation(*world, reservationOrder, r, {1, 1})), "");
}

}  // namespace
}  // namespace pcsim::testing
