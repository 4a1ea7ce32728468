#include "gen/world_spec.hpp"

#include <cstdio>

#include "partnercenter/text.hpp"
#include "sim/catalog.hpp"

namespace pcsim::properties {
namespace {

std::string guidOf(unsigned kind, std::size_t a, std::size_t b) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08x-0000-4000-8000-%06zx%06zx", kind, a % 0x1000000, b % 0x1000000);
    return buf;
}

template <class Items>
void showList(std::ostream& os, const char* name, const Items& items) {
    os << "\n  " << name << ":";
    for (std::size_t i = 0; i < items.size(); ++i) {
        os << "\n    [" << i << "] ";
        showValue(items[i], os);
    }
}

}  // namespace

std::string skuId(std::size_t sku) { return "0S" + std::string(1, char('0' + sku / 10 % 10)) + char('0' + sku % 10); }

std::string availabilityId(std::size_t sku, std::size_t availability) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "DZH318AV%02zu%02zu", sku % 100, availability % 100);
    return buf;
}

std::string catalogItemId(const ItemRef& item) {
    return kProductId + ":" + skuId(item.sku) + ":" + availabilityId(item.sku, item.availability);
}

std::string customerId(std::size_t customer) { return guidOf(0xc0570e00, customer, 0); }
std::string subscriptionId(std::size_t customer, std::size_t subscription) {
    return partnercenter::text::toUpper(guidOf(0x5b5c0000, customer, subscription));
}
std::string azureSubscriptionId(std::size_t customer, std::size_t subscription) {
    return guidOf(0xa2b50000, customer, subscription);
}

std::vector<ItemRef> catalogItems(const WorldSpec& world) {
    std::vector<ItemRef> items;
    for (std::size_t s = 0; s < world.skus.size(); ++s)
        for (std::size_t a = 0; a < world.skus[s].availabilities.size(); ++a) items.push_back({s, a});
    return items;
}

const AvailabilitySpec& availabilityOf(const WorldSpec& world, const ItemRef& item) {
    return world.skus.at(item.sku).availabilities.at(item.availability);
}

bool isAzureOffer(Offer offer) { return offer != Offer::office; }

bool subscriptionMayBuy(const SubscriptionSpec& subscription, const SkuSpec& sku) {
    return subscription.status == sim::SubscriptionStatus::active && isAzureOffer(subscription.offer) &&
           (!sku.requiresRegistration || subscription.registration == sim::RegistrationState::registered);
}

std::ostream& operator<<(std::ostream& os, Offer offer) {
    switch (offer) {
        case Offer::azure: return os << "MS-AZR-0145P";
        case Offer::azurePlan: return os << "AzurePlan";
        case Offer::office: return os << "Office365";
    }
    return os;
}

void showValue(const AvailabilitySpec& value, std::ostream& os) {
    os << value.term << " " << value.priceCents / 100 << "." << (value.priceCents % 100 < 10 ? "0" : "")
       << value.priceCents % 100 << (value.purchasable ? "" : " NOT purchasable")
       << (value.azurePlanOnly ? " AzurePlan only" : "");
}

void showValue(const SkuSpec& value, std::ostream& os) {
    os << kSkuSizes[value.size].armSkuName << " in " << kRegions[value.region] << ", quantity " << value.minimumQuantity
       << ".." << value.maximumQuantity << (value.requiresRegistration ? ", needs registration" : "")
       << (value.requiresInventoryCheck ? ", needs inventory check" : "") << ", availabilities {";
    for (std::size_t i = 0; i < value.availabilities.size(); ++i) {
        os << (i ? "; " : "");
        showValue(value.availabilities[i], os);
    }
    os << "}";
}

void showValue(const SubscriptionSpec& value, std::ostream& os) {
    os << sim::toString(value.status) << ", " << sim::toString(value.registration) << ", " << value.offer;
    if (value.vcpuQuota) os << ", quota " << *value.vcpuQuota << " vCPUs";
}

void showValue(const CustomerSpec& value, std::ostream& os) {
    os << "subscriptions {";
    for (std::size_t i = 0; i < value.subscriptions.size(); ++i) {
        os << (i ? "; " : "") << i << ": ";
        showValue(value.subscriptions[i], os);
    }
    os << "}";
    if (value.restrictedRegion) os << ", inventory restricted in " << kRegions[*value.restrictedRegion];
}

void showValue(const WorldSpec& value, std::ostream& os) {
    os << "world (" << value.currency << ", registration delay " << value.registrationDelaySeconds
       << " s, provisioning delay " << value.provisioningDelaySeconds << " s)";
    showList(os, "skus", value.skus);
    showList(os, "customers", value.customers);
}

}  // namespace pcsim::properties
