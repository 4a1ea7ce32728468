#pragma once
// Orders: list, read, provisioning status, and cancellation under the integration-sandbox rules.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/errors/partner_center.hpp"
#include "sim/result.hpp"
#include "sim/world.hpp"

namespace pcsim::sim {

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
