#include "sim/arm_subscriptions.hpp"

namespace pcsim::sim {

std::string_view armSubscriptionState(SubscriptionStatus status) {
    switch (status) {
        case SubscriptionStatus::active: return "Enabled";
        case SubscriptionStatus::pending: return "Warned";
        case SubscriptionStatus::suspended:
        case SubscriptionStatus::disabled:
        case SubscriptionStatus::expired: return "Disabled";
        case SubscriptionStatus::deleted: return "Deleted";
    }
    return "Disabled";
}

std::vector<ArmSubscriptionView> armSubscriptions(const World& world) {
    std::vector<ArmSubscriptionView> out;
    for (const auto& state : world.customers())
        for (const auto& subscription : state.customer.subscriptions) {
            if (!subscription.isAzure() || subscription.azureSubscriptionId.empty()) continue;
            out.push_back({subscription.azureSubscriptionId, state.customer.id,
                           subscription.friendlyName.empty() ? subscription.offerName : subscription.friendlyName,
                           std::string(armSubscriptionState(subscription.status))});
        }
    return out;
}

}  // namespace pcsim::sim
