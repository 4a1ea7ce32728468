#include "partnercenter/models/subscription.hpp"

#include "writer.hpp"

namespace partnercenter::models {

PCSIM_MODEL(SubscriptionLinks) {
    v.optional("offer", x.offer);
    v.optional("entitlement", x.entitlement);
    v.optional("parentSubscription", x.parentSubscription);
    v.optional("product", x.product);
    v.optional("sku", x.sku);
    v.optional("availability", x.availability);
    v.optional("activationLinks", x.activationLinks);
    v.optional("self", x.self);
}

PCSIM_MODEL(SubscriptionRefundOption) {
    v.optional("type", x.type);
    v.optional("expiresAt", x.expiresAt);
}

PCSIM_MODEL(Subscription) {
    v.required("id", x.id);
    v.optional("entitlementId", x.entitlementId);
    v.optional("offerId", x.offerId);
    v.optional("offerName", x.offerName);
    v.optional("friendlyName", x.friendlyName);
    v.optional("productType", x.productType);
    v.optional("quantity", x.quantity);
    v.optional("unitType", x.unitType);
    v.optional("parentSubscriptionId", x.parentSubscriptionId);
    v.optional("consumptionType", x.consumptionType);
    v.optional("creationDate", x.creationDate);
    v.optional("effectiveStartDate", x.effectiveStartDate);
    v.optional("commitmentEndDate", x.commitmentEndDate);
    v.optional("commitmentEndDateTime", x.commitmentEndDateTime);
    v.optional("cancellationAllowedUntilDate", x.cancellationAllowedUntilDate);
    v.optional("billingCycleEndDate", x.billingCycleEndDate);
    v.optional("billingCycleEndDateTime", x.billingCycleEndDateTime);
    v.required("status", x.status);
    v.optional("autoRenewEnabled", x.autoRenewEnabled);
    v.optional("billingType", x.billingType);
    v.optional("billingCycle", x.billingCycle);
    v.optional("hasPurchasableAddons", x.hasPurchasableAddons);
    v.optional("isTrial", x.isTrial);
    v.optional("isMicrosoftProduct", x.isMicrosoftProduct);
    v.optional("publisherName", x.publisherName);
    v.optional("actions", x.actions);
    v.optional("termDuration", x.termDuration);
    v.optional("renewalTermDuration", x.renewalTermDuration);
    v.optional("refundOptions", x.refundOptions);
    v.optional("partnerId", x.partnerId);
    v.optional("suspensionReasons", x.suspensionReasons);
    v.optional("contractType", x.contractType);
    v.optional("orderId", x.orderId);
    v.optional("promotionId", x.promotionId);
    v.optional("links", x.links);
    v.optional("attributes", x.attributes);
}

PCSIM_MODEL(SubscriptionRegistrationStatus) {
    v.required("subscriptionId", x.subscriptionId);
    v.required("status", x.status);
    v.optional("attributes", x.attributes);
}

PCSIM_MODEL(SubscriptionProvisioningStatus) {
    v.optional("skuId", x.skuId);
    v.required("status", x.status);
    v.optional("quantity", x.quantity);
    v.optional("endDate", x.endDate);
    v.optional("attributes", x.attributes);
}

PCSIM_MODEL(AzureEntitlement) {
    v.required("id", x.id);
    v.optional("friendlyName", x.friendlyName);
    v.optional("status", x.status);
    v.optional("subscriptionId", x.subscriptionId);
}

}  // namespace partnercenter::models
