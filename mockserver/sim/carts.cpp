#include "sim/carts.hpp"

#include <set>

#include "partnercenter/text.hpp"
#include "sim/cart_rules.hpp"
#include "sim/lookup.hpp"
#include "sim/purchase_terms.hpp"

namespace pcsim::sim {

using partnercenter::text::toLower;
namespace {

// Update of a submitted cart: the error table's 800065 ("Cannot check out an already submitted
// cart") is the closest documented code; checkout itself replays instead (DECISIONS.md).
constexpr int cartAlreadySubmitted = cart_request_error::cartAlreadySubmitted;

ApiError invalidCartRequest(std::string description) {
    return badRequest(cart_request_error::invalidInput, std::move(description));
}

std::string lineField(std::size_t index, std::string_view field) {
    return "lineItems[" + std::to_string(index) + "]." + std::string(field);
}

// A line's id: the client's when given, else its position (contract §13.3: ids 0..n-1).
int effectiveLineId(const CartLineInput& line, std::size_t index) { return line.id.value_or(int(index)); }

std::vector<CartLine> linesFrom(const CartInput& input, const std::string& currencyCode) {
    std::vector<CartLine> lines;
    lines.reserve(input.lines.size());
    for (std::size_t i = 0; i < input.lines.size(); ++i) {
        const CartLineInput& in = input.lines[i];
        CartLine line;
        line.id = effectiveLineId(in, i);
        line.catalogItemId = in.catalogItemId;
        line.friendlyName = in.friendlyName;
        line.quantity = in.quantity;
        // Absent means one_time (the only cycle reservations have); an unknown cycle is kept so that
        // its line error can name it.
        line.billingCycle =
            in.billingCycle ? billingCycleName(*in.billingCycle).value_or(toLower(*in.billingCycle)) : "one_time";
        line.termDuration = in.termDuration;
        line.provisioningContext = in.provisioningContext;
        line.participants = in.participants;
        line.currencyCode = currencyCode;
        line.orderGroup = "0";  // every reservation line is one_time, so all land in the same order
        lines.push_back(std::move(line));
    }
    return lines;
}

}  // namespace

std::optional<ApiError> structuralError(const CartInput& input) {
    if (input.lines.empty()) return invalidCartRequest("lineItems: at least one line item is required");
    if (input.lines.size() > maxLinesPerCart)
        return invalidCartRequest("lineItems: at most " + std::to_string(maxLinesPerCart) + " line items are allowed");
    std::set<int> ids;
    for (std::size_t i = 0; i < input.lines.size(); ++i) {
        const CartLineInput& line = input.lines[i];
        if (line.catalogItemId.empty()) return invalidCartRequest(lineField(i, "catalogItemId") + " is required");
        if (line.quantity < 1) return invalidCartRequest(lineField(i, "quantity") + " must be a positive integer");
        if (!ids.insert(effectiveLineId(line, i)).second)
            return invalidCartRequest(lineField(i, "id") + " " + std::to_string(effectiveLineId(line, i)) +
                                      " is used by another line item");
    }
    return std::nullopt;
}

Result<Cart> createCart(World& world, std::string_view customerId, const CartInput& input, const std::string& user) {
    auto state = customerOr404(world, customerId);
    if (!state) return state.error();
    if (auto error = structuralError(input)) return *error;

    CustomerState& customer = **state;
    Cart cart;
    cart.id = world.ids.guid();
    cart.customerId = customer.customer.id;
    cart.creationTimestamp = cart.lastModifiedTimestamp = world.now();
    cart.expirationTimestamp = cart.creationTimestamp + std::chrono::days{world.behaviour().cartLifetimeDays};
    cart.lastModifiedUser = user;
    cart.status = CartStatus::active;
    cart.lines = linesFrom(input, world.catalog().currencyCode());
    validateLines(world, customer, cart.lines);
    return customer.carts.emplace(toLower(cart.id), std::move(cart)).first->second;
}

Result<Cart> getCart(const World& world, std::string_view customerId, std::string_view cartId) {
    auto state = customerOr404(world, customerId);
    if (!state) return state.error();
    auto cart = liveCartOr404(**state, cartId, world.now());
    if (!cart) return cart.error();
    return **cart;
}

Result<Cart> updateCart(World& world, std::string_view customerId, std::string_view cartId, const CartInput& input,
                        const std::string& user) {
    auto state = customerOr404(world, customerId);
    if (!state) return state.error();
    auto found = liveCartOr404(**state, cartId, world.now());
    if (!found) return found.error();
    Cart& cart = **found;
    if (cart.status == CartStatus::ordered)
        return badRequest(cartAlreadySubmitted, "Cannot update an already submitted cart " + cart.id + ".");
    if (auto error = structuralError(input)) return *error;

    // Validate into a fresh list first, so that the stored cart changes in one step.
    auto lines = linesFrom(input, world.catalog().currencyCode());
    validateLines(world, **state, lines);
    cart.lines = std::move(lines);
    cart.lastModifiedTimestamp = world.now();
    cart.lastModifiedUser = user;
    return cart;
}

}  // namespace pcsim::sim
