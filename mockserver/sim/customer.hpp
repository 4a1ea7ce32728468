#pragma once
// Customers of the partner, their Azure subscriptions and the VMs running in them.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sim/time.hpp"

namespace pcsim::sim {

enum class SubscriptionStatus { active, suspended, deleted, expired, pending, disabled };
enum class RegistrationState { notregistered, registering, registered };

std::string toString(SubscriptionStatus status);
std::string toString(RegistrationState state);
std::optional<SubscriptionStatus> parseSubscriptionStatus(std::string_view text);
std::optional<RegistrationState> parseRegistrationState(std::string_view text);

// When a VM runs, each simulated day: all day, never, or a daily window in UTC.
struct RunSchedule {
    enum class Kind { always, off, window } kind = Kind::always;
    int startMinute = 0;  // minutes after midnight, for `window`
    int endMinute = 0;    // exclusive; may be < startMinute for a window across midnight
    bool operator==(const RunSchedule&) const = default;
};

struct Vm {
    std::string id;  // unique within the subscription
    std::string resourceGroup;
    std::string region;  // armRegionName
    std::string size;    // armSkuName, e.g. Standard_D2s_v3
    int count = 1;       // identical instances
    RunSchedule hours;
    bool spot = false;
    bool operator==(const Vm&) const = default;
};

struct Subscription {
    std::string id;                   // Partner Center subscription id
    std::string azureSubscriptionId;  // the Azure (entitlement) id, used in reservation scopes
    std::string offerId = "MS-AZR-0145P";
    std::string offerName = "Microsoft Azure";
    std::string friendlyName;
    SubscriptionStatus status = SubscriptionStatus::active;
    RegistrationState registration = RegistrationState::notregistered;
    std::optional<Timestamp> registrationCompletesAt;  // while `registering`
    std::map<std::string, int> vcpuQuota;              // ISF group → vCPUs available to single scope
    std::vector<Vm> vms;
    Timestamp creationDate{};

    bool isAzure() const;      // MS-AZR-0145P and other Azure offers, or the Azure plan
    bool isAzurePlan() const;  // DZH318Z0BPS6
    // The registration state as of `now`: `registering` turns `registered` once its delay has passed.
    RegistrationState registrationAt(Timestamp now) const;
};

struct InventoryRestriction {
    std::string armRegionName;  // the region the restriction applies to ("" = every region)
    std::string reasonCode = "NotAvailableForSubscription";
    std::string skuArmName;  // optional: restrict only this size ("" = every size)
};

struct Customer {
    std::string id;  // tenant id (GUID)
    std::string commerceId;
    std::string companyName;
    std::string domain;
    std::string country = "US";
    std::string relationshipToPartner = "reseller";
    std::vector<Subscription> subscriptions;
    std::vector<InventoryRestriction> inventoryRestrictions;

    Subscription* findSubscription(std::string_view subscriptionId);
    const Subscription* findSubscription(std::string_view subscriptionId) const;
    const Subscription* findByAzureSubscriptionId(std::string_view azureSubscriptionId) const;
};

}  // namespace pcsim::sim
