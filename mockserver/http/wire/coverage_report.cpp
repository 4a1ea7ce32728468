#include "http/wire/coverage_report.hpp"

namespace pcsim::http {

PCSIM_WIRE_MODEL(CoverageShareDocument) {
    v.required("reservationOrderId", x.reservationOrderId);
    v.required("reservationId", x.reservationId);
    v.required("units", x.units);
}

PCSIM_WIRE_MODEL(CoverageRowDocument) {
    v.required("period", x.period);
    v.required("subscriptionId", x.subscriptionId);
    v.required("azureSubscriptionId", x.azureSubscriptionId);
    v.required("resourceGroup", x.resourceGroup);
    v.required("vmId", x.vmId);
    v.required("size", x.size);
    v.required("count", x.count);
    v.required("spot", x.spot);
    v.required("usedUnits", x.usedUnits);
    v.required("coveredUnits", x.coveredUnits);
    v.required("payAsYouGoUnits", x.payAsYouGoUnits);
    v.required("coveredBy", x.coveredBy);
}

PCSIM_WIRE_MODEL(CoverageTotals) {
    v.required("usedUnits", x.usedUnits);
    v.required("coveredUnits", x.coveredUnits);
    v.required("payAsYouGoUnits", x.payAsYouGoUnits);
}

PCSIM_WIRE_MODEL(CoverageReport) {
    v.required("customerId", x.customerId);
    v.required("grain", x.grain);
    v.required("from", x.from);
    v.required("to", x.to);
    v.required("appliedUntil", x.appliedUntil);
    v.required("unit", x.unit);
    v.required("totals", x.totals);
    v.required("rows", x.rows);
}

}  // namespace pcsim::http
