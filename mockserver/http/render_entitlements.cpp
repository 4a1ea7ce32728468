#include "http/render.hpp"

namespace pcsim::http {

std::string artifactUri(const std::string& customerId, const sim::ReservationOrder& order) {
    return "/customers/" + customerId + "/artifacts/reservedinstance/groups/" + order.artifactGroupId + "/lineitems/" +
           order.artifactLineItemId + "/resource/" + order.id;
}

models::Entitlement renderEntitlement(const sim::EntitlementView& entitlement, const std::string& customerId) {
    models::Entitlement out;
    out.referenceOrder = models::ReferenceOrder{entitlement.orderId, std::to_string(entitlement.lineItemNumber),
                                                entitlement.orderAlternateId};
    out.productId = entitlement.productId;
    out.skuId = entitlement.skuId;
    out.quantity = static_cast<int>(entitlement.quantity);
    out.quantityDetails = std::vector<models::QuantityDetail>{{static_cast<int>(entitlement.quantity), "Fulfilled"}};
    out.entitlementType = "reservedinstance";
    models::Artifact artifact;
    artifact.artifactType = "reservedinstance";
    artifact.dynamicAttributes = {{"reservationType", "virtualmachines"}};
    artifact.link = link(artifactUri(customerId, entitlement.reservationOrder));
    artifact.resourceId = entitlement.reservationOrder.id;
    out.entitledArtifacts.push_back(std::move(artifact));
    out.expiryDate = sim::formatTimestamp(entitlement.expiryDate);
    return out;
}

models::ReservedInstanceArtifactDetails renderArtifactDetails(const sim::ReservationOrder& order) {
    models::ReservedInstanceArtifactDetails out;
    out.type = "reservedinstance";
    for (const auto& r : order.reservations) {
        models::Reservation reservation;
        reservation.reservationId = r.id;
        reservation.displayName = r.displayName;
        reservation.scopeType = sim::toString(r.scope);
        if (r.scope == sim::Scope::single) reservation.appliedScopes = r.appliedScopes;
        reservation.quantity = static_cast<int>(r.quantity);
        reservation.expiryDateTime = sim::formatTimestamp(r.expiryDateTime);
        reservation.effectiveDateTime = sim::formatTimestamp(r.effectiveDateTime);
        reservation.provisioningState = r.provisioningState;
        out.reservations.push_back(std::move(reservation));
    }
    return out;
}

}  // namespace pcsim::http
