#include "sim/engine/applied_scope.hpp"

#include "partnercenter/text.hpp"
#include "sim/engine/arm_path.hpp"

namespace pcsim::sim::engine {

using partnercenter::text::equalsIgnoreCase;

bool sameScope(const AppliedScope& a, const AppliedScope& b) {
    return a.tier == b.tier && equalsIgnoreCase(a.azureSubscriptionId, b.azureSubscriptionId) &&
           equalsIgnoreCase(a.resourceGroup, b.resourceGroup);
}

std::optional<AppliedScope> parseScopeId(std::string_view armId) {
    if (armId.empty() || armId.front() != '/') return std::nullopt;
    auto parts = armPathSegments(armId);
    if (parts.size() == 2 && equalsIgnoreCase(parts[0], "subscriptions"))
        return AppliedScope{ScopeTier::subscription, std::string(parts[1]), {}};
    if (parts.size() == 4 && equalsIgnoreCase(parts[0], "subscriptions") &&
        equalsIgnoreCase(parts[2], "resourceGroups"))
        return AppliedScope{ScopeTier::resourceGroup, std::string(parts[1]), std::string(parts[3])};
    return std::nullopt;
}

std::string scopeId(const AppliedScope& scope) {
    switch (scope.tier) {
        case ScopeTier::shared: return "";
        case ScopeTier::subscription: return "/subscriptions/" + scope.azureSubscriptionId;
        case ScopeTier::resourceGroup:
            return "/subscriptions/" + scope.azureSubscriptionId + "/resourceGroups/" + scope.resourceGroup;
    }
    return "";
}

AppliedScope appliedScopeOf(const Reservation& reservation) {
    if (reservation.scope == Scope::shared) return {};
    if (reservation.appliedScopes.size() == 1)
        if (auto parsed = parseScopeId(reservation.appliedScopes.front())) return *parsed;
    return AppliedScope{ScopeTier::subscription, {}, {}};
}

void setAppliedScope(Reservation& reservation, const AppliedScope& scope) {
    if (scope.tier == ScopeTier::shared) {
        reservation.scope = Scope::shared;
        reservation.appliedScopes.clear();
        return;
    }
    reservation.scope = Scope::single;
    reservation.appliedScopes = {scopeId(scope)};
}

std::string_view tierName(ScopeTier tier) {
    switch (tier) {
        case ScopeTier::resourceGroup: return "ResourceGroup";
        case ScopeTier::subscription: return "Single";
        case ScopeTier::shared: return "Shared";
    }
    return "Shared";
}

}  // namespace pcsim::sim::engine
