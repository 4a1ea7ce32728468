#include "partnercenter/models/order.hpp"

#include "writer.hpp"

namespace partnercenter::models {

PCSIM_MODEL(RenewsTo) { v.required("termDuration", x.termDuration); }

PCSIM_MODEL(Pricing) {
    v.optional("listPrice", x.listPrice);
    v.optional("discountedPrice", x.discountedPrice);
    v.optional("proratedPrice", x.proratedPrice);
    v.optional("price", x.price);
    v.optional("extendedPrice", x.extendedPrice);
}

PCSIM_MODEL(OrderLineItemLinks) {
    v.optional("product", x.product);
    v.optional("sku", x.sku);
    v.optional("availability", x.availability);
    v.optional("subscription", x.subscription);
    v.optional("provisioningStatus", x.provisioningStatus);
    v.optional("activationLinks", x.activationLinks);
}

PCSIM_MODEL(OrderLineItem) {
    v.required("lineItemNumber", x.lineItemNumber);
    v.required("offerId", x.offerId);
    v.optional("subscriptionId", x.subscriptionId);
    v.optional("parentSubscriptionId", x.parentSubscriptionId);
    v.optional("termDuration", x.termDuration);
    v.optional("transactionType", x.transactionType);
    v.optional("friendlyName", x.friendlyName);
    v.required("quantity", x.quantity);
    v.optional("pricing", x.pricing);
    v.optional("partnerIdOnRecord", x.partnerIdOnRecord);
    v.optional("additionalPartnerIdsOnRecord", x.additionalPartnerIdsOnRecord);
    v.optional("provisioningContext", x.provisioningContext);
    v.optional("renewsTo", x.renewsTo);
    v.optional("promotionId", x.promotionId);
    v.optional("customTermEndDate", x.customTermEndDate);
    v.optional("attestationAccepted", x.attestationAccepted);
    v.optional("links", x.links);
}

PCSIM_MODEL(OrderLinks) {
    v.optional("self", x.self);
    v.optional("provisioningStatus", x.provisioningStatus);
    v.optional("patchOperation", x.patchOperation);
}

PCSIM_MODEL(Order) {
    v.optional("id", x.id);
    v.optional("alternateId", x.alternateId);
    v.optional("referenceCustomerId", x.referenceCustomerId);
    v.optional("billingCycle", x.billingCycle);
    v.optional("currencyCode", x.currencyCode);
    v.optional("currencySymbol", x.currencySymbol);
    v.defaulted("lineItems", x.lineItems);
    v.optional("creationDate", x.creationDate);
    v.optional("status", x.status);
    v.optional("transactionType", x.transactionType);
    v.optional("totalPrice", x.totalPrice);
    v.optional("partnerOnRecordAttestationAccepted", x.partnerOnRecordAttestationAccepted);
    v.optional("links", x.links);
    v.freeform("client", x.client);
    v.optional("attributes", x.attributes);
}

PCSIM_MODEL(QuantityProvisioningInformation) {
    v.required("quantity", x.quantity);
    v.required("status", x.status);
}

PCSIM_MODEL(OrderLineItemProvisioningStatus) {
    v.required("lineItemNumber", x.lineItemNumber);
    v.optional("orderLineItemId", x.orderLineItemId, read_string_or_number);
    v.required("status", x.status);
    v.defaulted("quantityProvisioningInformation", x.quantityProvisioningInformation);
}

}  // namespace partnercenter::models
