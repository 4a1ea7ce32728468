#pragma once
// How a request spells what it buys, read leniently in one place. Partner Center accepts several
// spellings of the same thing (contract §4.2, §13.3; DECISIONS.md), and the cart rules, checkout,
// order and entitlement filters must all agree on them.
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "partnercenter/catalog_spelling.hpp"
#include "sim/commerce.hpp"

namespace pcsim::sim {

// The comparison key of an enum value as the service reads it: lower case, underscores dropped,
// so that `OneTime`, `one_time` and `onetime` compare equal.
std::string enumKey(std::string_view text);

// A known BillingCycleType in its wire spelling ("OneTime" → "one_time"); nothing when unknown.
std::optional<std::string> billingCycleName(std::string_view text);

// The value of a provisioningContext (or inventoryContext) key, the key matched case-insensitively.
std::optional<std::string> contextValue(const std::map<std::string, std::string>& context, std::string_view key);

// A reservation term in either spelling, as "P1Y"/"P3Y"/"P5Y", and its whole years: the client
// reads terms by the same rule (partnercenter/catalog_spelling.hpp).
using partnercenter::catalog::normaliseTerm;
using partnercenter::catalog::termYears;

inline constexpr double kHoursPerYear = 8760;
// The share of its on-demand cost a reservation of a normalised term costs (0.60, 0.40, 0.35 for 1,
// 3 and 5 years): how generated catalogs price reservations and how on-demand prices are inferred.
std::optional<double> reservedShareOfOnDemand(std::string_view normalisedTerm);

// "shared" / "single", case-insensitive.
std::optional<Scope> parseScope(std::string_view text);

}  // namespace pcsim::sim
