#include "gen/world_build.hpp"

#include "sim/catalog.hpp"

namespace pcsim::properties {
namespace {

const char* currencySymbol(const std::string& code) {
    if (code == "EUR") return "€";
    if (code == "GBP") return "£";
    if (code == "JPY") return "¥";
    return "$";
}

sim::Sku buildSku(const SkuSpec& spec, std::size_t index) {
    const SkuSize& size = kSkuSizes[spec.size];
    sim::Sku sku;
    sku.id = skuId(index);
    sku.productId = kProductId;
    sku.armSkuName = size.armSkuName;
    sku.armRegionName = kRegions[spec.region];
    sku.region = sku.armRegionName;
    sku.title = "Reserved VM Instance, " + sku.armSkuName + ", " + sku.region;
    sku.cores = size.cores;
    sku.isfGroup = size.isfGroup;
    sku.isfRatio = size.isfRatio;
    sku.minimumQuantity = spec.minimumQuantity;
    sku.maximumQuantity = spec.maximumQuantity;
    sku.purchasePrerequisites.clear();
    if (spec.requiresRegistration) sku.purchasePrerequisites.push_back("AzureSubscriptionRegistration");
    if (spec.requiresInventoryCheck) sku.purchasePrerequisites.push_back("InventoryCheck");
    for (std::size_t a = 0; a < spec.availabilities.size(); ++a) {
        const AvailabilitySpec& in = spec.availabilities[a];
        sim::Availability availability;
        availability.id = availabilityId(index, a);
        availability.term = in.term;
        availability.price = double(in.priceCents) / 100.0;
        availability.isPurchasable = in.purchasable;
        if (in.azurePlanOnly) availability.reservationScope = "AzurePlan";
        sku.availabilities.push_back(std::move(availability));
    }
    return sku;
}

sim::Subscription buildSubscription(const SubscriptionSpec& spec, std::size_t customer, std::size_t index) {
    sim::Subscription subscription;
    subscription.id = subscriptionId(customer, index);
    subscription.azureSubscriptionId = azureSubscriptionId(customer, index);
    switch (spec.offer) {
        case Offer::azure: subscription.offerId = "MS-AZR-0145P"; break;
        case Offer::azurePlan: subscription.offerId = "DZH318Z0BPS6:0001"; break;
        case Offer::office: subscription.offerId = "CFQ7TTC0LH18:0001"; break;
    }
    subscription.friendlyName = "subscription " + std::to_string(index);
    subscription.status = spec.status;
    subscription.registration = spec.registration;
    if (spec.registration == sim::RegistrationState::registering)
        subscription.registrationCompletesAt = worldStart() + std::chrono::hours{1};
    if (spec.vcpuQuota)
        for (const SkuSize& size : kSkuSizes) subscription.vcpuQuota[size.isfGroup] = *spec.vcpuQuota;
    subscription.creationDate = worldStart() - std::chrono::days{30};
    return subscription;
}

sim::Customer buildCustomer(const CustomerSpec& spec, std::size_t index) {
    sim::Customer customer;
    customer.id = customerId(index);
    customer.commerceId = customer.id;
    customer.companyName = "Customer " + std::to_string(index);
    customer.domain = "customer" + std::to_string(index) + ".onmicrosoft.com";
    for (std::size_t s = 0; s < spec.subscriptions.size(); ++s)
        customer.subscriptions.push_back(buildSubscription(spec.subscriptions[s], index, s));
    if (spec.restrictedRegion)
        customer.inventoryRestrictions.push_back({kRegions[*spec.restrictedRegion], "NotAvailableForSubscription", ""});
    return customer;
}

}  // namespace

sim::Timestamp worldStart() { return *sim::parseTimestamp("2026-01-05T09:00:00Z"); }

std::shared_ptr<const sim::Scenario> buildScenario(const WorldSpec& spec) {
    auto scenario = std::make_shared<sim::Scenario>();
    scenario->name = "property-world";
    scenario->seed = 1;
    scenario->clockStart = worldStart();
    scenario->clockMode = sim::ClockMode::frozen;
    scenario->partner.tenantId = "7c1e2d3f-0000-4000-8000-000000000001";
    scenario->behaviour.registrationDelaySeconds = spec.registrationDelaySeconds;
    scenario->behaviour.provisioningDelaySeconds = spec.provisioningDelaySeconds;

    sim::Product product;
    product.id = kProductId;
    product.title = "Virtual Machines";
    product.targetViews = {"AzureReservationsVM"};
    for (std::size_t s = 0; s < spec.skus.size(); ++s) product.skus.push_back(buildSku(spec.skus[s], s));
    scenario->catalog = std::make_shared<const sim::Catalog>("US", spec.currency, currencySymbol(spec.currency),
                                                             std::vector<sim::Product>{product});
    for (std::size_t c = 0; c < spec.customers.size(); ++c)
        scenario->customers.push_back(buildCustomer(spec.customers[c], c));
    return scenario;
}

std::unique_ptr<sim::World> buildWorld(const WorldSpec& spec) {
    return std::make_unique<sim::World>(buildScenario(spec));
}

}  // namespace pcsim::properties
