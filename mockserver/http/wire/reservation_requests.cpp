#include "http/wire/reservation_requests.hpp"

namespace pcsim::http {

PCSIM_WIRE_MODEL(AppliedScopeProperties) {
    v.optional("subscriptionId", x.subscriptionId);
    v.optional("resourceGroupId", x.resourceGroupId);
}

PCSIM_WIRE_MODEL(ReservationPatchProperties) {
    v.optional("appliedScopeType", x.appliedScopeType);
    v.optional("appliedScopes", x.appliedScopes);
    v.optional("appliedScopeProperties", x.appliedScopeProperties);
    v.optional("instanceFlexibility", x.instanceFlexibility);
    v.optional("displayName", x.displayName);
}

PCSIM_WIRE_MODEL(ReservationPatchRequest) { v.required("properties", x.properties); }

PCSIM_WIRE_MODEL(SplitProperties) {
    v.required("quantities", x.quantities);
    v.required("reservationId", x.reservationId);
}

PCSIM_WIRE_MODEL(SplitRequest) { v.required("properties", x.properties); }

PCSIM_WIRE_MODEL(MergeProperties) { v.required("sources", x.sources); }

PCSIM_WIRE_MODEL(MergeRequest) { v.required("properties", x.properties); }

}  // namespace pcsim::http
