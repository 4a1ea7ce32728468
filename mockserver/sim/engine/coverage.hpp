#pragma once
// The QA view of the ledger: for each VM entry and hour (or day), the units it used, which
// reservations covered how many of them, and what was left at pay-as-you-go. Units are normalized
// ISF units: a VM of ratio r running a fraction f of an hour uses r·f per instance.
#include <string>
#include <string_view>
#include <vector>

#include "sim/engine/hours.hpp"
#include "sim/world.hpp"

namespace pcsim::sim::engine {

enum class CoverageGrain { hour, day };

struct CoverageShare {
    std::string reservationOrderId;
    std::string reservationId;
    double units = 0;
};

struct CoverageRow {
    HourIndex periodStart = 0;
    std::string customerId;
    std::string subscriptionId;  // Partner Center id
    std::string azureSubscriptionId;
    std::string resourceGroup;
    std::string vmId;
    std::string size;
    int count = 1;
    bool spot = false;
    double usedUnits = 0;
    double coveredUnits = 0;
    double payAsYouGoUnits = 0;
    std::vector<CoverageShare> coveredBy;  // in application order
};

// Hours [from, to) of the customer's VMs ("" = every customer), in period order, then by Azure
// subscription, resource group and VM id. A VM resized within a period has one row per size.
std::vector<CoverageRow> coverage(const World& world, std::string_view customerId, HourIndex from, HourIndex to,
                                  CoverageGrain grain);

}  // namespace pcsim::sim::engine
