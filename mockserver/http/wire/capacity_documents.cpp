#include "http/wire/capacity_documents.hpp"

namespace pcsim::http {

PCSIM_WIRE_MODEL(ArmSku) { v.required("name", x.name); }

PCSIM_WIRE_MODEL(ArmAppliedScopeProperties) {
    v.optional("subscriptionId", x.subscriptionId);
    v.optional("resourceGroupId", x.resourceGroupId);
}

PCSIM_WIRE_MODEL(ArmSplitProperties) {
    v.optional("splitSource", x.splitSource);
    v.optional("splitDestinations", x.splitDestinations);
}

PCSIM_WIRE_MODEL(ArmMergeProperties) {
    v.optional("mergeSources", x.mergeSources);
    v.optional("mergeDestination", x.mergeDestination);
}

PCSIM_WIRE_MODEL(ArmReservationProperties) {
    v.required("reservedResourceType", x.reservedResourceType);
    v.required("instanceFlexibility", x.instanceFlexibility);
    v.required("displayName", x.displayName);
    v.nullable("appliedScopes", x.appliedScopes);
    v.required("appliedScopeType", x.appliedScopeType);
    v.nullable("appliedScopeProperties", x.appliedScopeProperties);
    v.required("quantity", x.quantity);
    v.required("provisioningState", x.provisioningState);
    v.required("effectiveDateTime", x.effectiveDateTime);
    v.required("benefitStartTime", x.benefitStartTime);
    v.required("expiryDateTime", x.expiryDateTime);
    v.required("term", x.term);
    v.required("billingPlan", x.billingPlan);
    v.required("billingScopeId", x.billingScopeId);
    v.required("renew", x.renew);
    v.defaulted("splitProperties", x.splitProperties);
    v.defaulted("mergeProperties", x.mergeProperties);
}

PCSIM_WIRE_MODEL(ArmReservation) {
    v.required("id", x.id);
    v.required("name", x.name);
    v.required("type", x.type);
    v.required("location", x.location);
    v.required("sku", x.sku);
    v.required("properties", x.properties);
}

PCSIM_WIRE_MODEL(ArmResourceId) { v.required("id", x.id); }

PCSIM_WIRE_MODEL(ArmReservationOrderProperties) {
    v.required("displayName", x.displayName);
    v.required("requestDateTime", x.requestDateTime);
    v.required("createdDateTime", x.createdDateTime);
    v.required("benefitStartTime", x.benefitStartTime);
    v.required("expiryDateTime", x.expiryDateTime);
    v.required("term", x.term);
    v.required("billingPlan", x.billingPlan);
    v.required("provisioningState", x.provisioningState);
    v.required("originalQuantity", x.originalQuantity);
    v.required("reservations", x.reservations);
}

PCSIM_WIRE_MODEL(ArmReservationOrder) {
    v.required("id", x.id);
    v.required("name", x.name);
    v.required("type", x.type);
    v.required("properties", x.properties);
}

}  // namespace pcsim::http
