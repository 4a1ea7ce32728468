// Carts and checkout (contract §5.3, §5.4, §13, §14).
#pragma once

#include "partnercenter/cart_error_codes.hpp"
#include "partnercenter/models/common.hpp"
#include "partnercenter/models/order.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace partnercenter::models {

/// CartErrorCode values (§5.3), from the list the simulator answers with.
using partnercenter::CartErrorCode;

/// Code of a CartErrorCode name, snake or Pascal case, any casing ("SubscriptionNotRegistered",
/// "subscription_not_registered"); nullopt when unknown.
[[nodiscard]] std::optional<int> cart_error_code_from_name(std::string_view name) noexcept;

/// CartLineItem.error. `errorCode` is written as an integer; read from an integer, a string of
/// digits, or a CartErrorCode name (older services sent snake-case names).
/// additionalInformation is free-form (null = absent).
struct CartError {
    int errorCode = 0;
    std::string errorDescription{};
    nlohmann::json additionalInformation{};
    bool operator==(const CartError&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(CartError);

/// CartLineItem.participants[]: key transaction_reseller / additional_transaction_reseller, value
/// an MPN id.
struct Participant {
    std::string key{};
    std::string value{};
    bool operator==(const Participant&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(Participant);

/// `catalogItemId` and `quantity` are required; quantity is any int32 here (positivity is a
/// business rule). billingCycle is optional at this level (the simulation decides what a missing
/// one means). provisioningContext keys as given: subscriptionId, scope, duration — look them up
/// with findCaseInsensitive.
struct CartLineItem {
    std::optional<int> id{};
    std::string catalogItemId{};
    std::optional<std::string> friendlyName{};
    int quantity = 0;
    std::optional<std::string> currencyCode{};
    std::optional<BillingCycle> billingCycle{};
    std::optional<std::string> termDuration{};
    std::optional<std::vector<Participant>> participants{};
    std::optional<std::map<std::string, std::string>> provisioningContext{};
    std::optional<std::string> orderGroup{};
    std::optional<std::vector<CartLineItem>> addonItems{};
    std::optional<RenewsTo> renewsTo{};
    std::optional<CartError> error{};
    std::optional<std::string> promotionId{};
    std::optional<std::string> customTermEndDate{};
    std::optional<bool> attestationAccepted{};
    std::optional<std::string> purchaseSystem{};
    bool operator==(const CartLineItem&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(CartLineItem);

/// Request and response of create / update / get cart. `lineItems` required; everything the
/// service fills in is optional. `status`: Active | Ordered (any casing).
struct Cart {
    std::optional<std::string> id{};
    std::optional<std::string> creationTimestamp{};
    std::optional<std::string> lastModifiedTimestamp{};
    std::optional<std::string> expirationTimestamp{};
    std::optional<std::string> lastModifiedUser{};
    std::optional<std::string> status{};
    std::vector<CartLineItem> lineItems{};
    std::optional<bool> partnerOnRecordAttestationAccepted{};
    std::optional<SelfLinks> links{};
    std::optional<ResourceAttributes> attributes{};
    bool operator==(const Cart&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(Cart);

/// CartCheckoutResult.orderErrors[]; `code` is an int (REST 8000xx codes in pcsim).
struct OrderError {
    std::string orderGroupId{};
    int code = 0;
    std::string description{};
    bool operator==(const OrderError&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(OrderError);

/// Both lists are always written and default to [] on input.
struct CartCheckoutResult {
    std::vector<Order> orders{};
    std::vector<OrderError> orderErrors{};
    bool operator==(const CartCheckoutResult&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(CartCheckoutResult);

}  // namespace partnercenter::models
