#include "steps.hpp"

#include "partnercenter/models/reader.hpp"
#include "partnercenter/text.hpp"

namespace partnercenter::purchase {

using partnercenter::text::equalsIgnoreCase;

PartnerCenterError stepFailure(std::string why) {
    PartnerCenterError::Details details;
    details.kind = PartnerCenterError::Kind::purchase;
    details.description = std::move(why);
    return PartnerCenterError(std::move(details));
}

bool poll(int maxPolls, std::chrono::milliseconds interval, const Sleeper& sleep,
          const std::function<bool(int)>& done) {
    for (int n = 1; n <= maxPolls; ++n) {
        if (done(n)) return true;
        if (n < maxPolls) sleep(interval);
    }
    return false;
}

models::Customer pickCustomer(const PartnerClient& partner, const std::string& customerId) {
    if (customerId.empty()) throw stepFailure("no customer id was given");
    return partner.customers().byId(customerId).get();
}

namespace {

bool isAzure(const models::Subscription& s) {
    const std::string offer = s.offerId.value_or("");
    return isAzurePlan(s) || (offer.size() >= 7 && equalsIgnoreCase(offer.substr(0, 7), "MS-AZR-"));
}

std::string nameOf(const models::Subscription& s) {
    return s.friendlyName ? *s.friendlyName + " (" + s.id + ")" : s.id;
}

std::string companyOf(const models::Customer& customer) {
    const auto& profile = customer.companyProfile;
    return profile && profile->companyName ? *profile->companyName + " (" + customer.id + ")" : customer.id;
}

bool isRegistered(const PartnerClient& partner, const std::string& customerId, const std::string& subscriptionId) {
    auto status = partner.customers().byId(customerId).subscriptions().byId(subscriptionId).registrationStatus();
    return equalsIgnoreCase(status.status, "registered");
}

}  // namespace

bool isAzurePlan(const models::Subscription& subscription) {
    const std::string offer = subscription.offerId.value_or("");
    return offer.size() >= 12 && equalsIgnoreCase(offer.substr(0, 12), "DZH318Z0BPS6");
}

models::Subscription chooseSubscription(const PartnerClient& partner, const models::Customer& customer,
                                        const std::optional<std::string>& subscriptionId) {
    auto subscriptions = partner.customers().byId(customer.id).subscriptions();
    if (subscriptionId) {
        auto s = subscriptions.byId(*subscriptionId).get();
        if (!equalsIgnoreCase(s.status, "active"))
            throw stepFailure("subscription " + nameOf(s) + " is " + s.status + ", not active");
        if (!isAzure(s))
            throw stepFailure("subscription " + nameOf(s) + " is not an Azure subscription (offer " +
                              s.offerId.value_or("unknown") + ")");
        return s;
    }
    std::vector<models::Subscription> candidates;
    std::string others;
    for (const auto& s : subscriptions.get().items) {
        if (equalsIgnoreCase(s.status, "active") && isAzure(s)) candidates.push_back(s);
        else
            others += (others.empty() ? "" : "; ") + nameOf(s) + ": " + s.status + ", offer " + s.offerId.value_or("?");
    }
    if (candidates.empty())
        throw stepFailure("customer " + companyOf(customer) + " has no active Azure subscription" +
                          (others.empty() ? std::string(" (it has no subscriptions)") : " (" + others + ")"));
    for (const auto& s : candidates)
        if (isRegistered(partner, customer.id, s.id)) return s;
    return candidates.front();
}

void ensureRegistration(const PartnerClient& partner, const std::string& customerId, const std::string& subscriptionId,
                        const PurchaseOptions& options, const std::function<void(std::string_view)>& report) {
    auto subscription = partner.customers().byId(customerId).subscriptions().byId(subscriptionId);
    if (equalsIgnoreCase(subscription.registrationStatus().status, "registered")) {
        report("subscription " + subscriptionId + " is registered");
        return;
    }
    report("registering subscription " + subscriptionId + " for reserved instances");
    subscription.registerForReservedInstances();
    std::string last;
    bool registered = poll(options.maxRegistrationPolls, options.pollInterval, options.sleeper, [&](int n) {
        last = subscription.registrationStatus().status;
        report("registration status: " + last + " (check " + std::to_string(n) + ")");
        return equalsIgnoreCase(last, "registered");
    });
    if (!registered)
        throw stepFailure("subscription " + subscriptionId + " is still '" + last + "' after " +
                          std::to_string(options.maxRegistrationPolls) + " checks; try again later");
}

}  // namespace partnercenter::purchase
