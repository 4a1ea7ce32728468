#pragma once
// GET /_pcsim/customers/{customerId}/coverage: per VM and hour (or day), the normalized units used,
// which reservations covered how many, and what was left at pay-as-you-go.
#include <string>
#include <vector>

#include "http/wire/fields.hpp"

namespace pcsim::http {

struct CoverageShareDocument {
    std::string reservationOrderId;
    std::string reservationId;
    double units = 0;
};

struct CoverageRowDocument {
    std::string period;
    std::string subscriptionId;
    std::string azureSubscriptionId;
    std::string resourceGroup;
    std::string vmId;
    std::string size;
    int count = 0;
    bool spot = false;
    double usedUnits = 0;
    double coveredUnits = 0;
    double payAsYouGoUnits = 0;
    std::vector<CoverageShareDocument> coveredBy;
};

struct CoverageTotals {
    double usedUnits = 0;
    double coveredUnits = 0;
    double payAsYouGoUnits = 0;
};

struct CoverageReport {
    std::string customerId;
    std::string grain;  // hour | day
    std::string from;
    std::string to;
    std::string appliedUntil;
    std::string unit;
    CoverageTotals totals;
    std::vector<CoverageRowDocument> rows;
};

PCSIM_WIRE_DECLARE_JSON(CoverageShareDocument);
PCSIM_WIRE_DECLARE_JSON(CoverageRowDocument);
PCSIM_WIRE_DECLARE_JSON(CoverageTotals);
PCSIM_WIRE_DECLARE_JSON(CoverageReport);

}  // namespace pcsim::http
