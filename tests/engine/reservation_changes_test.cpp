// PATCH (scope, flexibility, display name), split and merge as sim operations: their errors
// (contract azure-reservations §1.3, §4.4) and what they leave behind.
#include <gtest/gtest.h>

#include "engine_world.hpp"
#include "partnercenter/text.hpp"
#include "sim/engine/applied_scope.hpp"
#include "sim/engine/reservation_changes.hpp"
#include "sim/engine/reservation_lookup.hpp"

namespace pcsim::testing {
namespace {

using engine::ArmError;
using engine::ReservationPatch;

class ReservationChanges : public ::testing::Test {
protected:
    void SetUp() override {
        world = EngineWorld()
                    .subscription("sub-1", {vm("web", "Standard_D2s_v3")})
                    .subscription("sub-2")
                    .subscription("sub-office", {}, customerA, "CFQ7TTC0LH18:0001")
                    .subscription("sub-b", {}, customerB)
                    .build();
        reservation = reserve(*world, {.size = "Standard_D2s_v3", .quantity = 3});
        order = orderOf(*world, reservation);
    }

    std::string patchError(const ReservationPatch& patch) {
        auto result = engine::patchReservation(*world, order, reservation, patch);
        auto* error = engine::armError(result);
        return error ? error->code : "";
    }

    static ReservationPatch single(std::vector<std::string> scopes) {
        return {.appliedScopeType = "Single", .appliedScopes = std::move(scopes)};
    }

    std::unique_ptr<World> world;
    std::string reservation;
    std::string order;
};

TEST_F(ReservationChanges, ScopeErrorsAreTheDocumentedCodes) {
    EXPECT_EQ(patchError({.appliedScopeType = "Single"}), "MissingAppliedScopesForSingle");
    EXPECT_EQ(patchError(single({})), "MissingAppliedScopesForSingle");
    EXPECT_EQ(patchError(single({"/subscriptions/sub-1", "/subscriptions/sub-2"})), "InvalidSingleAppliedScopesCount");
    EXPECT_EQ(patchError({.appliedScopeType = "Shared"}), "AppliedScopesSameAsExisting");
    EXPECT_EQ(patchError(single({"/subscriptions/sub-b"})), "AppliedScopesNotAssociatedWithCommerceAccount");
    EXPECT_EQ(patchError(single({"/subscriptions/sub-office"})), "AppliedScopesNotAssociatedWithCommerceAccount");
    EXPECT_EQ(patchError(single({"/subscriptions/no-such"})), "AppliedScopesNotAssociatedWithCommerceAccount");
    EXPECT_EQ(patchError(single({"sub-1"})), "InvalidSubscriptionId");
    EXPECT_EQ(patchError({.appliedScopeType = "ManagementGroup"}), "InvalidRequestContent");
    EXPECT_EQ(patchError({.instanceFlexibility = false}), "InvalidRequestContent");  // Off needs Single
    EXPECT_EQ(patchError({.displayName = "test reservation"}), "PatchValuesSameAsExisting");
    EXPECT_EQ(engine::armError(engine::patchReservation(*world, order, "nope", {.displayName = "x"}))->code,
              "ReservationIdNotInReservationOrder");
    EXPECT_EQ(engine::armError(engine::patchReservation(*world, "nope", reservation, {.displayName = "x"}))->http, 404);
}

TEST_F(ReservationChanges, PatchSetsScopeFlexibilityAndNameAndNothingElse) {
    auto result =
        engine::patchReservation(*world, order, reservation,
                                 {.appliedScopeType = "single",
                                  .appliedScopes = std::vector<std::string>{"/SUBSCRIPTIONS/sub-1/resourceGroups/rg-a"},
                                  .instanceFlexibility = false,
                                  .displayName = "renamed"});
    ASSERT_FALSE(engine::armError(result)) << engine::armError(result)->message;
    const Reservation& patched = std::get<Reservation>(result);
    EXPECT_EQ(engine::appliedScopeOf(patched).tier, engine::ScopeTier::resourceGroup);
    EXPECT_EQ(patched.appliedScopes, std::vector<std::string>{"/subscriptions/sub-1/resourceGroups/rg-a"});
    EXPECT_FALSE(patched.instanceFlexibility);
    EXPECT_EQ(patched.displayName, "renamed");
    EXPECT_EQ(patched.quantity, 3);
    EXPECT_EQ(patched.term, "P1Y");
    EXPECT_EQ(patched.expiryDateTime, addYears(engineStart, 1));
    EXPECT_EQ(patchError({.appliedScopeType = "Shared", .instanceFlexibility = true}), "");
}

TEST_F(ReservationChanges, SplitNeedsTwoPositiveQuantitiesSummingToTheQuantity) {
    auto code = [&](std::vector<std::int64_t> quantities) {
        auto result = engine::splitReservation(*world, order, reservation, quantities);
        auto* error = engine::armError(result);
        return error ? error->code : "";
    };
    EXPECT_EQ(code({1, 1, 1}), "InvalidRequestContent");
    EXPECT_EQ(code({3}), "InvalidRequestContent");
    EXPECT_EQ(code({0, 3}), "InvalidRequestContent");
    EXPECT_EQ(code({1, 1}), "InvalidRequestContent");
    EXPECT_EQ(code({1, 2}), "");
    EXPECT_EQ(code({1, 2}), "OperationCannotBePerformedInCurrentState");  // already Split
}

TEST_F(ReservationChanges, SplitCreatesTwoChildrenOnTheSameTermAndRecordsTheLineage) {
    auto result = engine::splitReservation(*world, order, reservation, {2, 1});
    ASSERT_FALSE(engine::armError(result));
    const auto& reshaped = std::get<engine::Reshaped>(result);
    ASSERT_EQ(reshaped.created.size(), 2u);
    EXPECT_EQ(reshaped.created[0].quantity, 2);
    EXPECT_EQ(reshaped.created[1].quantity, 1);
    for (const auto& child : reshaped.created) {
        EXPECT_EQ(child.armSkuName, "Standard_D2s_v3");
        EXPECT_EQ(child.expiryDateTime, addYears(engineStart, 1));
        EXPECT_EQ(child.provisioningState, "Succeeded");
        EXPECT_EQ(world->reservationEngine.lineage.at(partnercenter::text::toLower(child.id)).splitSource, reservation);
    }
    EXPECT_EQ(reshaped.retired.at(0).provisioningState, "Split");
    EXPECT_EQ(world->findReservationOrder(order)->reservations.size(), 3u);
    EXPECT_EQ(world->reservationEngine.lineage.at(partnercenter::text::toLower(reservation)).splitDestinations.size(),
              2u);
}

TEST_F(ReservationChanges, MergeNeedsIdenticalReservationsOfTheOrder) {
    auto split = std::get<engine::Reshaped>(engine::splitReservation(*world, order, reservation, {1, 2}));
    const auto a = engine::reservationArmId(order, split.created[0].id);
    const auto b = engine::reservationArmId(order, split.created[1].id);
    auto code = [&](std::vector<std::string> sources) {
        auto result = engine::mergeReservations(*world, order, sources);
        auto* error = engine::armError(result);
        return error ? error->code : "";
    };
    EXPECT_EQ(code({a}), "InvalidRequestContent");
    EXPECT_EQ(code({a, a}), "InvalidRequestContent");
    EXPECT_EQ(code({a, "not-an-id"}), "InvalidReservationId");
    EXPECT_EQ(code({a, engine::reservationArmId("other-order", split.created[1].id)}),
              "ReservationIdNotInReservationOrder");
    EXPECT_EQ(code({a, engine::reservationArmId(order, reservation)}), "OperationCannotBePerformedInCurrentState");

    ASSERT_FALSE(engine::armError(
        engine::patchReservation(*world, order, split.created[1].id, single({"/subscriptions/sub-1"}))));
    EXPECT_EQ(code({a, b}), "InvalidRequestContent");  // the scopes differ
    ASSERT_FALSE(
        engine::armError(engine::patchReservation(*world, order, split.created[1].id, {.appliedScopeType = "Shared"})));

    auto merged = engine::mergeReservations(*world, order, {a, b});
    ASSERT_FALSE(engine::armError(merged));
    const auto& result = std::get<engine::Reshaped>(merged);
    EXPECT_EQ(result.created.at(0).quantity, 3);
    EXPECT_EQ(result.retired.size(), 2u);
    for (const auto& source : result.retired) EXPECT_EQ(source.provisioningState, "Merged");
    EXPECT_EQ(
        world->reservationEngine.lineage.at(partnercenter::text::toLower(result.created[0].id)).mergeSources.size(),
        2u);
}

}  // namespace
}  // namespace pcsim::testing
