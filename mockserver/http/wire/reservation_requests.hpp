#pragma once
// The Microsoft.Capacity request bodies pcsim reads (Azure/azure-rest-api-specs, reservations
// 2022-11-01): PATCH of a reservation, split and merge. ARM wraps every body in `properties`.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "http/wire/fields.hpp"

namespace pcsim::http {

// appliedScopeProperties: the newer way to name a Single scope.
struct AppliedScopeProperties {
    std::optional<std::string> subscriptionId;
    std::optional<std::string> resourceGroupId;
};

// PATCH .../reservations/{id}: Patch.properties.
struct ReservationPatchProperties {
    std::optional<std::string> appliedScopeType;
    std::optional<std::vector<std::string>> appliedScopes;
    std::optional<AppliedScopeProperties> appliedScopeProperties;
    std::optional<std::string> instanceFlexibility;
    std::optional<std::string> displayName;
};
struct ReservationPatchRequest {
    ReservationPatchProperties properties;
};

// POST .../split: SplitRequest.properties.
struct SplitProperties {
    std::vector<std::int64_t> quantities;
    std::string reservationId;
};
struct SplitRequest {
    SplitProperties properties;
};

// POST .../merge: MergeRequest.properties.
struct MergeProperties {
    std::vector<std::string> sources;
};
struct MergeRequest {
    MergeProperties properties;
};

PCSIM_WIRE_DECLARE_JSON(AppliedScopeProperties);
PCSIM_WIRE_DECLARE_JSON(ReservationPatchProperties);
PCSIM_WIRE_DECLARE_JSON(ReservationPatchRequest);
PCSIM_WIRE_DECLARE_JSON(SplitProperties);
PCSIM_WIRE_DECLARE_JSON(SplitRequest);
PCSIM_WIRE_DECLARE_JSON(MergeProperties);
PCSIM_WIRE_DECLARE_JSON(MergeRequest);

}  // namespace pcsim::http
