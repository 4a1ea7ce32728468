#include "partnercenter/models/entitlement.hpp"

#include "writer.hpp"

#include <type_traits>

namespace partnercenter::models {

PCSIM_MODEL(ReferenceOrder) {
    v.required("id", x.id);
    v.required("lineItemId", x.lineItemId, read_string_or_number);
    v.optional("alternateId", x.alternateId);
}

PCSIM_MODEL(QuantityDetail) {
    v.required("quantity", x.quantity);
    v.required("status", x.status);
}

PCSIM_MODEL(Artifact) {
    v.required("artifactType", x.artifactType);
    v.freeform("dynamicAttributes", x.dynamicAttributes);
    v.optional("link", x.link);
    v.optional("resourceId", x.resourceId);
}

PCSIM_MODEL(Entitlement) {
    v.defaulted("includedEntitlements", x.includedEntitlements);
    v.optional("referenceOrder", x.referenceOrder);
    v.optional("productId", x.productId);
    v.optional("skuId", x.skuId);
    v.optional("quantity", x.quantity);
    v.optional("quantityDetails", x.quantityDetails);
    v.required("entitlementType", x.entitlementType);
    v.defaulted("entitledArtifacts", x.entitledArtifacts);
    v.optional("fulfillmentState", x.fulfillmentState);
    v.optional("expiryDate", x.expiryDate);
    v.freeform("dynamicAttributes", x.dynamicAttributes);
    v.optional("attributes", x.attributes);
}

PCSIM_MODEL(Reservation) {
    v.required("reservationId", x.reservationId);
    v.required("displayName", x.displayName);
    v.required("scopeType", x.scopeType);
    v.optional("appliedScopes", x.appliedScopes);
    v.required("quantity", x.quantity);
    v.required("expiryDateTime", x.expiryDateTime);
    v.required("effectiveDateTime", x.effectiveDateTime);
    v.required("provisioningState", x.provisioningState);
}

PCSIM_MODEL(ReservedInstanceArtifactDetails) {
    v.required("type", x.type);
    if constexpr (std::is_same_v<V, Reader>) {
        // The array's name differs between the .NET SDK, the docs and the Java SDK (§16).
        const char* name = "reservations";
        for (const char* alias : {"reservations", "virtualMachineReservations", "reservation"}) {
            if (v.find(alias) != nullptr) {
                name = alias;
                break;
            }
        }
        v.defaulted(name, x.reservations);
    } else {
        v.defaulted("reservations", x.reservations);
    }
}

}  // namespace partnercenter::models
