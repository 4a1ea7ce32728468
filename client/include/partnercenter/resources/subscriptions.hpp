// A customer's subscriptions and their registration for reserved-instance purchases. Contract §9, §10.
#pragma once

#include "partnercenter/models/subscription.hpp"
#include "partnercenter/resources/context.hpp"

#include <string>
#include <utility>

namespace partnercenter {

class SubscriptionOperations {
public:
    SubscriptionOperations(detail::Context context, std::string path)
        : context_(std::move(context)), path_(std::move(path)) {}

    [[nodiscard]] models::Subscription get() const;
    /// POST .../registrations (202). Returns the Location of the registration status.
    std::string registerForReservedInstances() const;
    /// GET .../registrationstatus; `status` is registered, registering or notregistered (any case).
    [[nodiscard]] models::SubscriptionRegistrationStatus registrationStatus() const;

private:
    detail::Context context_;
    std::string path_;
};

class SubscriptionCollection {
public:
    SubscriptionCollection(detail::Context context, std::string path)
        : context_(std::move(context)), path_(std::move(path)) {}

    [[nodiscard]] models::Collection<models::Subscription> get() const;
    [[nodiscard]] SubscriptionOperations byId(const std::string& subscriptionId) const;

private:
    detail::Context context_;
    std::string path_;
};

}  // namespace partnercenter
