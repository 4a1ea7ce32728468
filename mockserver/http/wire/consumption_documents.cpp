#include "http/wire/consumption_documents.hpp"

namespace pcsim::http {

PCSIM_WIRE_MODEL(ReservationSummaryProperties) {
    v.required("reservationOrderId", x.reservationOrderId);
    v.required("reservationId", x.reservationId);
    v.required("skuName", x.skuName);
    v.required("reservedHours", x.reservedHours);
    v.required("usageDate", x.usageDate);
    v.required("usedHours", x.usedHours);
    v.required("minUtilizationPercentage", x.minUtilizationPercentage);
    v.required("avgUtilizationPercentage", x.avgUtilizationPercentage);
    v.required("maxUtilizationPercentage", x.maxUtilizationPercentage);
    v.required("kind", x.kind);
}

PCSIM_WIRE_MODEL(ReservationSummary) {
    v.required("id", x.id);
    v.required("name", x.name);
    v.required("type", x.type);
    v.nullable("tags", x.tags);
    v.required("properties", x.properties);
}

PCSIM_WIRE_MODEL(ReservationDetailProperties) {
    v.required("reservationOrderId", x.reservationOrderId);
    v.required("reservationId", x.reservationId);
    v.required("skuName", x.skuName);
    v.required("reservedHours", x.reservedHours);
    v.required("usageDate", x.usageDate);
    v.required("usedHours", x.usedHours);
    v.required("instanceId", x.instanceId);
    v.required("totalReservedQuantity", x.totalReservedQuantity);
    v.required("instanceFlexibilityGroup", x.instanceFlexibilityGroup);
    v.required("instanceFlexibilityRatio", x.instanceFlexibilityRatio);
    v.required("kind", x.kind);
}

PCSIM_WIRE_MODEL(ReservationDetail) {
    v.required("id", x.id);
    v.required("name", x.name);
    v.required("type", x.type);
    v.nullable("tags", x.tags);
    v.required("properties", x.properties);
}

PCSIM_WIRE_MODEL(SkuProperty) {
    v.required("name", x.name);
    v.required("value", x.value);
}

PCSIM_WIRE_MODEL(RecommendationProperties) {
    v.required("lookBackPeriod", x.lookBackPeriod);
    v.required("instanceFlexibilityRatio", x.instanceFlexibilityRatio);
    v.required("instanceFlexibilityGroup", x.instanceFlexibilityGroup);
    v.required("normalizedSize", x.normalizedSize);
    v.required("recommendedQuantityNormalized", x.recommendedQuantityNormalized);
    v.required("resourceType", x.resourceType);
    v.required("term", x.term);
    v.required("costWithNoReservedInstances", x.costWithNoReservedInstances);
    v.required("recommendedQuantity", x.recommendedQuantity);
    v.required("totalCostWithReservedInstances", x.totalCostWithReservedInstances);
    v.required("netSavings", x.netSavings);
    v.required("firstUsageDate", x.firstUsageDate);
    v.required("scope", x.scope);
    v.optional("subscriptionId", x.subscriptionId);
    v.required("skuProperties", x.skuProperties);
}

PCSIM_WIRE_MODEL(ReservationRecommendation) {
    v.required("id", x.id);
    v.required("name", x.name);
    v.required("type", x.type);
    v.required("location", x.location);
    v.required("sku", x.sku);
    v.required("kind", x.kind);
    v.required("properties", x.properties);
}

PCSIM_WIRE_MODEL(ReservationSummaryList) { v.required("value", x.value); }
PCSIM_WIRE_MODEL(ReservationDetailList) { v.required("value", x.value); }
PCSIM_WIRE_MODEL(ReservationRecommendationList) { v.required("value", x.value); }
PCSIM_WIRE_MODEL(ArmReservationList) { v.required("value", x.value); }

}  // namespace pcsim::http
