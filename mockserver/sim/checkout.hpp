#pragma once
// POST .../carts/{id}/checkout: turns a valid cart into orders and the orders' reservations.
#include <string_view>
#include <vector>

#include "sim/errors/partner_center.hpp"
#include "sim/result.hpp"
#include "sim/world.hpp"

namespace pcsim::sim {

struct CheckoutResult {
    std::vector<Order> orders;
    std::vector<OrderError> orderErrors;
};

// Idempotent: checking out an already ordered cart returns the first result again, and creates
// nothing. The caller holds the world's lock, so concurrent checkouts of one cart serialise and
// exactly one creates orders. Lines are re-validated against the state at checkout time; on error
// the cart keeps the line errors and no order is created.
Result<CheckoutResult> checkout(World& world, std::string_view customerId, std::string_view cartId);

}  // namespace pcsim::sim
