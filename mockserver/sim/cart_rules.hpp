#pragma once
// The business rules of a cart line (validateLine of carts.hpp is one of them), shared by cart
// create/update and by checkout, which re-validates and then builds orders from the same reading
// of each line.
#include <string>
#include <variant>
#include <vector>

#include "sim/carts.hpp"

namespace pcsim::sim {

// A line read against the catalog and the customer: what checkout turns into an order line and a
// reservation. The pointers point into the World, valid while its lock is held.
struct ResolvedLine {
    CatalogItem item;
    std::string term;  // normalised: P1Y / P3Y / P5Y
    Scope scope = Scope::shared;
    const Subscription* subscription = nullptr;
};

// The first five checks of validateLine — catalog item, billing cycle, term, scope, subscription —
// giving either the resolved line or that first problem.
std::variant<ResolvedLine, LineError> resolveLine(const World& world, const Customer& customer, const CartLine& line);

// Sets every line's `error` (or clears it). Lines before one that passes count toward the sandbox
// limit of the lines after it.
void validateLines(const World& world, const CustomerState& customer, std::vector<CartLine>& lines);

}  // namespace pcsim::sim
