#pragma once
// Microsoft.Consumption as pcsim answers it (Azure/azure-rest-api-specs, consumption 2023-05-01):
// reservation summaries and details (one resource per reservation and day, or per VM instance) and
// legacy reservation recommendations, each list {"value": [...]}; and the Capacity lists.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "http/wire/capacity_documents.hpp"
#include "http/wire/fields.hpp"

namespace pcsim::http {

struct ReservationSummaryProperties {
    std::string reservationOrderId;
    std::string reservationId;
    std::string skuName;
    double reservedHours = 0;
    std::string usageDate;
    double usedHours = 0;
    double minUtilizationPercentage = 0;
    double avgUtilizationPercentage = 0;
    double maxUtilizationPercentage = 0;
    std::string kind = "Reservation";
};

struct ReservationSummary {
    std::string id;
    std::string name;
    std::string type = "Microsoft.Consumption/reservationSummaries";
    std::optional<std::string> tags;  // always null
    ReservationSummaryProperties properties;
};

struct ReservationDetailProperties {
    std::string reservationOrderId;
    std::string reservationId;
    std::string skuName;
    double reservedHours = 0;
    std::string usageDate;
    double usedHours = 0;
    std::string instanceId;
    std::int64_t totalReservedQuantity = 0;
    std::string instanceFlexibilityGroup;
    double instanceFlexibilityRatio = 0;
    std::string kind = "Reservation";
};

struct ReservationDetail {
    std::string id;
    std::string name;
    std::string type = "Microsoft.Consumption/reservationDetails";
    std::optional<std::string> tags;  // always null
    ReservationDetailProperties properties;
};

struct SkuProperty {
    std::string name;
    std::string value;
};

struct RecommendationProperties {
    std::string lookBackPeriod;
    double instanceFlexibilityRatio = 1;
    std::string instanceFlexibilityGroup;
    std::string normalizedSize;
    double recommendedQuantityNormalized = 0;
    std::string resourceType = "virtualmachines";
    std::string term;
    double costWithNoReservedInstances = 0;
    std::int64_t recommendedQuantity = 0;
    double totalCostWithReservedInstances = 0;
    double netSavings = 0;
    std::string firstUsageDate;
    std::string scope;                          // Single | Shared
    std::optional<std::string> subscriptionId;  // Single only
    std::vector<SkuProperty> skuProperties;
};

struct ReservationRecommendation {
    std::string id;
    std::string name;
    std::string type = "Microsoft.Consumption/reservationRecommendations";
    std::string location;
    std::string sku;
    std::string kind = "legacy";
    RecommendationProperties properties;
};

struct ReservationSummaryList {
    std::vector<ReservationSummary> value;
};
struct ReservationDetailList {
    std::vector<ReservationDetail> value;
};
struct ReservationRecommendationList {
    std::vector<ReservationRecommendation> value;
};
struct ArmReservationList {
    std::vector<ArmReservation> value;
};

PCSIM_WIRE_DECLARE_JSON(ReservationSummaryProperties);
PCSIM_WIRE_DECLARE_JSON(ReservationSummary);
PCSIM_WIRE_DECLARE_JSON(ReservationDetailProperties);
PCSIM_WIRE_DECLARE_JSON(ReservationDetail);
PCSIM_WIRE_DECLARE_JSON(SkuProperty);
PCSIM_WIRE_DECLARE_JSON(RecommendationProperties);
PCSIM_WIRE_DECLARE_JSON(ReservationRecommendation);
PCSIM_WIRE_DECLARE_JSON(ReservationSummaryList);
PCSIM_WIRE_DECLARE_JSON(ReservationDetailList);
PCSIM_WIRE_DECLARE_JSON(ReservationRecommendationList);
PCSIM_WIRE_DECLARE_JSON(ArmReservationList);

}  // namespace pcsim::http
