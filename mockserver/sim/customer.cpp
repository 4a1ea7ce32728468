#include "sim/customer.hpp"

#include "partnercenter/text.hpp"

namespace pcsim::sim {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::toUpper;

std::string toString(SubscriptionStatus status) {
    switch (status) {
        case SubscriptionStatus::active: return "active";
        case SubscriptionStatus::suspended: return "suspended";
        case SubscriptionStatus::deleted: return "deleted";
        case SubscriptionStatus::expired: return "expired";
        case SubscriptionStatus::pending: return "pending";
        case SubscriptionStatus::disabled: return "disabled";
    }
    return "none";
}

std::string toString(RegistrationState state) {
    switch (state) {
        case RegistrationState::notregistered: return "notregistered";
        case RegistrationState::registering: return "registering";
        case RegistrationState::registered: return "registered";
    }
    return "notregistered";
}

std::optional<SubscriptionStatus> parseSubscriptionStatus(std::string_view text) {
    for (auto s : {SubscriptionStatus::active, SubscriptionStatus::suspended, SubscriptionStatus::deleted,
                   SubscriptionStatus::expired, SubscriptionStatus::pending, SubscriptionStatus::disabled})
        if (equalsIgnoreCase(toString(s), text)) return s;
    return std::nullopt;
}

std::optional<RegistrationState> parseRegistrationState(std::string_view text) {
    for (auto s : {RegistrationState::notregistered, RegistrationState::registering, RegistrationState::registered})
        if (equalsIgnoreCase(toString(s), text)) return s;
    return std::nullopt;
}

bool Subscription::isAzurePlan() const { return toUpper(offerId).rfind("DZH318Z0BPS6", 0) == 0; }

bool Subscription::isAzure() const { return isAzurePlan() || toUpper(offerId).rfind("MS-AZR-", 0) == 0; }

RegistrationState Subscription::registrationAt(Timestamp now) const {
    if (registration == RegistrationState::registering && registrationCompletesAt && now >= *registrationCompletesAt)
        return RegistrationState::registered;
    return registration;
}

Subscription* Customer::findSubscription(std::string_view subscriptionId) {
    for (auto& s : subscriptions)
        if (equalsIgnoreCase(s.id, subscriptionId)) return &s;
    return nullptr;
}

const Subscription* Customer::findSubscription(std::string_view subscriptionId) const {
    return const_cast<Customer*>(this)->findSubscription(subscriptionId);
}

const Subscription* Customer::findByAzureSubscriptionId(std::string_view azureSubscriptionId) const {
    for (const auto& s : subscriptions)
        if (equalsIgnoreCase(s.azureSubscriptionId, azureSubscriptionId)) return &s;
    return nullptr;
}

}  // namespace pcsim::sim
