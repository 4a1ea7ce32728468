#pragma once
// A small world for the sim tests: a frozen clock, a catalog of three reservation SKUs, and customers
// with a subscription in each state a rule cares about. Tests tweak the Scenario, then build().
#include <memory>
#include <stdexcept>
#include <string>

#include "partnercenter/text.hpp"
#include "sim/carts.hpp"
#include "sim/checkout.hpp"
#include "sim/world.hpp"

namespace pcsim::testing {

using namespace pcsim::sim;
using partnercenter::text::toLower;
using partnercenter::text::toUpper;

// Customers
inline const std::string fabrikam = "4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55";
inline const std::string contoso = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
// Fabrikam's subscriptions
inline const std::string subRegistered = "2E6B0F4A-9C1D-4B7E-8F3A-5D2C1B0A9E87";  // DSv3 quota 8 vCPUs
inline const std::string subRegisteredAzureId = "0f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19";
inline const std::string subUnregistered = "3A7C1E2B-0D4F-4A6E-9B8C-7D6E5F4A3B21";
inline const std::string subSuspended = "4B8D2F3C-1E5A-4B7F-8C9D-8E7F6A5B4C32";
inline const std::string subOffice = "5C9E3A4D-2F6B-4C8A-9DAE-9F8A7B6C5D43";  // not an Azure offer
inline const std::string subAzurePlan = "6DAF4B5E-3A7C-4D9B-8EBF-AA9B8C7D6E54";
// Contoso's subscription
inline const std::string contosoSub = "7EBA5C6F-4B8D-4EAC-9FCA-BBAC9D8E7F65";

// Catalog: D4s_v3 in eastus2 (1, 3 and 5 years), D2s_v3 in westus (restricted for Fabrikam), and
// B1s in eastus (no purchase prerequisites; the integration sandbox's SKU).
inline const std::string dsv3Product = "DZH318Z0BQ3Q";
inline const std::string d4s1y = "DZH318Z0BQ3Q:00G1:DZH318XZXK7M";
inline const std::string d4s3y = "DZH318Z0BQ3Q:00G1:DZH318XZXK7N";
inline const std::string d4s5y = "DZH318Z0BQ3Q:00G1:DZH318XZXK7P";
inline const std::string d4sAzurePlan1y = "DZH318Z0BQ3Q:00G1:DZH318XZXK7Q";  // reservationScope AzurePlan
inline const std::string d2s1y = "DZH318Z0BQ3Q:00G2:DZH318XZXL1A";
inline const std::string d2sRetired = "DZH318Z0BQ3Q:00G2:DZH318XZXL1B";  // not purchasable
inline const std::string b1s1y = "DZH318Z0BQ4R:00B1:DZH318XZXM2A";
inline const std::string b1s3y = "DZH318Z0BQ4R:00B1:DZH318XZXM2B";
inline constexpr double d4s1yPrice = 1051.20;
inline constexpr double b1s1yPrice = 40.00;

inline Timestamp at(std::string_view iso) { return *parseTimestamp(iso); }
inline const Timestamp start = at("2026-01-05T09:00:00Z");

inline Subscription subscription(std::string id, SubscriptionStatus status, RegistrationState registration,
                                 std::string offerId = "MS-AZR-0145P") {
    Subscription s;
    s.id = std::move(id);
    s.azureSubscriptionId = toLower(s.id);
    s.offerId = std::move(offerId);
    s.friendlyName = "sub " + s.id.substr(0, 4);
    s.status = status;
    s.registration = registration;
    return s;
}

inline Customer customer(std::string id, std::string companyName, std::string domain) {
    Customer c;
    c.id = std::move(id);
    c.commerceId = c.id;
    c.companyName = std::move(companyName);
    c.domain = std::move(domain);
    return c;
}

inline Availability availability(std::string id, std::string term, double price, bool purchasable = true) {
    Availability a;
    a.id = std::move(id);
    a.term = std::move(term);
    a.price = price;
    a.isPurchasable = purchasable;
    return a;
}

inline std::shared_ptr<const Catalog> standardCatalog() {
    Sku d4s;
    d4s.id = "00G1";
    d4s.productId = dsv3Product;
    d4s.title = "Reserved VM Instance, Standard_D4s_v3, US East 2";
    d4s.armSkuName = "Standard_D4s_v3";
    d4s.armRegionName = "eastus2";
    d4s.region = "US East 2";
    d4s.cores = 4;
    d4s.isfGroup = "DSv3 Series";
    d4s.isfRatio = 4;
    d4s.availabilities = {availability("DZH318XZXK7M", "P1Y", d4s1yPrice), availability("DZH318XZXK7N", "P3Y", 2014.80),
                          availability("DZH318XZXK7P", "P5Y", 3100.00),
                          availability("DZH318XZXK7Q", "P1Y", d4s1yPrice)};
    d4s.availabilities.back().reservationScope = "AzurePlan";
    Sku d2s = d4s;
    d2s.id = "00G2";
    d2s.title = "Reserved VM Instance, Standard_D2s_v3, US West";
    d2s.armSkuName = "Standard_D2s_v3";
    d2s.armRegionName = "westus";
    d2s.region = "US West";
    d2s.cores = 2;
    d2s.isfRatio = 2;
    d2s.availabilities = {availability("DZH318XZXL1A", "P1Y", 525.60),
                          availability("DZH318XZXL1B", "P1Y", 500.00, false)};
    Sku b1s;
    b1s.id = "00B1";
    b1s.productId = "DZH318Z0BQ4R";
    b1s.title = "Reserved VM Instance, Standard_B1s, US East";
    b1s.armSkuName = "Standard_B1s";
    b1s.armRegionName = "eastus";
    b1s.region = "US East";
    b1s.cores = 1;
    b1s.isfGroup = "BS Series";
    b1s.maximumQuantity = 10;
    b1s.purchasePrerequisites = {};
    b1s.availabilities = {availability("DZH318XZXM2A", "P1Y", b1s1yPrice), availability("DZH318XZXM2B", "P3Y", 90.00)};

    Product dsv3{dsv3Product, "Virtual Machines DSv3 Series", "", {"AzureReservationsVM"}, "Azure", "VirtualMachines",
                 {d4s, d2s}};
    Product bs{"DZH318Z0BQ4R", "Virtual Machines BS Series", "", {"AzureReservationsVM"}, "Azure", "VirtualMachines",
               {b1s}};
    return std::make_shared<const Catalog>("US", "USD", "$", std::vector<Product>{dsv3, bs});
}

class WorldBuilder {
public:
    WorldBuilder() {
        scenario_.name = "sim-tests";
        scenario_.seed = 7;
        scenario_.clockStart = start;
        scenario_.clockMode = ClockMode::frozen;
        scenario_.partner.tenantId = "7c1e2d3f-0000-4000-8000-000000000001";
        scenario_.catalog = standardCatalog();

        Customer f = customer(fabrikam, "Fabrikam Test Ltd", "fabrikamtest.onmicrosoft.com");
        Subscription registered =
            subscription(subRegistered, SubscriptionStatus::active, RegistrationState::registered);
        registered.azureSubscriptionId = subRegisteredAzureId;
        registered.vcpuQuota = {{"DSv3 Series", 8}};
        f.subscriptions = {
            registered, subscription(subUnregistered, SubscriptionStatus::active, RegistrationState::notregistered),
            subscription(subSuspended, SubscriptionStatus::suspended, RegistrationState::registered),
            subscription(subOffice, SubscriptionStatus::active, RegistrationState::notregistered, "CFQ7TTC0LH18:0001"),
            subscription(subAzurePlan, SubscriptionStatus::active, RegistrationState::registered, "DZH318Z0BPS6:0001")};
        f.inventoryRestrictions = {{"westus", "NotAvailableForSubscription", ""}};

        Customer c = customer(contoso, "Contoso Ltd", "contoso.onmicrosoft.com");
        c.subscriptions = {subscription(contosoSub, SubscriptionStatus::active, RegistrationState::registered)};
        scenario_.customers = {f, c};
    }

    Scenario& scenario() { return scenario_; }
    Customer& customerAt(std::size_t index) { return scenario_.customers.at(index); }
    WorldBuilder& sandbox() { return scenario_.partner.integrationSandbox = true, *this; }
    WorldBuilder& registrationDelaySeconds(std::int64_t s) {
        return scenario_.behaviour.registrationDelaySeconds = s, *this;
    }
    WorldBuilder& provisioningDelaySeconds(std::int64_t s) {
        return scenario_.behaviour.provisioningDelaySeconds = s, *this;
    }

    std::unique_ptr<World> build() const {
        return std::make_unique<World>(std::make_shared<const Scenario>(scenario_));
    }

private:
    Scenario scenario_;
};

// A reservation line as a client sends it: termDuration plus the RI provisioning context.
inline CartLineInput riLine(std::string catalogItemId, std::int64_t quantity, std::string subscriptionId,
                            std::string scope = "shared", std::string termDuration = "P1Y") {
    CartLineInput line;
    line.catalogItemId = std::move(catalogItemId);
    line.friendlyName = "test line";
    line.quantity = quantity;
    line.billingCycle = "one_time";
    line.termDuration = std::move(termDuration);
    line.provisioningContext = {{"subscriptionId", std::move(subscriptionId)}, {"scope", std::move(scope)}};
    return line;
}

inline CartInput cartOf(std::vector<CartLineInput> lines) { return CartInput{std::move(lines)}; }

inline const std::string testUser = "11111111-2222-4333-8444-555555555555";

// Helpers for tests whose subject comes after a successful purchase: any failure on the way is an
// exception, which GoogleTest reports as a failure of the test.
inline Cart createOrThrow(World& world, const std::string& customerId, const CartInput& input) {
    auto cart = createCart(world, customerId, input, testUser);
    if (!cart) throw std::runtime_error("createCart failed: " + cart.error().description);
    return *cart;
}

inline CheckoutResult buyOrThrow(World& world, const std::string& customerId, const CartInput& input) {
    Cart cart = createOrThrow(world, customerId, input);
    auto result = checkout(world, customerId, cart.id);
    if (!result) throw std::runtime_error("checkout failed: " + result.error().description);
    return *result;
}

inline Order buyOneOrThrow(World& world, const std::string& customerId, const CartInput& input) {
    return buyOrThrow(world, customerId, input).orders.at(0);
}

}  // namespace pcsim::testing
