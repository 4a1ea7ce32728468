#include "partnercenter/resources/subscriptions.hpp"

#include "calls.hpp"

namespace partnercenter {

using detail::getResource;

models::Subscription SubscriptionOperations::get() const { return getResource<models::Subscription>(context_, path_); }

std::string SubscriptionOperations::registerForReservedInstances() const {
    // 202 with an empty body; the SDK posts no content.
    auto response = context_.session->call(detail::ApiCall{"POST", path_ + "/registrations", std::nullopt, {}},
                                           context_.correlationId);
    return response.header("location");
}

models::SubscriptionRegistrationStatus SubscriptionOperations::registrationStatus() const {
    return getResource<models::SubscriptionRegistrationStatus>(context_, path_ + "/registrationstatus");
}

models::Collection<models::Subscription> SubscriptionCollection::get() const {
    return getResource<models::Collection<models::Subscription>>(context_, path_);
}

SubscriptionOperations SubscriptionCollection::byId(const std::string& subscriptionId) const {
    return {context_, path_ + "/" + detail::segment(subscriptionId)};
}

}  // namespace partnercenter
