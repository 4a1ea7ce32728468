#pragma once
// Carts: create, read, update. Business problems with a line do not fail the request: the cart is
// saved with that line's `error` set (DECISIONS.md); only structural problems are 400 800002.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/errors/partner_center.hpp"
#include "sim/result.hpp"
#include "sim/world.hpp"

namespace pcsim::sim {

inline constexpr std::size_t maxLinesPerCart = 100;

struct CartLineInput {
    std::optional<int> id;
    std::string catalogItemId;
    std::string friendlyName;
    std::int64_t quantity = 0;
    std::optional<std::string> billingCycle;  // lower_snake_case, e.g. "one_time"
    std::optional<std::string> termDuration;
    std::map<std::string, std::string> provisioningContext;
    std::vector<Participant> participants;
};

struct CartInput {
    std::vector<CartLineInput> lines;
};

// `user` is the object id of the caller (user, or the app for App tokens): the cart's lastModifiedUser.
Result<Cart> createCart(World& world, std::string_view customerId, const CartInput& input, const std::string& user);
Result<Cart> getCart(const World& world, std::string_view customerId, std::string_view cartId);
// Replaces the lines (the client sends the whole cart). An ordered or expired cart refuses updates.
Result<Cart> updateCart(World& world, std::string_view customerId, std::string_view cartId, const CartInput& input,
                        const std::string& user);

// Structural check shared by create and update: at least one and at most 100 lines, a catalogItemId
// on each, quantity >= 1. Returns the 400 800002 error naming the field, or nothing.
std::optional<ApiError> structuralError(const CartInput& input);

// The business rules of one line as of now: the first problem found, as a line error (or nothing).
// `pendingReservedQuantity` counts reserved instances of earlier lines of the same cart (sandbox limit).
std::optional<LineError> validateLine(const World& world, const CustomerState& customer, const CartLine& line,
                                      std::int64_t pendingReservedQuantity);

}  // namespace pcsim::sim
