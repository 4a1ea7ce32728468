// Concurrent checkouts of one cart: the world's lock serialises them, and exactly one creates orders.
#include <gtest/gtest.h>

#include <set>
#include <thread>

#include "sim/checkout.hpp"
#include "world_builder.hpp"

namespace pcsim::testing {
namespace {

TEST(CheckoutConcurrency, TwelveThreadsOneCartMakeExactlyOneOrder) {
    auto world = WorldBuilder().build();
    Cart cart = createOrThrow(*world, fabrikam, cartOf({riLine(d4s1y, 1, subRegistered)}));

    constexpr int threads = 12;
    std::vector<std::string> orderIds(threads);
    std::vector<std::thread> pool;
    for (int i = 0; i < threads; ++i)
        pool.emplace_back([&, i] {
            std::lock_guard lock(world->mutex);
            auto result = checkout(*world, fabrikam, cart.id);
            if (result && result->orders.size() == 1) orderIds[std::size_t(i)] = result->orders[0].id;
        });
    for (auto& t : pool) t.join();

    std::set<std::string> distinct(orderIds.begin(), orderIds.end());
    EXPECT_EQ(distinct.size(), 1u);
    EXPECT_FALSE(distinct.begin()->empty()) << "every thread got the order";
    EXPECT_EQ(world->reservationOrders().size(), 1u);
    EXPECT_EQ(world->findCustomer(fabrikam)->orders.size(), 1u);
}

}  // namespace
}  // namespace pcsim::testing
