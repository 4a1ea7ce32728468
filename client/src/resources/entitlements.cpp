#include "partnercenter/resources/entitlements.hpp"

#include "../failure.hpp"
#include "calls.hpp"

namespace partnercenter {

models::Collection<models::Entitlement> EntitlementCollection::get(
    const std::optional<std::string>& entitlementType) const {
    detail::Query query;
    if (entitlementType) query.emplace_back("entitlementType", *entitlementType);
    return detail::getResource<models::Collection<models::Entitlement>>(context_, path_, query);
}

models::ReservedInstanceArtifactDetails EntitlementCollection::artifactDetails(const models::Artifact& artifact) const {
    if (!artifact.link || artifact.link->uri.empty())
        throw detail::invalidResponse(
            {"GET " + path_, {}, context_.correlationId}, 0,
            "artifact " + artifact.resourceId.value_or(artifact.artifactType) + " has no link");
    return detail::getResource<models::ReservedInstanceArtifactDetails>(context_,
                                                                        detail::linkTarget(artifact.link->uri));
}

}  // namespace partnercenter
