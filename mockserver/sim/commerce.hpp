#pragma once
// What a customer buys: carts, the orders checkout creates, and the reservations an order fulfils.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "partnercenter/cart_error_codes.hpp"
#include "sim/time.hpp"

namespace pcsim::sim {

// The cart line error codes the rules answer with, from the list the client reads them by
// (partnercenter/cart_error_codes.hpp).
namespace cart_error {
using partnercenter::CartErrorCode;
inline constexpr int catalogItemIdIsNotValid = int(CartErrorCode::catalog_item_id_is_not_valid);
inline constexpr int quotaNotAvailable = int(CartErrorCode::quota_not_available);
inline constexpr int inventoryNotAvailable = int(CartErrorCode::inventory_not_available);
inline constexpr int subscriptionIsNotValid = int(CartErrorCode::subscription_is_not_valid);
inline constexpr int sandboxLimitExceeded = int(CartErrorCode::sandbox_limit_exceeded);
inline constexpr int invalidInput = int(CartErrorCode::invalid_input);
inline constexpr int subscriptionNotRegistered = int(CartErrorCode::subscription_not_registered);
}  // namespace cart_error

enum class Scope { single, shared };
std::string toString(Scope scope);  // "Single" / "Shared" (Azure casing)

struct LineError {
    int errorCode = 0;
    std::string errorDescription;
    bool operator==(const LineError&) const = default;
};

struct Participant {
    std::string key;
    std::string value;
    bool operator==(const Participant&) const = default;
};

struct CartLine {
    int id = 0;
    std::string catalogItemId;
    std::string friendlyName;
    std::int64_t quantity = 0;
    std::string billingCycle = "one_time";                   // normalised lower_snake_case
    std::optional<std::string> termDuration;                 // as sent (P1Y / P3Y)
    std::map<std::string, std::string> provisioningContext;  // as sent; read case-insensitively
    std::vector<Participant> participants;
    std::string orderGroup = "0";
    std::string currencyCode;
    std::optional<LineError> error;
    bool operator==(const CartLine&) const = default;
};

enum class CartStatus { active, ordered };

struct OrderError {
    std::string orderGroupId;
    int code = 0;
    std::string description;
};

struct Cart {
    std::string id;
    std::string customerId;
    Timestamp creationTimestamp{};
    Timestamp lastModifiedTimestamp{};
    Timestamp expirationTimestamp{};
    std::string lastModifiedUser;
    CartStatus status = CartStatus::active;
    std::vector<CartLine> lines;
    // Set once checkout succeeded: what a repeated checkout replays.
    std::vector<std::string> checkoutOrderIds;
    std::vector<OrderError> checkoutErrors;

    bool expiredAt(Timestamp now) const { return now >= expirationTimestamp; }
};

struct OrderLine {
    int lineItemNumber = 0;
    std::string offerId;  // the catalogItemId
    std::string productId;
    std::string skuId;
    std::string availabilityId;
    std::string termDuration;
    std::string friendlyName;
    std::int64_t quantity = 0;
    double unitPrice = 0;
    std::map<std::string, std::string> provisioningContext;
    std::string reservationOrderId;  // the Azure reservation order this line created
};

enum class OrderStatus { pending, completed, cancelled };
std::string toString(OrderStatus status);

struct Order {
    std::string id;
    std::string alternateId;
    std::string customerId;
    std::string cartId;
    std::string billingCycle = "one_time";
    std::string currencyCode;
    std::string currencySymbol;
    std::vector<OrderLine> lines;
    Timestamp creationDate{};
    Timestamp completesAt{};  // provisioning finishes (pending → completed) at this simulated time
    std::optional<Timestamp> cancelledAt;
    std::string transactionType = "UserPurchase";

    OrderStatus statusAt(Timestamp now) const;
    double totalPrice() const;
};

struct Reservation {
    std::string id;  // GUID (the `reservationId`)
    std::string displayName;
    std::string armSkuName;
    std::string region;  // armRegionName
    std::string isfGroup;
    double isfRatio = 1;
    std::int64_t quantity = 0;
    std::string term;  // P1Y / P3Y
    Scope scope = Scope::shared;
    std::vector<std::string> appliedScopes;  // "/subscriptions/{azureSubscriptionId}" for single scope
    bool instanceFlexibility = true;
    Timestamp effectiveDateTime{};
    Timestamp expiryDateTime{};
    std::string provisioningState = "Succeeded";
};

// An Azure reservation order: what one fulfilled order line becomes (contract azure-reservations §0).
struct ReservationOrder {
    std::string id;  // GUID: the entitlement artifact's `resourceId`
    std::string customerId;
    std::string orderId;
    int lineItemNumber = 0;
    std::string productId;
    std::string skuId;
    std::string artifactGroupId;        // 32 hex digits, part of the artifact link
    std::string artifactLineItemId;     // GUID, part of the artifact link
    std::string billingSubscriptionId;  // Partner Center subscription the purchase was made on
    std::string term;
    std::int64_t originalQuantity = 0;
    std::vector<Reservation> reservations;
};

}  // namespace pcsim::sim
