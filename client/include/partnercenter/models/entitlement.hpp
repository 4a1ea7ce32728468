// Entitlements and reserved-instance artifact details (contract §16).
#pragma once

#include "partnercenter/models/common.hpp"

#include <optional>
#include <string>
#include <vector>

namespace partnercenter::models {

/// Entitlement.referenceOrder. `lineItemId` is a string ("0"); a JSON number is accepted too.
struct ReferenceOrder {
    std::string id{};
    std::string lineItemId{};
    std::optional<std::string> alternateId{};
    bool operator==(const ReferenceOrder&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(ReferenceOrder);

struct QuantityDetail {
    int quantity = 0;
    std::string status{};
    bool operator==(const QuantityDetail&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(QuantityDetail);

/// Entitlement.entitledArtifacts[]. artifactType: reservedinstance (legacy
/// virtual_machine_reserved_instance); for RI artifacts `link` leads to the
/// ReservedInstanceArtifactDetails and `resourceId` is the reservation order id.
/// dynamicAttributes is free-form (null = absent), e.g. {reservationType: virtualmachines}.
struct Artifact {
    std::string artifactType{};
    nlohmann::json dynamicAttributes{};
    std::optional<Link> link{};
    std::optional<std::string> resourceId{};
    bool operator==(const Artifact&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(Artifact);

/// `entitlementType` (software, reservedinstance, ...) required. includedEntitlements and
/// entitledArtifacts are always written and default to [] on input. dynamicAttributes (shown at
/// this level by one doc example) is free-form, null = absent.
struct Entitlement {
    std::vector<Entitlement> includedEntitlements{};
    std::optional<ReferenceOrder> referenceOrder{};
    std::optional<std::string> productId{};
    std::optional<std::string> skuId{};
    std::optional<int> quantity{};
    std::optional<std::vector<QuantityDetail>> quantityDetails{};
    std::string entitlementType{};
    std::vector<Artifact> entitledArtifacts{};
    std::optional<std::string> fulfillmentState{};
    std::optional<std::string> expiryDate{};
    nlohmann::json dynamicAttributes{};
    std::optional<ResourceAttributes> attributes{};
    bool operator==(const Entitlement&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(Entitlement);

/// One reservation of a reservation order. scopeType: Shared | Single; appliedScopes only for
/// non-shared scope.
struct Reservation {
    std::string reservationId{};
    std::string displayName{};
    std::string scopeType{};
    std::optional<std::vector<std::string>> appliedScopes{};
    int quantity = 0;
    std::string expiryDateTime{};
    std::string effectiveDateTime{};
    std::string provisioningState{};
    bool operator==(const Reservation&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(Reservation);

/// GET {artifact.link.uri}. Written with the array named `reservations` (DECISIONS.md); read
/// from `reservations`, `virtualMachineReservations` (doc examples) or `reservation` (Java SDK);
/// absent -> [].
struct ReservedInstanceArtifactDetails {
    std::string type{};
    std::vector<Reservation> reservations{};
    bool operator==(const ReservedInstanceArtifactDetails&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(ReservedInstanceArtifactDetails);

}  // namespace partnercenter::models
