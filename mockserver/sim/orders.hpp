#pragma once
// Orders: list, read, provisioning status, and cancellation under the integration-sandbox rules.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/result.hpp"
#include "sim/world.hpp"

namespace pcsim::sim {

namespace order_error {
inline constexpr int orderNotFound = 20000;              // 404
inline constexpr int unableToParseEnum = 900126;         // 400: unknown billingType
inline constexpr int cancelNotAllowed = 800019;          // 403: not an integration-sandbox partner
inline constexpr int cancellationWindowPassed = 900117;  // 400: older than 60 days
inline constexpr int orderCannotBeCanceled = 800061;     // 400: already cancelled
}  // namespace order_error

inline constexpr int sandboxCancellationWindowDays = 60;

// billingType: one_time / onetime / OneTime (case-insensitive) selects reservation orders; `monthly`
// and `usage`-like values give an empty list; anything else is 400 900126. Orders in creation order.
Result<std::vector<Order>> listOrders(const World& world, std::string_view customerId,
                                      std::optional<std::string_view> billingType);
Result<Order> getOrder(const World& world, std::string_view customerId, std::string_view orderId);

struct LineProvisioningStatus {
    int lineItemNumber = 0;
    std::string status;  // Fulfilled, PrefulfillmentPending, Unfulfilled (cancelled)
    std::int64_t quantity = 0;
};
Result<std::vector<LineProvisioningStatus>> orderProvisioningStatus(const World& world, std::string_view customerId,
                                                                    std::string_view orderId);

// PATCH status=cancelled: allowed only for an integration-sandbox partner and an order at most 60
// simulated days old; the order's Succeeded reservations become Cancelled (Split and Merged stay).
Result<Order> cancelOrder(World& world, std::string_view customerId, std::string_view orderId);

}  // namespace pcsim::sim
