#pragma once
// Microsoft.Capacity as pcsim answers it (Azure/azure-rest-api-specs, reservations 2022-11-01):
// a reservation (ReservationResponse) and a reservation order (ReservationOrderResponse), written
// in the spec's field order. Read too, so tests and tools parse what the server wrote.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "http/wire/fields.hpp"

namespace pcsim::http {

struct ArmSku {
    std::string name;
};

struct ArmAppliedScopeProperties {  // one of them: the Single scope's target
    std::optional<std::string> subscriptionId;
    std::optional<std::string> resourceGroupId;
};

struct ArmSplitProperties {
    std::optional<std::string> splitSource;
    std::optional<std::vector<std::string>> splitDestinations;
};

struct ArmMergeProperties {
    std::optional<std::vector<std::string>> mergeSources;
    std::optional<std::string> mergeDestination;
};

struct ArmReservationProperties {
    std::string reservedResourceType = "VirtualMachines";
    std::string instanceFlexibility;  // On | Off
    std::string displayName;
    std::optional<std::vector<std::string>> appliedScopes;  // null for a Shared scope
    std::string appliedScopeType;
    std::optional<ArmAppliedScopeProperties> appliedScopeProperties;  // null for a Shared scope
    std::int64_t quantity = 0;
    std::string provisioningState;
    sim::Timestamp effectiveDateTime{};
    sim::Timestamp benefitStartTime{};
    sim::Timestamp expiryDateTime{};
    std::string term;
    std::string billingPlan = "Upfront";
    std::string billingScopeId;
    bool renew = false;
    ArmSplitProperties splitProperties;
    ArmMergeProperties mergeProperties;
};

struct ArmReservation {
    std::string id;
    std::string name;
    std::string type = "Microsoft.Capacity/reservationOrders/reservations";
    std::string location;
    ArmSku sku;
    ArmReservationProperties properties;
};

struct ArmResourceId {
    std::string id;
};

struct ArmReservationOrderProperties {
    std::string displayName;
    sim::Timestamp requestDateTime{};
    sim::Timestamp createdDateTime{};
    sim::Timestamp benefitStartTime{};
    sim::Timestamp expiryDateTime{};
    std::string term;
    std::string billingPlan = "Upfront";
    std::string provisioningState;
    std::int64_t originalQuantity = 0;
    std::vector<ArmResourceId> reservations;
};

struct ArmReservationOrder {
    std::string id;
    std::string name;
    std::string type = "Microsoft.Capacity/reservationOrders";
    ArmReservationOrderProperties properties;
};

PCSIM_WIRE_DECLARE_JSON(ArmSku);
PCSIM_WIRE_DECLARE_JSON(ArmAppliedScopeProperties);
PCSIM_WIRE_DECLARE_JSON(ArmSplitProperties);
PCSIM_WIRE_DECLARE_JSON(ArmMergeProperties);
PCSIM_WIRE_DECLARE_JSON(ArmReservationProperties);
PCSIM_WIRE_DECLARE_JSON(ArmReservation);
PCSIM_WIRE_DECLARE_JSON(ArmResourceId);
PCSIM_WIRE_DECLARE_JSON(ArmReservationOrderProperties);
PCSIM_WIRE_DECLARE_JSON(ArmReservationOrder);

}  // namespace pcsim::http
