// The cart line error codes (the SDK's CartErrorCode; contract §5.3, DECISIONS.md): one list for
// the client's models, which read and name them, and the simulator's cart rules, which answer with
// them. No dependencies, so sim (which may not see JSON) shares it.
#pragma once

#include <optional>
#include <string_view>

namespace partnercenter {

// X(enumerator, the SDK's name, code): the only place a cart line error code is written.
#define PARTNERCENTER_CART_ERROR_CODES(X)                                                           \
    X(unknown, "Unknown", 0)                                                                        \
    X(currency_is_not_supported, "CurrencyIsNotSupported", 10000)                                   \
    X(catalog_item_id_is_not_valid, "CatalogItemIdIsNotValid", 10001)                               \
    X(quota_not_available, "QuotaNotAvailable", 10002)                                              \
    X(inventory_not_available, "InventoryNotAvailable", 10003)                                      \
    X(participants_is_not_supported_for_partner, "ParticipantsIsNotSupportedForPartner", 10004)     \
    X(unable_to_process_cart_line_item, "UnableToProcessCartLineItem", 10006)                       \
    X(subscription_is_not_valid, "SubscriptionIsNotValid", 10007)                                   \
    X(subscription_is_not_enabled_for_ri, "SubscriptionIsNotEnabledForRI", 10008)                   \
    X(sandbox_limit_exceeded, "SandboxLimitExceeded", 10009)                                        \
    X(invalid_input, "InvalidInput", 10010)                                                         \
    X(subscription_not_registered, "SubscriptionNotRegistered", 10011)                              \
    X(attestation_not_accepted, "AttestationNotAccepted", 10012)                                    \
    X(billing_plan_not_supported, "BillingPlanNotSupported", 10013)                                 \
    X(invalid_promotion_id, "InvalidPromotionId", 10014)                                            \
    X(max_allowed_seats_per_subscription_exceeded, "MaxAllowedSeatsPerSubscriptionExceeded", 10015) \
    X(invalid_custom_term_end_date_product, "InvalidCustomTermEndDateProduct", 10016)               \
    X(invalid_custom_term_end_date, "InvalidCustomTermEndDate", 10017)                              \
    X(base_offer_seat_quantity_not_met, "BaseOfferSeatQuantityNotMet", 10018)                       \
    X(minimum_add_on_seats_not_met, "MinimumAddOnSeatsNotMet", 10019)                               \
    X(legacy_offer_not_eligible_for_purchase, "LegacyOfferNotEligibleForPurchase", 500600)

/// CartErrorCode values. CartError.errorCode is an int on the wire; these name them.
enum class CartErrorCode : int {
#define PARTNERCENTER_CART_ERROR_ENUMERATOR(id, name, code) id = code,
    PARTNERCENTER_CART_ERROR_CODES(PARTNERCENTER_CART_ERROR_ENUMERATOR)
#undef PARTNERCENTER_CART_ERROR_ENUMERATOR
};

/// Code of a CartErrorCode name, snake or Pascal case, any casing ("SubscriptionNotRegistered",
/// "subscription_not_registered"); nothing when unknown.
[[nodiscard]] std::optional<int> cartErrorCodeFromName(std::string_view name) noexcept;
/// The SDK's name of a code ("SubscriptionNotRegistered"); nothing when unknown.
[[nodiscard]] std::optional<std::string_view> cartErrorName(int code) noexcept;

}  // namespace partnercenter
