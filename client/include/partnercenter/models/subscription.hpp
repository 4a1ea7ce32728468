// Subscriptions, registration for reservations, Azure entitlements (contract §9, §10).
#pragma once

#include "partnercenter/models/catalog.hpp"
#include "partnercenter/models/common.hpp"

#include <optional>
#include <string>
#include <vector>

namespace partnercenter::models {

struct SubscriptionLinks {
    std::optional<Link> offer{};
    std::optional<Link> entitlement{};
    std::optional<Link> parentSubscription{};
    std::optional<Link> product{};
    std::optional<Link> sku{};
    std::optional<Link> availability{};
    std::optional<Link> activationLinks{};
    std::optional<Link> self{};
    bool operator==(const SubscriptionLinks&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(SubscriptionLinks);

/// Subscription.refundOptions[] (`type`: Full | Partial).
struct SubscriptionRefundOption {
    std::optional<std::string> type{};
    std::optional<std::string> expiresAt{};
    bool operator==(const SubscriptionRefundOption&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(SubscriptionRefundOption);

/// `id` and `status` required. Status strings (none, active, pending, suspended, expired,
/// deleted, disabled) and billingType (none, usage, license), contractType are kept as strings.
struct Subscription {
    std::string id{};
    std::optional<std::string> entitlementId{};
    std::optional<std::string> offerId{};
    std::optional<std::string> offerName{};
    std::optional<std::string> friendlyName{};
    std::optional<ItemType> productType{};
    std::optional<int> quantity{};
    std::optional<std::string> unitType{};
    std::optional<std::string> parentSubscriptionId{};
    std::optional<std::string> consumptionType{};
    std::optional<std::string> creationDate{};
    std::optional<std::string> effectiveStartDate{};
    std::optional<std::string> commitmentEndDate{};
    std::optional<std::string> commitmentEndDateTime{};
    std::optional<std::string> cancellationAllowedUntilDate{};
    std::optional<std::string> billingCycleEndDate{};
    std::optional<std::string> billingCycleEndDateTime{};
    std::string status{};
    std::optional<bool> autoRenewEnabled{};
    std::optional<std::string> billingType{};
    std::optional<BillingCycle> billingCycle{};
    std::optional<bool> hasPurchasableAddons{};
    std::optional<bool> isTrial{};
    std::optional<bool> isMicrosoftProduct{};
    std::optional<std::string> publisherName{};
    std::optional<std::vector<std::string>> actions{};
    std::optional<std::string> termDuration{};
    std::optional<std::string> renewalTermDuration{};
    std::optional<std::vector<SubscriptionRefundOption>> refundOptions{};
    std::optional<std::string> partnerId{};
    std::optional<std::vector<std::string>> suspensionReasons{};
    std::optional<std::string> contractType{};
    std::optional<std::string> orderId{};
    std::optional<std::string> promotionId{};
    std::optional<SubscriptionLinks> links{};
    std::optional<ResourceAttributes> attributes{};
    bool operator==(const Subscription&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(Subscription);

/// GET .../registrationstatus. `status`: registered | registering | notregistered (any casing).
struct SubscriptionRegistrationStatus {
    std::string subscriptionId{};
    std::string status{};
    std::optional<ResourceAttributes> attributes{};
    bool operator==(const SubscriptionRegistrationStatus&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(SubscriptionRegistrationStatus);

/// GET .../subscriptions/{sid}/provisioningstatus. `status`: success | pending | failed.
struct SubscriptionProvisioningStatus {
    std::optional<std::string> skuId{};
    std::string status{};
    std::optional<int> quantity{};
    std::optional<std::string> endDate{};
    std::optional<ResourceAttributes> attributes{};
    bool operator==(const SubscriptionProvisioningStatus&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(SubscriptionProvisioningStatus);

/// Item of GET .../azureentitlements (Azure plan -> Azure subscription ids).
struct AzureEntitlement {
    std::string id{};
    std::optional<std::string> friendlyName{};
    std::optional<std::string> status{};
    std::optional<std::string> subscriptionId{};
    bool operator==(const AzureEntitlement&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(AzureEntitlement);

}  // namespace partnercenter::models
