#include "sim/entitlements.hpp"

#include <gtest/gtest.h>

#include "sim/orders.hpp"
#include "world_builder.hpp"

namespace pcsim::testing {
namespace {

using std::chrono::seconds;

class Entitlements : public ::testing::Test {
protected:
    void SetUp() override {
        world = WorldBuilder().sandbox().provisioningDelaySeconds(60).build();
        order = buyOneOrThrow(*world, fabrikam,
                              cartOf({riLine(b1s1y, 1, subRegistered), riLine(b1s1y, 1, subRegistered, "single")}));
    }
    std::vector<EntitlementView> list(std::optional<std::string_view> type = std::nullopt) {
        auto result = listEntitlements(*world, fabrikam, type);
        if (!result) throw std::runtime_error(result.error().description);
        return *result;
    }

    std::unique_ptr<World> world;
    Order order;
};

TEST_F(Entitlements, NoneWhileTheOrderIsPending) {
    EXPECT_TRUE(list().empty());
    EXPECT_EQ(reservationArtifact(*world, fabrikam, order.lines[0].reservationOrderId).error().code, 1000);
}

TEST_F(Entitlements, OnePerFulfilledOrderLine) {
    world->clock.advance(seconds{60});
    auto entitlements = list();
    ASSERT_EQ(entitlements.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        const EntitlementView& e = entitlements[i];
        const OrderLine& line = order.lines[i];
        EXPECT_EQ(e.orderId, order.id);
        EXPECT_EQ(e.orderAlternateId, order.alternateId);
        EXPECT_EQ(e.lineItemNumber, line.lineItemNumber);
        EXPECT_EQ(e.productId, "DZH318Z0BQ4R");
        EXPECT_EQ(e.skuId, "00B1");
        EXPECT_EQ(e.quantity, 1);
        EXPECT_EQ(e.reservationOrder.id, line.reservationOrderId);
        EXPECT_EQ(e.expiryDate, e.reservationOrder.reservations[0].expiryDateTime);
        EXPECT_EQ(e.expiryDate, addYears(order.completesAt, 1));
    }
    EXPECT_TRUE(listEntitlements(*world, contoso, std::nullopt)->empty());
}

TEST_F(Entitlements, NoneOnceCancelled) {
    world->clock.advance(seconds{60});
    ASSERT_TRUE(cancelOrder(*world, fabrikam, order.id));
    EXPECT_TRUE(list().empty());
    EXPECT_EQ(reservationArtifact(*world, fabrikam, order.lines[0].reservationOrderId).error().code, 1000);
}

TEST_F(Entitlements, TypeFilter) {
    world->clock.advance(seconds{60});
    for (std::string_view ri : {"reservedInstance", "RESERVEDINSTANCE", "virtualMachineReservedInstance",
                                "virtual_machine_reserved_instance"})
        EXPECT_EQ(list(ri).size(), 2u) << ri;
    EXPECT_TRUE(list("software").empty());
    auto refused = listEntitlements(*world, fabrikam, std::string_view("hardware"));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().http, 400);
    EXPECT_EQ(refused.error().code, 900126);
    EXPECT_EQ(listEntitlements(*world, "nobody", std::nullopt).error().code, 60003);
}

TEST_F(Entitlements, ArtifactOfAFulfilledOwnReservation) {
    world->clock.advance(seconds{60});
    const std::string id = order.lines[1].reservationOrderId;
    auto artifact = reservationArtifact(*world, toUpper(fabrikam), toUpper(id));
    ASSERT_TRUE(artifact) << artifact.error().description;
    EXPECT_EQ(artifact->id, id);
    ASSERT_EQ(artifact->reservations.size(), 1u);
    EXPECT_EQ(artifact->reservations[0].scope, Scope::single);
}

TEST_F(Entitlements, ArtifactOfAnotherCustomerOrUnknownIs404_1000) {
    world->clock.advance(seconds{60});
    const std::string id = order.lines[0].reservationOrderId;
    auto foreign = reservationArtifact(*world, contoso, id);
    ASSERT_FALSE(foreign);
    EXPECT_EQ(foreign.error().http, 404);
    EXPECT_EQ(foreign.error().code, 1000);
    EXPECT_EQ(reservationArtifact(*world, fabrikam, "00000000-0000-4000-8000-000000000000").error().code, 1000);
    EXPECT_EQ(reservationArtifact(*world, "nobody", id).error().code, 60003);
}

}  // namespace
}  // namespace pcsim::testing
