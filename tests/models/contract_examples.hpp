// The example JSON bodies of /work/shared/contract/partner-center-api.md, verbatim.
#pragma once

namespace pcsim_test::examples {

// §5.1 error body
inline constexpr const char* kErrorBody = R"json({
  "code": 800030,
  "description": "This subscription is not registered",
  "data": [],
  "source": "PartnerFD"
}
)json";

// §8 customer
inline constexpr const char* kCustomer = R"json({
  "id": "4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55",
  "commerceId": "b7e2a1c4-0d3f-4a8e-8c5b-1e9f7a6d2c30",
  "companyProfile": {
    "tenantId": "4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55",
    "domain": "fabrikamtest.onmicrosoft.com",
    "companyName": "Fabrikam Test Ltd",
    "links": { "self": { "uri": "/customers/4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55/profiles/company", "method": "GET", "headers": [] } },
    "attributes": { "objectType": "CustomerCompanyProfile" }
  },
  "billingProfile": {
    "id": "91d0c3aa-5e64-4f1b-a7c2-0b8e3f5d6a11",
    "firstName": "Ada",
    "lastName": "Lovell",
    "email": "billing@fabrikamtest.example",
    "culture": "en-US",
    "language": "en",
    "companyName": "Fabrikam Test Ltd",
    "defaultAddress": {
      "country": "US", "city": "Redmond", "state": "WA",
      "addressLine1": "1 Example Way", "postalCode": "98052",
      "firstName": "Ada", "lastName": "Lovell", "phoneNumber": "4255550100"
    },
    "links": { "self": { "uri": "/customers/4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55/profiles/billing", "method": "GET", "headers": [] } },
    "attributes": { "etag": "-1234567890123456789", "objectType": "CustomerBillingProfile" }
  },
  "relationshipToPartner": "reseller",
  "allowDelegatedAccess": true,
  "customDomains": [ "fabrikamtest.onmicrosoft.com" ],
  "links": { "self": { "uri": "/customers/4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55", "method": "GET", "headers": [] } },
  "attributes": { "objectType": "Customer" }
}
)json";

// §9 Azure subscription
inline constexpr const char* kSubscription = R"json({
  "id": "2E6B0F4A-9C1D-4B7E-8F3A-5D2C1B0A9E87",
  "entitlementId": "0f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19",
  "offerId": "MS-AZR-0145P",
  "offerName": "Microsoft Azure",
  "friendlyName": "Microsoft Azure",
  "quantity": 1,
  "unitType": "Usage-based",
  "creationDate": "2020-04-02T10:11:12.345Z",
  "effectiveStartDate": "2020-04-02T00:00:00Z",
  "commitmentEndDate": "9999-12-31T00:00:00Z",
  "status": "active",
  "autoRenewEnabled": false,
  "billingType": "usage",
  "contractType": "subscription",
  "orderId": "A1B2C3D4-E5F6-4789-8ABC-DEF012345678",
  "links": {
    "offer": { "uri": "/offers/MS-AZR-0145P?country=US", "method": "GET", "headers": [] },
    "self": { "uri": "/customers/4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55/subscriptions/2E6B0F4A-9C1D-4B7E-8F3A-5D2C1B0A9E87", "method": "GET", "headers": [] }
  },
  "attributes": { "etag": "eyJpZCI6IjJlNmIwZjRhIiwidmVyc2lvbiI6MX0=", "objectType": "Subscription" }
}
)json";

// §10 registration status (response of the GET exchange)
inline constexpr const char* kRegistrationStatus = R"json({
  "subscriptionId": "2E6B0F4A-9C1D-4B7E-8F3A-5D2C1B0A9E87",
  "status": "Registered",
  "attributes": { "objectType": "SubscriptionRegistrationStatus" }
}
)json";

// §11.3 product
inline constexpr const char* kProduct = R"json({
  "id": "DZH318Z0BQ3Q",
  "title": "Virtual Machines Dv3 Series",
  "description": "Reserved virtual machine instances, Dv3 series.",
  "productType": {
    "id": "Azure",
    "displayName": "Azure",
    "subType": { "id": "VirtualMachines", "displayName": "VirtualMachines" }
  },
  "isMicrosoftProduct": true,
  "publisherName": "Microsoft",
  "links": {
    "skus": { "uri": "/products/DZH318Z0BQ3Q/skus?country=US", "method": "GET", "headers": [] },
    "self": { "uri": "/products/DZH318Z0BQ3Q?country=US", "method": "GET", "headers": [] }
  }
}
)json";

// §11.3 SKU
inline constexpr const char* kSku = R"json({
  "id": "00G1",
  "productId": "DZH318Z0BQ3Q",
  "title": "Reserved VM Instance, Standard_D4s_v3, US East 2, 1 Year",
  "description": "Reserved Virtual Machines Instance, Standard_D4s_v3, US East 2, 1 Year",
  "minimumQuantity": 1,
  "maximumQuantity": 999999999,
  "isTrial": false,
  "supportedBillingCycles": [ "one_time" ],
  "purchasePrerequisites": [ "AzureSubscriptionRegistration", "InventoryCheck" ],
  "inventoryVariables": [ "CustomerId", "AzureSubscriptionId", "ArmRegionName" ],
  "provisioningVariables": [ "Scope", "SubscriptionId", "Duration" ],
  "dynamicAttributes": {
    "armSkuName": "Standard_D4s_v3",
    "cores": "4",
    "ram": "16",
    "skuDisplayName": "D4s v3",
    "category": "General purpose",
    "armRegionName": "eastus2",
    "duration": "1Year",
    "region": "US East 2",
    "diskType": "Ssd"
  },
  "links": {
    "availabilities": { "uri": "/products/DZH318Z0BQ3Q/skus/00G1/availabilities?country=US", "method": "GET", "headers": [] },
    "self": { "uri": "/products/DZH318Z0BQ3Q/skus/00G1?country=US", "method": "GET", "headers": [] }
  }
}
)json";

// §11.3 availability
inline constexpr const char* kAvailability = R"json({
  "id": "DZH318XZXK7M",
  "productId": "DZH318Z0BQ3Q",
  "skuId": "00G1",
  "catalogItemId": "DZH318Z0BQ3Q:00G1:DZH318XZXK7M",
  "defaultCurrency": { "code": "USD", "symbol": "$" },
  "segment": "commercial",
  "country": "US",
  "isPurchasable": true,
  "isRenewable": false,
  "terms": [ { "duration": "P1Y", "description": "1 Year Prepaid" } ],
  "links": {
    "self": { "uri": "/products/DZH318Z0BQ3Q/skus/00G1/availabilities/DZH318XZXK7M?country=US", "method": "GET", "headers": [] }
  }
}
)json";

// §11.3 collection wrapper
inline constexpr const char* kCollection = R"json({
  "totalCount": 1,
  "items": [ { "...": "..." } ],
  "links": { "self": { "uri": "/products/DZH318Z0BQ3Q/skus?country=US", "method": "GET", "headers": [] } },
  "attributes": { "objectType": "Collection" }
}
)json";

// §12 check-inventory request body
inline constexpr const char* kInventoryRequest = R"json({
  "targetItems": [ { "productId": "DZH318Z0BQ3Q", "skuId": "00G1" } ],
  "inventoryContext": {
    "customerId": "4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55",
    "azureSubscriptionId": "0f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19",
    "armRegionName": "eastus2"
  }
}
)json";

// §12 check-inventory response body
inline constexpr const char* kInventoryResponse = R"json([
  {
    "productId": "DZH318Z0BQ3Q",
    "skuId": "00G1",
    "isRestricted": true,
    "restrictions": [
      {
        "reasonCode": "NotAvailableForSubscription",
        "description": "Restriction identified of type 'Location' with values 'eastus2'.",
        "properties": { "type": "Location", "values": "eastus2" }
      }
    ]
  }
]
)json";

// §13.4 create cart request body
inline constexpr const char* kCreateCartRequest = R"json({
  "lineItems": [
    {
      "id": 0,
      "catalogItemId": "DZH318Z0BQ3Q:00G1:DZH318XZXK7M",
      "friendlyName": "RI D4s v3 eastus2 1y",
      "quantity": 2,
      "billingCycle": "one_time",
      "termDuration": "P1Y",
      "provisioningContext": {
        "subscriptionId": "2E6B0F4A-9C1D-4B7E-8F3A-5D2C1B0A9E87",
        "scope": "shared",
        "duration": "1Year"
      }
    }
  ]
}
)json";

// §13.4 create cart response
inline constexpr const char* kCreateCartResponse = R"json({
  "id": "c3f1a9d2-6b7e-4d0a-9e15-2a8b7c6d5e4f",
  "creationTimestamp": "2024-05-06T09:10:11.1234567Z",
  "lastModifiedTimestamp": "2024-05-06T09:10:11.1234567Z",
  "expirationTimestamp": "2024-05-13T09:10:11.1234567Z",
  "lastModifiedUser": "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928",
  "status": "Active",
  "lineItems": [
    {
      "id": 0,
      "catalogItemId": "DZH318Z0BQ3Q:00G1:DZH318XZXK7M",
      "friendlyName": "RI D4s v3 eastus2 1y",
      "quantity": 2,
      "currencyCode": "USD",
      "billingCycle": "one_time",
      "termDuration": "P1Y",
      "provisioningContext": {
        "subscriptionId": "2E6B0F4A-9C1D-4B7E-8F3A-5D2C1B0A9E87",
        "scope": "shared",
        "duration": "1Year"
      },
      "orderGroup": "0"
    }
  ],
  "links": {
    "self": { "uri": "/customers/4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55/carts/c3f1a9d2-6b7e-4d0a-9e15-2a8b7c6d5e4f", "method": "GET", "headers": [] }
  },
  "attributes": { "objectType": "Cart" }
}
)json";

// §13.4 line item with an error
inline constexpr const char* kLineItemWithError = R"json({
  "id": 0,
  "catalogItemId": "DZH318Z0BQ3Q:00G1:DZH318XZXK7M",
  "quantity": 2,
  "currencyCode": "USD",
  "billingCycle": "one_time",
  "termDuration": "P1Y",
  "provisioningContext": { "subscriptionId": "2E6B0F4A-9C1D-4B7E-8F3A-5D2C1B0A9E87", "scope": "shared" },
  "orderGroup": "0",
  "error": { "errorCode": 10011, "errorDescription": "The subscription is not registered." }
}
)json";

// §14 checkout result
inline constexpr const char* kCheckoutResult = R"json({
  "orders": [
    {
      "id": "Qm3xT7vLp0aZk9RwYc2NdHf4uJs8EbGo1",
      "alternateId": "5e1d9c3b7a20",
      "referenceCustomerId": "4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55",
      "billingCycle": "one_time",
      "currencyCode": "USD",
      "currencySymbol": "$",
      "lineItems": [
        {
          "lineItemNumber": 0,
          "offerId": "DZH318Z0BQ3Q:00G1:DZH318XZXK7M",
          "termDuration": "P1Y",
          "transactionType": "New",
          "friendlyName": "RI D4s v3 eastus2 1y",
          "quantity": 2,
          "provisioningContext": { "subscriptionId": "2E6B0F4A-9C1D-4B7E-8F3A-5D2C1B0A9E87", "scope": "shared", "duration": "1Year" },
          "links": {
            "product": { "uri": "/products/DZH318Z0BQ3Q?country=US", "method": "GET", "headers": [] },
            "sku": { "uri": "/products/DZH318Z0BQ3Q/skus/00G1?country=US", "method": "GET", "headers": [] },
            "availability": { "uri": "/products/DZH318Z0BQ3Q/skus/00G1/availabilities/DZH318XZXK7M?country=US", "method": "GET", "headers": [] }
          }
        }
      ],
      "creationDate": "2024-05-06T09:12:30.5550000Z",
      "status": "pending",
      "transactionType": "UserPurchase",
      "links": {
        "self": { "uri": "/customers/4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55/orders/Qm3xT7vLp0aZk9RwYc2NdHf4uJs8EbGo1", "method": "GET", "headers": [] },
        "provisioningStatus": { "uri": "/customers/4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55/orders/Qm3xT7vLp0aZk9RwYc2NdHf4uJs8EbGo1/provisioningstatus", "method": "GET", "headers": [] }
      },
      "attributes": { "objectType": "Order" }
    }
  ],
  "orderErrors": [
    { "orderGroupId": "1", "code": 800010, "description": "Inventory is not available for this catalog item" }
  ]
}
)json";

// §15 order
inline constexpr const char* kOrder = R"json({
  "id": "Qm3xT7vLp0aZk9RwYc2NdHf4uJs8EbGo1",
  "alternateId": "5e1d9c3b7a20",
  "referenceCustomerId": "4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55",
  "billingCycle": "one_time",
  "currencyCode": "USD",
  "currencySymbol": "$",
  "lineItems": [
    {
      "lineItemNumber": 0,
      "offerId": "DZH318Z0BQ3Q:00G1:DZH318XZXK7M",
      "termDuration": "P1Y",
      "transactionType": "New",
      "friendlyName": "RI D4s v3 eastus2 1y",
      "quantity": 2,
      "links": {
        "sku": { "uri": "/products/DZH318Z0BQ3Q/skus/00G1?country=US", "method": "GET", "headers": [] }
      }
    }
  ],
  "creationDate": "2024-05-06T09:12:30.5550000Z",
  "status": "completed",
  "transactionType": "UserPurchase",
  "links": {
    "provisioningStatus": { "uri": "/customers/4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55/orders/Qm3xT7vLp0aZk9RwYc2NdHf4uJs8EbGo1/provisioningstatus", "method": "GET", "headers": [] },
    "self": { "uri": "/customers/4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55/orders/Qm3xT7vLp0aZk9RwYc2NdHf4uJs8EbGo1", "method": "GET", "headers": [] }
  },
  "attributes": { "objectType": "Order" }
}
)json";

// §15 provisioning status
inline constexpr const char* kOrderProvisioningStatus = R"json({
  "totalCount": 1,
  "items": [
    {
      "lineItemNumber": 0,
      "status": "fulfilled",
      "quantityProvisioningInformation": [ { "quantity": 2, "status": "fulfilled" } ]
    }
  ],
  "attributes": { "objectType": "Collection" }
}
)json";

// §16 entitlement collection
inline constexpr const char* kEntitlements = R"json({
  "totalCount": 1,
  "items": [
    {
      "includedEntitlements": [],
      "referenceOrder": { "id": "Qm3xT7vLp0aZk9RwYc2NdHf4uJs8EbGo1", "lineItemId": "0", "alternateId": "5e1d9c3b7a20" },
      "productId": "DZH318Z0BQ3Q",
      "skuId": "00G1",
      "quantity": 2,
      "quantityDetails": [ { "quantity": 2, "status": "Fulfilled" } ],
      "entitlementType": "reservedinstance",
      "entitledArtifacts": [
        {
          "artifactType": "reservedinstance",
          "dynamicAttributes": { "reservationType": "virtualmachines" },
          "link": {
            "uri": "/customers/4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55/artifacts/reservedinstance/groups/9f8e7d6c5b4a39281706f5e4d3c2b1a0/lineitems/6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d/resource/1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a",
            "method": "GET",
            "headers": []
          },
          "resourceId": "1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a"
        }
      ]
    }
  ],
  "attributes": { "objectType": "Collection" }
}
)json";

// §16 artifact details
inline constexpr const char* kArtifactDetails = R"json({
  "type": "reservedinstance",
  "reservations": [
    {
      "reservationId": "e4d3c2b1-a0f9-4e8d-8c7b-6a5f4e3d2c1b",
      "displayName": "VM_RI_05-06-2024_09-12",
      "scopeType": "Shared",
      "quantity": 2,
      "expiryDateTime": "2025-05-06T00:00:00",
      "effectiveDateTime": "2024-05-06T09:15:00.0000000Z",
      "provisioningState": "Created"
    }
  ]
}
)json";

// §5.1 / §6: the 429 body of the gateway (given inline in the contract).
inline constexpr const char* kThrottleBody =
    R"json({"statusCode":429,"message":"Rate limit is exceeded. Try again in 57 seconds."})json";

}  // namespace pcsim_test::examples
