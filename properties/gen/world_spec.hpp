#pragma once
// A small simulated world as plain data: what the world generators produce, what a counterexample
// shows, and what buildWorld() (world_build.hpp) turns into a sim::World. Ids are derived from
// positions, so that a shrunk world reads as "customer 0, subscription 1, SKU 0".
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "sim/customer.hpp"

namespace pcsim::properties {

// The VM sizes and regions generated SKUs are drawn from.
struct SkuSize {
    const char* armSkuName;
    const char* isfGroup;
    int cores;
    double isfRatio;
};
inline constexpr SkuSize kSkuSizes[] = {{"Standard_D2s_v3", "DSv3 Series", 2, 2},
                                        {"Standard_D4s_v3", "DSv3 Series", 4, 4},
                                        {"Standard_B1s", "BS Series", 1, 0.5},
                                        {"Standard_E2s_v3", "ESv3 Series", 2, 2}};
inline constexpr const char* kRegions[] = {"eastus", "westus"};
inline constexpr const char* kTerms[] = {"P1Y", "P3Y", "P5Y"};

struct AvailabilitySpec {
    std::string term = "P1Y";     // P1Y / P3Y / P5Y
    std::int64_t priceCents = 0;  // per instance, whole term
    bool purchasable = true;
};

struct SkuSpec {
    int size = 0;    // index into kSkuSizes
    int region = 0;  // index into kRegions
    std::int64_t minimumQuantity = 1;
    std::int64_t maximumQuantity = 1;
    bool requiresRegistration = true;              // purchase prerequisite AzureSubscriptionRegistration
    bool requiresInventoryCheck = true;            // purchase prerequisite InventoryCheck
    std::vector<AvailabilitySpec> availabilities;  // at least one
};

enum class Offer { azure, azurePlan, office };  // MS-AZR-0145P, the Azure plan, a non-Azure offer

struct SubscriptionSpec {
    sim::SubscriptionStatus status = sim::SubscriptionStatus::active;
    sim::RegistrationState registration = sim::RegistrationState::registered;
    Offer offer = Offer::azure;
    std::optional<int> vcpuQuota;  // vCPUs in every ISF group, for single-scope purchases
};

struct CustomerSpec {
    std::vector<SubscriptionSpec> subscriptions;  // at least one
    std::optional<int> restrictedRegion;          // inventory restricted in kRegions[i]
};

struct WorldSpec {
    std::string currency = "USD";
    std::vector<SkuSpec> skus;            // at least one
    std::vector<CustomerSpec> customers;  // at least one
    std::int64_t registrationDelaySeconds = 0;
    std::int64_t provisioningDelaySeconds = 0;
};

// One purchasable thing: an availability of a SKU.
struct ItemRef {
    std::size_t sku = 0;
    std::size_t availability = 0;
};

// ---- ids derived from positions ----------------------------------------------------------------
inline const std::string kProductId = "DZH318Z0BQ00";
std::string skuId(std::size_t sku);                                     // "0S01"
std::string availabilityId(std::size_t sku, std::size_t availability);  // "DZH318AV0102"
std::string catalogItemId(const ItemRef& item);                         // product:sku:availability
std::string customerId(std::size_t customer);
std::string subscriptionId(std::size_t customer, std::size_t subscription);       // upper-case GUID
std::string azureSubscriptionId(std::size_t customer, std::size_t subscription);  // lower-case GUID

// ---- reading a spec ----------------------------------------------------------------------------
std::vector<ItemRef> catalogItems(const WorldSpec& world);  // every (SKU, availability), in order
const AvailabilitySpec& availabilityOf(const WorldSpec& world, const ItemRef& item);
bool isAzureOffer(Offer offer);
// Whether a purchase of this SKU on this subscription passes every subscription rule.
bool subscriptionMayBuy(const SubscriptionSpec& subscription, const SkuSpec& sku);

// ---- showing a spec in a counterexample --------------------------------------------------------
void showValue(const AvailabilitySpec& value, std::ostream& os);
void showValue(const SkuSpec& value, std::ostream& os);
void showValue(const SubscriptionSpec& value, std::ostream& os);
void showValue(const CustomerSpec& value, std::ostream& os);
void showValue(const WorldSpec& value, std::ostream& os);
std::ostream& operator<<(std::ostream& os, Offer offer);

}  // namespace pcsim::properties
