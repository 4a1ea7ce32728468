#pragma once
// A reservation's applied scope as the engine reads it (contract azure-reservations §1.1). The
// reservation stores it the ARM way — `scope` Shared, or Single with one appliedScopes entry, a
// subscription ("/subscriptions/{id}") or a resource group ("/subscriptions/{id}/resourceGroups/{rg}").
// Management-group scope is not modelled (contract §7: not known to be offered to CSP customers).
#include <optional>
#include <string>
#include <string_view>

#include "sim/commerce.hpp"

namespace pcsim::sim::engine {

// Reservations are applied tier by tier, narrowest first (contract §2.5); the values give that order.
enum class ScopeTier { resourceGroup = 0, subscription = 1, shared = 2 };

struct AppliedScope {
    ScopeTier tier = ScopeTier::shared;
    std::string azureSubscriptionId;  // resource group and subscription tiers
    std::string resourceGroup;        // resource group tier
};

// Ids and names are compared case-insensitively, as ARM does.
bool sameScope(const AppliedScope& a, const AppliedScope& b);

// "/subscriptions/{id}" or "/subscriptions/{id}/resourceGroups/{rg}" (any letter case); nullopt otherwise.
std::optional<AppliedScope> parseScopeId(std::string_view armId);
// The inverse: the appliedScopes entry of a Single scope ("" for Shared).
std::string scopeId(const AppliedScope& scope);

// A Single scope whose entry does not parse covers nothing: it keeps the subscription tier with no id.
AppliedScope appliedScopeOf(const Reservation& reservation);
void setAppliedScope(Reservation& reservation, const AppliedScope& scope);

std::string_view tierName(ScopeTier tier);  // "ResourceGroup", "Single", "Shared" (ARM display values)

}  // namespace pcsim::sim::engine
