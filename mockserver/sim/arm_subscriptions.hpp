#pragma once
// The Azure subscriptions a partner's token sees through ARM (GET /subscriptions, the first call
// the Azure CLI and the Azure SDKs' tools make after a login): every Azure subscription of every
// customer, since a CSP partner's admin agents hold delegated rights on them.
#include <string>
#include <string_view>
#include <vector>

#include "sim/world.hpp"

namespace pcsim::sim {

struct ArmSubscriptionView {
    std::string subscriptionId;  // the Azure id (GUID), as ARM names it
    std::string tenantId;        // the customer's tenant
    std::string displayName;
    std::string state;  // ARM's: Enabled, Warned, PastDue, Disabled, Deleted
};

// ARM's subscription state for a Partner Center subscription status.
std::string_view armSubscriptionState(SubscriptionStatus status);

// In the customers' order, then their subscriptions' order; subscriptions without an Azure id
// (not Azure, or never provisioned) are not in ARM.
std::vector<ArmSubscriptionView> armSubscriptions(const World& world);

}  // namespace pcsim::sim
