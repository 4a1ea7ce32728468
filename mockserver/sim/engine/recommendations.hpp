#pragma once
// Reservation purchase recommendations, the seed's "VM sizing for maximum reservation usage"
// (contract azure-reservations §5.3): for every pool of usage a reservation could cover — a region
// and ISF group, within one subscription (Single) or across the customer (Shared) — take the look-back
// window's hourly usage left at pay-as-you-go after the existing reservations, simulate each candidate
// quantity of the group's smallest size sold in the region, and recommend the quantity that saves
// the most. Usage too intermittent to save anything gets no recommendation.
//
// The usage is the ledger's for the hours the engine has applied; hours of the window before the
// simulation started are taken from the VMs as they are now, running on their schedules, with no
// reservation (none could exist then).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sim/engine/arm_result.hpp"
#include "sim/engine/hours.hpp"
#include "sim/world.hpp"

namespace pcsim::sim::engine {

enum class RecommendationScope { single, shared };

struct RecommendationRequest {
    std::string customerId;
    RecommendationScope scope = RecommendationScope::single;
    int lookBackDays = 7;      // 7, 30 or 60
    std::string term = "P1Y";  // P1Y, P3Y, P5Y
    // Single: recommend for this subscription only. Shared: ignored (the scope is the customer).
    std::optional<std::string> azureSubscriptionId;
};

struct Recommendation {
    RecommendationScope scope = RecommendationScope::single;
    std::string azureSubscriptionId;  // Single only
    std::string region;
    std::string armSkuName;      // the recommended size
    std::string normalizedSize;  // the group's smallest size (the unit of the normalized quantity)
    std::string instanceFlexibilityGroup;
    double instanceFlexibilityRatio = 1;  // the recommended size's ratio ÷ the smallest size's
    int cores = 0;
    double ramGb = 0;
    std::string term;
    int lookBackDays = 7;
    std::int64_t recommendedQuantity = 0;
    double recommendedQuantityNormalized = 0;
    // Over the look-back window, in the catalog currency.
    double costWithNoReservedInstances = 0;
    double totalCostWithReservedInstances = 0;
    double netSavings = 0;
    HourIndex firstUsageHour = 0;
    double payAsYouGoHourly = 0;       // per instance of the recommended size
    bool payAsYouGoDefaulted = false;  // the SKU gives no payAsYouGoHourly: derived from its price
};

// Callers catch the engine up first. 404 when the customer does not exist.
ArmResult<std::vector<Recommendation>> recommendReservations(World& world, const RecommendationRequest& request);

// The on-demand price per instance-hour of a SKU: its payAsYouGoHourly, or when absent the inverse of
// the catalog generator's pricing rule — a 1-year reservation costs 60 % of a year on demand (3-year:
// 40 % of three years; 5-year: 35 % of five). nullopt when the SKU has neither.
std::optional<double> payAsYouGoHourly(const Sku& sku);

}  // namespace pcsim::sim::engine
