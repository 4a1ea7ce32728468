// Orders and their provisioning status (contract §15).
#pragma once

#include "partnercenter/models/common.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace partnercenter::models {

/// CartLineItem.renewsTo / OrderLineItem.renewsTo.
struct RenewsTo {
    std::string termDuration{};
    bool operator==(const RenewsTo&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(RenewsTo);

/// OrderLineItem.pricing (present with include_price).
struct Pricing {
    std::optional<double> listPrice{};
    std::optional<double> discountedPrice{};
    std::optional<double> proratedPrice{};
    std::optional<double> price{};
    std::optional<double> extendedPrice{};
    bool operator==(const Pricing&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(Pricing);

struct OrderLineItemLinks {
    std::optional<Link> product{};
    std::optional<Link> sku{};
    std::optional<Link> availability{};
    std::optional<Link> subscription{};
    std::optional<Link> provisioningStatus{};
    std::optional<Link> activationLinks{};
    bool operator==(const OrderLineItemLinks&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(OrderLineItemLinks);

/// `lineItemNumber`, `offerId` (= catalogItemId) and `quantity` required. transactionType
/// (New, ...) is a string. provisioningContext keys as given (see findCaseInsensitive).
struct OrderLineItem {
    int lineItemNumber = 0;
    std::string offerId{};
    std::optional<std::string> subscriptionId{};
    std::optional<std::string> parentSubscriptionId{};
    std::optional<std::string> termDuration{};
    std::optional<std::string> transactionType{};
    std::optional<std::string> friendlyName{};
    int quantity = 0;
    std::optional<Pricing> pricing{};
    std::optional<std::string> partnerIdOnRecord{};
    std::optional<std::vector<std::string>> additionalPartnerIdsOnRecord{};
    std::optional<std::map<std::string, std::string>> provisioningContext{};
    std::optional<RenewsTo> renewsTo{};
    std::optional<std::string> promotionId{};
    std::optional<std::string> customTermEndDate{};
    std::optional<bool> attestationAccepted{};
    std::optional<OrderLineItemLinks> links{};
    bool operator==(const OrderLineItem&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(OrderLineItem);

struct OrderLinks {
    std::optional<Link> self{};
    std::optional<Link> provisioningStatus{};
    std::optional<Link> patchOperation{};
    bool operator==(const OrderLinks&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(OrderLinks);

/// Also the body of POST /orders and PATCH /orders/{id} ({id, status: cancelled}), hence `id`
/// optional. `lineItems` is always written and defaults to [] on input. `status` (pending,
/// completed, cancelled) and transactionType (UserPurchase, ...) are strings. `client` is
/// free-form (null = absent).
struct Order {
    std::optional<std::string> id{};
    std::optional<std::string> alternateId{};
    std::optional<std::string> referenceCustomerId{};
    std::optional<BillingCycle> billingCycle{};
    std::optional<std::string> currencyCode{};
    std::optional<std::string> currencySymbol{};
    std::vector<OrderLineItem> lineItems{};
    std::optional<std::string> creationDate{};
    std::optional<std::string> status{};
    std::optional<std::string> transactionType{};
    std::optional<double> totalPrice{};
    std::optional<bool> partnerOnRecordAttestationAccepted{};
    std::optional<OrderLinks> links{};
    nlohmann::json client{};
    std::optional<ResourceAttributes> attributes{};
    bool operator==(const Order&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(Order);

struct QuantityProvisioningInformation {
    int quantity = 0;
    std::string status{};
    bool operator==(const QuantityProvisioningInformation&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(QuantityProvisioningInformation);

/// Item of GET .../orders/{id}/provisioningstatus (a Collection). `status`: Fulfilled,
/// Unfulfilled, PrefulfillmentPending (any casing). orderLineItemId: doc example only (read from a
/// string or a number).
struct OrderLineItemProvisioningStatus {
    int lineItemNumber = 0;
    std::optional<std::string> orderLineItemId{};
    std::string status{};
    std::vector<QuantityProvisioningInformation> quantityProvisioningInformation{};
    bool operator==(const OrderLineItemProvisioningStatus&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(OrderLineItemProvisioningStatus);

}  // namespace partnercenter::models
