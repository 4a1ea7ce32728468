#pragma once
// What the rule-level properties do to a world, in one place: buy as a customer, count what was
// created, and pick lines a world can accept.
#include <rapidcheck.h>

#include <string>
#include <vector>

#include "gen/line_gen.hpp"
#include "gen/world_build.hpp"
#include "gen/world_gen.hpp"
#include "sim/carts.hpp"
#include "sim/checkout.hpp"
#include "sim/entitlements.hpp"
#include "sim/orders.hpp"

namespace pcsim::properties {

inline const std::string kUser = "11111111-2222-4333-8444-555555555555";

inline std::size_t orderCount(const sim::World& world) {
    std::size_t n = 0;
    for (const auto& customer : world.customers()) n += customer.orders.size();
    return n;
}

inline std::size_t cartCount(const sim::World& world) {
    std::size_t n = 0;
    for (const auto& customer : world.customers()) n += customer.carts.size();
    return n;
}

// The pick moved onto a subscription of customer 0 that may buy its SKU (a shop world has one).
inline LinePick eligiblePick(const WorldSpec& world, LinePick pick) {
    const ResolvedPick resolved = resolve(world, 0, pick);
    const auto eligible = eligibleSubscriptions(world, 0, world.skus.at(resolved.item.sku));
    RC_ASSERT(!eligible.empty());  // guaranteed by genShopWorld
    return onSubscription(pick, eligible[std::size_t(pick.subscription) % eligible.size()]);
}

// Valid lines for customer 0 of a shop world, logged for the counterexample.
inline std::vector<ResolvedPick> validLines(const WorldSpec& world, const std::vector<LinePick>& picks) {
    std::vector<ResolvedPick> lines;
    for (const auto& pick : picks) {
        lines.push_back(resolve(world, 0, eligiblePick(world, pick)));
        RC_LOG() << lines.back() << "\n";
    }
    return lines;
}

inline sim::CartInput cartOfPicks(const std::vector<ResolvedPick>& lines) {
    sim::CartInput input;
    for (const auto& line : lines) input.lines.push_back(line.line);
    return input;
}

inline bool anyLineError(const sim::Cart& cart) {
    for (const auto& line : cart.lines)
        if (line.error) return true;
    return false;
}

}  // namespace pcsim::properties
