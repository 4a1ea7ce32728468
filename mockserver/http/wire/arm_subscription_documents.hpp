#pragma once
// ARM's subscription list (Microsoft.Resources subscriptions, api-version 2022-12-01 as the Azure
// SDKs read it) and the cloud metadata document (GET /metadata/endpoints?api-version=2019-05-01:
// an array of clouds, as the Azure CLI reads it for a custom cloud).
#include <cstdint>
#include <string>
#include <vector>

#include "http/wire/fields.hpp"

namespace pcsim::http {

struct ManagedByTenant {
    std::string tenantId;
};

struct SubscriptionPolicies {
    std::string locationPlacementId = "Public_2014-09-01";
    std::string quotaId = "CSP_2015-05-01";
    std::string spendingLimit = "Off";
};

struct ArmSubscriptionDocument {
    std::string id;  // /subscriptions/{subscriptionId}
    std::string authorizationSource = "RoleBased";
    std::vector<ManagedByTenant> managedByTenants;  // the partner, who manages it for the customer
    std::string subscriptionId;
    std::string tenantId;
    std::string displayName;
    std::string state;
    SubscriptionPolicies subscriptionPolicies;
};

struct ArmCount {
    std::string type = "Total";
    std::uint64_t value = 0;
};

struct ArmSubscriptionList {
    std::vector<ArmSubscriptionDocument> value;
    ArmCount count;
};

struct CloudAuthentication {
    std::string loginEndpoint;
    std::vector<std::string> audiences{"https://management.core.windows.net/", "https://management.azure.com/"};
    std::string tenant = "common";
    std::string identityProvider = "AAD";
};

struct CloudSuffixes {
    std::string acrLoginServer = "azurecr.io";
    std::string keyVaultDns = "vault.azure.net";
    std::string sqlServerHostname = ".database.windows.net";
    std::string storage = "core.windows.net";
};

struct CloudMetadata {
    std::string portal = "https://portal.azure.com";
    CloudAuthentication authentication;
    std::string media = "https://rest.media.azure.net";
    std::string graphAudience = "https://graph.windows.net/";
    std::string graph = "https://graph.windows.net/";
    std::string name = "AzureCloud";
    CloudSuffixes suffixes;
    std::string batch = "https://batch.core.windows.net/";
    std::string resourceManager;
    std::string microsoftGraphResourceId = "https://graph.microsoft.com/";
    std::string sqlManagement = "https://management.core.windows.net:8443/";
    std::string gallery = "https://gallery.azure.com/";
};

PCSIM_WIRE_DECLARE_JSON(ManagedByTenant);
PCSIM_WIRE_DECLARE_JSON(SubscriptionPolicies);
PCSIM_WIRE_DECLARE_JSON(ArmSubscriptionDocument);
PCSIM_WIRE_DECLARE_JSON(ArmCount);
PCSIM_WIRE_DECLARE_JSON(ArmSubscriptionList);
PCSIM_WIRE_DECLARE_JSON(CloudAuthentication);
PCSIM_WIRE_DECLARE_JSON(CloudSuffixes);
PCSIM_WIRE_DECLARE_JSON(CloudMetadata);

}  // namespace pcsim::http
