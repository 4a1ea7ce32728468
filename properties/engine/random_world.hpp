#pragma once
// Random worlds for the engine properties, with an oracle that knows — independently of the engine —
// what each VM uses in an hour and which reservations may cover it (contract §6 notation: u(v,h),
// elig(r,v,h), cap(r)). Worlds start at midnight; the properties look at the first three hours, and
// VM windows fall inside them so that usage varies from hour to hour and within hours.
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include <rapidcheck.h>

#include "engine/engine_world.hpp"

namespace pcsim::properties {

using namespace pcsim::testing;
using sim::engine::HourIndex;

inline constexpr int kHours = 3;  // hours 0..2 after midnight are observed
inline constexpr double kTolerance = 1e-6;

struct RandomVm {
    int customer = 0;
    int subscription = 0;
    int resourceGroup = 0;
    int region = 0;
    std::string size;
    int count = 1;
    bool always = true;
    int startMinute = 0;  // window [start, end) minutes after midnight, when not always
    int endMinute = 0;
    bool spot = false;
    std::string id;
};

struct RandomReservation {
    int customer = 0;
    std::string size;
    int region = 0;
    std::int64_t quantity = 1;
    int tier = 2;  // 0 resource group, 1 subscription, 2 shared
    int subscription = 0;
    int resourceGroup = 0;
    bool flexible = true;
    int effectiveMinute = 0;  // after midnight; negative: bought earlier
    bool expiring = false;    // bought a year earlier: expires at effectiveMinute
    std::string state = "Succeeded";
};

struct RandomWorld {
    std::vector<std::vector<bool>> eligibleOffer;  // [customer][subscription]
    std::vector<RandomVm> vms;
    std::vector<RandomReservation> reservations;
    bool cascade = true;
    double ratioScale = 1;  // every ratio × this (sold through a catalog), for ISF scale invariance
};

// What a generated world may contain. The "clean" kind — flexible, Succeeded, eligible, cascading —
// is the one where narrow-first greedy filling is an optimal allocation (scopes nest), which the
// monotonicity invariants need.
struct Variety {
    bool exactSize = true;
    bool states = true;
    bool ineligibleOffers = true;
    bool spot = true;
    bool cascadeOff = true;
};

const std::vector<std::string>& sizePool();
std::string groupOf(const std::string& size);
double tableRatio(const std::string& size);
std::string regionName(int region);
std::string subscriptionId(int customer, int subscription);
std::string resourceGroupName(int resourceGroup);
const std::string& customerIdOf(int customer);

RandomWorld genRandomWorld(const Variety& variety = {});

struct BuiltWorld {
    std::unique_ptr<sim::World> world;
    std::vector<std::string> reservationIds;  // by index in RandomWorld::reservations
};
// Builds the world; reservations are placed with the given scale applied to their ratio.
BuiltWorld build(const RandomWorld& spec);

// ---- the oracle -------------------------------------------------------------------------------
double usage(const RandomWorld& spec, const RandomVm& vm, int hour);   // u(v,h), all instances
double capacity(const RandomWorld& spec, const RandomReservation& r);  // cap(r)
bool active(const RandomReservation& r, int hour);
bool inScope(const RandomWorld& spec, const RandomReservation& r, const RandomVm& vm);  // scope + offer
bool attributesMatch(const RandomReservation& r, const RandomVm& vm);                   // region, group/size, Spot
bool eligible(const RandomWorld& spec, const RandomReservation& r, const RandomVm& vm, int hour);

// ---- what the engine did, read from its coverage report -----------------------------------------
struct Observed {
    std::map<std::pair<int, int>, double> used;          // (vm, hour)
    std::map<std::pair<int, int>, double> covered;       // (vm, hour)
    std::map<std::tuple<int, int, int>, double> shares;  // (reservation, vm, hour)
    std::map<std::pair<int, int>, double> applied;       // (reservation, hour): Σ_v a(r,v,h)
};
Observed observe(const RandomWorld& spec, const BuiltWorld& built, int hours = kHours);
double totalCovered(const Observed& observed, int hour);
// For RC_CLASSIFY: a soundness property holds trivially when the engine covered nothing.
bool coveredNothing(const Observed& observed);

}  // namespace pcsim::properties
