// Carts and checkout (contract §5.3, §5.4, §13, §14).
#pragma once

#include "partnercenter/models/common.hpp"
#include "partnercenter/models/order.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace partnercenter::models {

/// CartErrorCode values (§5.3). CartError.errorCode is an int on the wire; these name them.
enum class CartErrorCode : int {
    unknown = 0,
    currency_is_not_supported = 10000,
    catalog_item_id_is_not_valid = 10001,
    quota_not_available = 10002,
    inventory_not_available = 10003,
    participants_is_not_supported_for_partner = 10004,
    unable_to_process_cart_line_item = 10006,
    subscription_is_not_valid = 10007,
    subscription_is_not_enabled_for_ri = 10008,
    sandbox_limit_exceeded = 10009,
    invalid_input = 10010,
    subscription_not_registered = 10011,
    attestation_not_accepted = 10012,
    billing_plan_not_supported = 10013,
    invalid_promotion_id = 10014,
    max_allowed_seats_per_subscription_exceeded = 10015,
    invalid_custom_term_end_date_product = 10016,
    invalid_custom_term_end_date = 10017,
    base_offer_seat_quantity_not_met = 10018,
    minimum_add_on_seats_not_met = 10019,
    legacy_offer_not_eligible_for_purchase = 500600,
};

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
