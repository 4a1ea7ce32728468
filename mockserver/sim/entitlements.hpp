#pragma once
// Entitlements: what a customer owns after fulfilled orders, with the reservation behind each.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/errors/partner_center.hpp"
#include "sim/result.hpp"
#include "sim/world.hpp"

namespace pcsim::sim {

// One entitlement per fulfilled (completed, not cancelled) order line.
struct EntitlementView {
    std::string orderId;
    std::string orderAlternateId;
    int lineItemNumber = 0;
    std::string productId;
    std::string skuId;
    std::int64_t quantity = 0;
    Timestamp expiryDate{};
    ReservationOrder reservationOrder;
};

// entitlementType: reservedInstance / virtualMachineReservedInstance (case-insensitive) or absent
// give the reservations; `software` gives an empty list; anything else is 400 900126.
Result<std::vector<EntitlementView>> listEntitlements(const World& world, std::string_view customerId,
                                                      std::optional<std::string_view> entitlementType);

// The reservation order behind an artifact link, only if it belongs to this customer and its
// order is fulfilled (404 1000 otherwise).
Result<ReservationOrder> reservationArtifact(const World& world, std::string_view customerId,
                                             std::string_view reservationOrderId);

}  // namespace pcsim::sim
