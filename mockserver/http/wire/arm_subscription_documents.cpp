#include "http/wire/arm_subscription_documents.hpp"

namespace pcsim::http {

PCSIM_WIRE_MODEL(ManagedByTenant) { v.required("tenantId", x.tenantId); }

PCSIM_WIRE_MODEL(SubscriptionPolicies) {
    v.required("locationPlacementId", x.locationPlacementId);
    v.required("quotaId", x.quotaId);
    v.required("spendingLimit", x.spendingLimit);
}

PCSIM_WIRE_MODEL(ArmSubscriptionDocument) {
    v.required("id", x.id);
    v.required("authorizationSource", x.authorizationSource);
    v.required("managedByTenants", x.managedByTenants);
    v.required("subscriptionId", x.subscriptionId);
    v.required("tenantId", x.tenantId);
    v.required("displayName", x.displayName);
    v.required("state", x.state);
    v.required("subscriptionPolicies", x.subscriptionPolicies);
}

PCSIM_WIRE_MODEL(ArmCount) {
    v.required("type", x.type);
    v.required("value", x.value);
}

PCSIM_WIRE_MODEL(ArmSubscriptionList) {
    v.required("value", x.value);
    v.required("count", x.count);
}

PCSIM_WIRE_MODEL(CloudAuthentication) {
    v.required("loginEndpoint", x.loginEndpoint);
    v.required("audiences", x.audiences);
    v.required("tenant", x.tenant);
    v.required("identityProvider", x.identityProvider);
}

PCSIM_WIRE_MODEL(CloudSuffixes) {
    v.required("acrLoginServer", x.acrLoginServer);
    v.required("keyVaultDns", x.keyVaultDns);
    v.required("sqlServerHostname", x.sqlServerHostname);
    v.required("storage", x.storage);
}

PCSIM_WIRE_MODEL(CloudMetadata) {
    v.required("portal", x.portal);
    v.required("authentication", x.authentication);
    v.required("media", x.media);
    v.required("graphAudience", x.graphAudience);
    v.required("graph", x.graph);
    v.required("name", x.name);
    v.required("suffixes", x.suffixes);
    v.required("batch", x.batch);
    v.required("resourceManager", x.resourceManager);
    v.required("microsoftGraphResourceId", x.microsoftGraphResourceId);
    v.required("sqlManagement", x.sqlManagement);
    v.required("gallery", x.gallery);
}

}  // namespace pcsim::http
