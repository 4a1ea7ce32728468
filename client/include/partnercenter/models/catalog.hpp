// Catalog: products, SKUs, availabilities, inventory check (contract §11, §12).
#pragma once

#include "partnercenter/models/common.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace partnercenter::models {

/// ItemType.subType (the SDK's ItemType nests itself; one level is all the contract shows).
struct ItemSubType {
    std::string id{};
    std::string displayName{};
    bool operator==(const ItemSubType&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(ItemSubType);

/// Product.productType / Subscription.productType, e.g. Azure / VirtualMachines.
struct ItemType {
    std::string id{};
    std::string displayName{};
    std::optional<ItemSubType> subType{};
    bool operator==(const ItemType&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(ItemType);

struct ProductLinks {
    std::optional<Link> skus{};
    std::optional<Link> self{};
    bool operator==(const ProductLinks&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(ProductLinks);

struct Product {
    std::string id{};
    std::optional<std::string> title{};
    std::optional<std::string> description{};
    std::optional<ItemType> productType{};
    std::optional<bool> isMicrosoftProduct{};
    std::optional<std::string> publisherName{};
    std::optional<ProductLinks> links{};
    std::optional<ResourceAttributes> attributes{};
    bool operator==(const Product&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(Product);

struct SkuAttestationProperties {
    std::optional<bool> enforceAttestation{};
    std::optional<std::string> attestationType{};
    bool operator==(const SkuAttestationProperties&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(SkuAttestationProperties);

struct SkuLinks {
    std::optional<Link> availabilities{};
    std::optional<Link> self{};
    bool operator==(const SkuLinks&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(SkuLinks);

/// purchasePrerequisites: AzureSubscriptionRegistration, InventoryCheck; inventoryVariables:
/// CustomerId, AzureSubscriptionId, ArmRegionName; provisioningVariables: Scope, SubscriptionId,
/// Duration. dynamicAttributes / constraints are free-form (null = absent).
struct Sku {
    std::string id{};
    std::optional<std::string> productId{};
    std::optional<std::string> title{};
    std::optional<std::string> description{};
    std::optional<int> minimumQuantity{};
    std::optional<int> maximumQuantity{};
    std::optional<bool> isTrial{};
    std::optional<std::vector<BillingCycle>> supportedBillingCycles{};
    std::optional<std::vector<std::string>> purchasePrerequisites{};
    std::optional<std::vector<std::string>> inventoryVariables{};
    std::optional<std::vector<std::string>> provisioningVariables{};
    nlohmann::json dynamicAttributes{};
    std::optional<SkuAttestationProperties> attestationProperties{};
    std::optional<std::string> consumptionType{};
    nlohmann::json constraints{};
    std::optional<SkuLinks> links{};
    std::optional<ResourceAttributes> attributes{};
    bool operator==(const Sku&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(Sku);

struct CurrencyInfo {
    std::string code{};
    std::string symbol{};
    bool operator==(const CurrencyInfo&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(CurrencyInfo);

/// cancellationPolicies[].refundOptions[] (`type` Full | Partial, `expiresAfter` ISO 8601 duration).
struct CancellationRefundOption {
    std::optional<int> sequenceId{};
    std::optional<std::string> type{};
    std::optional<std::string> expiresAfter{};
    bool operator==(const CancellationRefundOption&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(CancellationRefundOption);

struct CancellationPolicy {
    std::optional<std::vector<CancellationRefundOption>> refundOptions{};
    bool operator==(const CancellationPolicy&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(CancellationPolicy);

/// `duration` (ISO 8601: P1M, P1Y, P3Y) required. renewalOptions is free-form (null = absent).
struct AvailabilityTerm {
    std::optional<std::string> id{};
    std::string duration{};
    std::optional<std::string> description{};
    std::optional<BillingCycle> billingCycle{};
    nlohmann::json renewalOptions{};
    std::optional<std::vector<CancellationPolicy>> cancellationPolicies{};
    bool operator==(const AvailabilityTerm&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(AvailabilityTerm);

/// pcsim extension, sent only when asked with `include_price=true`: the Partner Center catalog API
/// carries no reservation prices, so against the real service this is always absent.
struct AvailabilityPrice {
    double listPrice = 0;  ///< per instance, for the whole term
    std::string currencyCode{};
    bool operator==(const AvailabilityPrice&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(AvailabilityPrice);

/// renewalInstructions and includedQuantityOptions are free-form (null = absent).
struct Availability {
    std::string id{};
    std::optional<std::string> productId{};
    std::optional<std::string> skuId{};
    std::optional<std::string> catalogItemId{};
    std::optional<CurrencyInfo> defaultCurrency{};
    std::optional<std::string> segment{};
    std::optional<std::string> country{};
    std::optional<bool> isPurchasable{};
    std::optional<bool> isRenewable{};
    nlohmann::json renewalInstructions{};
    std::optional<std::vector<AvailabilityTerm>> terms{};
    nlohmann::json includedQuantityOptions{};
    std::optional<Product> product{};
    std::optional<Sku> sku{};
    std::optional<AvailabilityPrice> pricing{};  ///< pcsim extension (include_price=true)
    std::optional<SelfLinks> links{};
    std::optional<ResourceAttributes> attributes{};
    bool operator==(const Availability&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(Availability);

// ---- inventory check (§12) ---------------------------------------------------------------------

struct InventoryTargetItem {
    std::string productId{};
    std::optional<std::string> skuId;  ///< absent: every SKU of the product
    bool operator==(const InventoryTargetItem&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(InventoryTargetItem);

/// POST /v1/extensions/product/checkinventory body. `targetItems` required; `inventoryContext`
/// (customerId, azureSubscriptionId, armRegionName; keys as sent, look them up with
/// findCaseInsensitive) defaults to {} and is always written.
struct InventoryCheckRequest {
    std::vector<InventoryTargetItem> targetItems{};
    std::map<std::string, std::string> inventoryContext{};
    bool operator==(const InventoryCheckRequest&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(InventoryCheckRequest);

/// reasonCode e.g. NotAvailableForSubscription; properties e.g. {type: Location, values: eastus2}.
struct InventoryRestriction {
    std::string reasonCode{};
    std::optional<std::string> description{};
    std::optional<std::map<std::string, std::string>> properties{};
    bool operator==(const InventoryRestriction&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(InventoryRestriction);

/// Element of the bare array check-inventory answers (parse<std::vector<InventoryItem>>).
/// `restrictions` only when restricted.
struct InventoryItem {
    std::string productId{};
    std::optional<std::string> skuId{};
    bool isRestricted = false;
    std::optional<std::vector<InventoryRestriction>> restrictions{};
    bool operator==(const InventoryItem&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(InventoryItem);

}  // namespace partnercenter::models
