// Entitlements of a customer and the reservations behind reserved-instance artifacts. App+User
// credentials only. Contract §16.
#pragma once

#include "partnercenter/models/entitlement.hpp"
#include "partnercenter/resources/context.hpp"

#include <optional>
#include <string>
#include <utility>

namespace partnercenter {

class EntitlementCollection {
public:
    EntitlementCollection(detail::Context context, std::string path)
        : context_(std::move(context)), path_(std::move(path)) {}

    /// `entitlementType`: "reservedInstance", "software"; nullopt: all.
    [[nodiscard]] models::Collection<models::Entitlement> get(
        const std::optional<std::string>& entitlementType = std::nullopt) const;
    /// Follows a reserved-instance artifact's link. Throws PartnerCenterError (invalid_response)
    /// when the artifact has no link.
    [[nodiscard]] models::ReservedInstanceArtifactDetails artifactDetails(const models::Artifact& artifact) const;

private:
    detail::Context context_;
    std::string path_;
};

}  // namespace partnercenter
