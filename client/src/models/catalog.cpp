#include "partnercenter/models/catalog.hpp"

#include "writer.hpp"

namespace partnercenter::models {

PCSIM_MODEL(ItemSubType) {
    v.required("id", x.id);
    v.required("displayName", x.displayName);
}

PCSIM_MODEL(ItemType) {
    v.required("id", x.id);
    v.required("displayName", x.displayName);
    v.optional("subType", x.subType);
}

PCSIM_MODEL(ProductLinks) {
    v.optional("skus", x.skus);
    v.optional("self", x.self);
}

PCSIM_MODEL(Product) {
    v.required("id", x.id);
    v.optional("title", x.title);
    v.optional("description", x.description);
    v.optional("productType", x.productType);
    v.optional("isMicrosoftProduct", x.isMicrosoftProduct);
    v.optional("publisherName", x.publisherName);
    v.optional("links", x.links);
    v.optional("attributes", x.attributes);
}

PCSIM_MODEL(SkuAttestationProperties) {
    v.optional("enforceAttestation", x.enforceAttestation);
    v.optional("attestationType", x.attestationType);
}

PCSIM_MODEL(SkuLinks) {
    v.optional("availabilities", x.availabilities);
    v.optional("self", x.self);
}

PCSIM_MODEL(Sku) {
    v.required("id", x.id);
    v.optional("productId", x.productId);
    v.optional("title", x.title);
    v.optional("description", x.description);
    v.optional("minimumQuantity", x.minimumQuantity);
    v.optional("maximumQuantity", x.maximumQuantity);
    v.optional("isTrial", x.isTrial);
    v.optional("supportedBillingCycles", x.supportedBillingCycles);
    v.optional("purchasePrerequisites", x.purchasePrerequisites);
    v.optional("inventoryVariables", x.inventoryVariables);
    v.optional("provisioningVariables", x.provisioningVariables);
    v.freeform("dynamicAttributes", x.dynamicAttributes);
    v.optional("attestationProperties", x.attestationProperties);
    v.optional("consumptionType", x.consumptionType);
    v.freeform("constraints", x.constraints);
    v.optional("links", x.links);
    v.optional("attributes", x.attributes);
}

PCSIM_MODEL(CurrencyInfo) {
    v.required("code", x.code);
    v.required("symbol", x.symbol);
}

PCSIM_MODEL(CancellationRefundOption) {
    v.optional("sequenceId", x.sequenceId);
    v.optional("type", x.type);
    v.optional("expiresAfter", x.expiresAfter);
}

PCSIM_MODEL(CancellationPolicy) { v.optional("refundOptions", x.refundOptions); }

PCSIM_MODEL(AvailabilityTerm) {
    v.optional("id", x.id);
    v.required("duration", x.duration);
    v.optional("description", x.description);
    v.optional("billingCycle", x.billingCycle);
    v.freeform("renewalOptions", x.renewalOptions);
    v.optional("cancellationPolicies", x.cancellationPolicies);
}

PCSIM_MODEL(AvailabilityPrice) {
    v.required("listPrice", x.listPrice);
    v.required("currencyCode", x.currencyCode);
}

PCSIM_MODEL(Availability) {
    v.required("id", x.id);
    v.optional("productId", x.productId);
    v.optional("skuId", x.skuId);
    v.optional("catalogItemId", x.catalogItemId);
    v.optional("defaultCurrency", x.defaultCurrency);
    v.optional("segment", x.segment);
    v.optional("country", x.country);
    v.optional("isPurchasable", x.isPurchasable);
    v.optional("isRenewable", x.isRenewable);
    v.freeform("renewalInstructions", x.renewalInstructions);
    v.optional("terms", x.terms);
    v.freeform("includedQuantityOptions", x.includedQuantityOptions);
    v.optional("product", x.product);
    v.optional("sku", x.sku);
    v.optional("pricing", x.pricing);
    v.optional("links", x.links);
    v.optional("attributes", x.attributes);
}

PCSIM_MODEL(InventoryTargetItem) {
    v.required("productId", x.productId);
    v.optional("skuId", x.skuId);
}

PCSIM_MODEL(InventoryCheckRequest) {
    v.required("targetItems", x.targetItems);
    v.defaulted("inventoryContext", x.inventoryContext);
}

PCSIM_MODEL(InventoryRestriction) {
    v.required("reasonCode", x.reasonCode);
    v.optional("description", x.description);
    v.optional("properties", x.properties);
}

PCSIM_MODEL(InventoryItem) {
    v.required("productId", x.productId);
    v.optional("skuId", x.skuId);
    v.required("isRestricted", x.isRestricted);
    v.optional("restrictions", x.restrictions);
}

}  // namespace partnercenter::models
