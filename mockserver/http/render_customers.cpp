#include "http/render.hpp"

namespace pcsim::http {

models::Link link(std::string uri, std::string method) {
    models::Link l;
    l.uri = std::move(uri);
    l.method = std::move(method);
    return l;
}

models::ResourceAttributes attributes(std::string objectType) { return {std::nullopt, std::move(objectType)}; }

models::Customer renderCustomer(const sim::Customer& customer, bool detailed) {
    const std::string self = "/customers/" + customer.id;
    models::Customer out;
    out.id = customer.id;
    out.commerceId = customer.commerceId;

    models::CustomerCompanyProfile company;
    company.tenantId = customer.id;
    company.domain = customer.domain;
    company.companyName = customer.companyName;
    company.links = models::SelfLinks{link(self + "/profiles/company")};
    company.attributes = attributes("CustomerCompanyProfile");
    out.companyProfile = company;

    out.relationshipToPartner = customer.relationshipToPartner;
    if (detailed) {
        // The list answers carry fewer fields than the by-id answer (contract §8).
        models::CustomerBillingProfile billing;
        billing.companyName = customer.companyName;
        billing.culture = "en-US";
        billing.language = "en";
        models::Address address;
        address.country = customer.country;
        billing.defaultAddress = address;
        billing.links = models::SelfLinks{link(self + "/profiles/billing")};
        billing.attributes = attributes("CustomerBillingProfile");
        out.billingProfile = billing;
        out.allowDelegatedAccess = true;
        out.customDomains = std::vector<std::string>{customer.domain};
    }
    out.links = models::SelfLinks{link(self)};
    out.attributes = attributes("Customer");
    return out;
}

models::Subscription renderSubscription(const sim::Customer& customer, const sim::Subscription& subscription) {
    models::Subscription out;
    out.id = subscription.id;
    out.entitlementId = subscription.azureSubscriptionId;
    out.offerId = subscription.offerId;
    out.offerName = subscription.offerName;
    out.friendlyName = subscription.friendlyName.empty() ? subscription.offerName : subscription.friendlyName;
    out.quantity = 1;
    out.unitType = "Usage-based";
    out.creationDate = sim::formatTimestamp(subscription.creationDate);
    out.effectiveStartDate = sim::formatTimestampSeconds(subscription.creationDate);
    out.commitmentEndDate = "9999-12-31T00:00:00Z";
    out.status = sim::toString(subscription.status);
    out.autoRenewEnabled = false;
    out.billingType = "usage";
    out.contractType = "subscription";
    models::SubscriptionLinks links;
    links.offer = link("/offers/" + subscription.offerId + "?country=" + customer.country);
    links.self = link("/customers/" + customer.id + "/subscriptions/" + subscription.id);
    out.links = links;
    out.attributes = attributes("Subscription");
    return out;
}

models::SubscriptionRegistrationStatus renderRegistrationStatus(const std::string& subscriptionId,
                                                                sim::RegistrationState state) {
    models::SubscriptionRegistrationStatus out;
    out.subscriptionId = subscriptionId;
    out.status = sim::toString(state);
    out.attributes = attributes("SubscriptionRegistrationStatus");
    return out;
}

}  // namespace pcsim::http
