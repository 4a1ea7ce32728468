// What the loader fills in when the file leaves it out, and how given values are applied.
#include <chrono>
#include <regex>
#include <set>

#include "scenario_test_support.hpp"

namespace pcsim::scenario {
namespace {

using testing::loadOk;

bool matches(const std::string& text, const char* pattern) { return std::regex_match(text, std::regex(pattern)); }

constexpr const char* kLowerGuid = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
constexpr const char* kUpperGuid = "[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}";

constexpr std::string_view kNoIds = R"(pcsim: 1
name: ids
seed: 42
partner:
  users: [{ upn: a@b.c, refreshToken: r }]
catalog:
  products:
    - skus:
        - { armSkuName: Standard_D2s_v3, armRegionName: eastus, availabilities: [{ term: P1Y, price: 1 }, { term: P3Y, price: 2 }] }
customers:
  - companyName: First
    subscriptions: [{ status: active }, { status: active }]
  - companyName: Second
)";

TEST(ScenarioDefaults, GeneratedIdsHaveTheServiceFormats) {
    auto scenario = loadOk(kNoIds);
    ASSERT_TRUE(scenario);
    EXPECT_TRUE(matches(scenario->partner.tenantId, kLowerGuid));
    EXPECT_TRUE(matches(scenario->partner.users[0].objectId, kLowerGuid));
    EXPECT_TRUE(matches(scenario->partner.mpnId, "[1-9][0-9]{6}"));
    const auto& product = scenario->catalog->products().at(0);
    EXPECT_TRUE(matches(product.id, "[0-9A-Z]{12}"));
    EXPECT_TRUE(matches(product.skus.at(0).id, "[0-9A-Z]{4}"));
    EXPECT_EQ(product.skus[0].productId, product.id);
    EXPECT_TRUE(matches(product.skus[0].availabilities.at(0).id, "[0-9A-Z]{12}"));
    const auto& customer = scenario->customers.at(0);
    EXPECT_TRUE(matches(customer.id, kLowerGuid));
    EXPECT_TRUE(matches(customer.commerceId, kLowerGuid));
    EXPECT_TRUE(matches(customer.subscriptions.at(0).id, kUpperGuid));
    EXPECT_TRUE(matches(customer.subscriptions[0].azureSubscriptionId, kLowerGuid));
    EXPECT_NE(customer.subscriptions[0].id, customer.subscriptions.at(1).id);
}

TEST(ScenarioDefaults, SameSeedSameIdsOtherSeedOtherIds) {
    auto first = loadOk(kNoIds);
    auto again = loadOk(kNoIds);
    std::string otherSeed(kNoIds);
    otherSeed.replace(otherSeed.find("seed: 42"), 8, "seed: 43");
    auto other = loadOk(otherSeed);
    ASSERT_TRUE(first && again && other);
    EXPECT_EQ(first->customers[0].id, again->customers[0].id);
    EXPECT_EQ(first->customers[1].subscriptions.size(), 0u);
    EXPECT_EQ(first->catalog->products()[0].skus[0].id, again->catalog->products()[0].skus[0].id);
    EXPECT_EQ(first->partner.tenantId, again->partner.tenantId);
    EXPECT_NE(first->customers[0].id, other->customers[0].id);
    EXPECT_NE(first->partner.tenantId, other->partner.tenantId);
    EXPECT_NE(first->catalog->products()[0].id, other->catalog->products()[0].id);
}

TEST(ScenarioDefaults, MissingSeedIsZero) {
    auto withoutSeed = loadOk("pcsim: 1\nname: x\ncustomers: [{ companyName: A }]\n");
    auto seedZero = loadOk("pcsim: 1\nname: x\nseed: 0\ncustomers: [{ companyName: A }]\n");
    ASSERT_TRUE(withoutSeed && seedZero);
    EXPECT_EQ(withoutSeed->seed, 0u);
    EXPECT_EQ(withoutSeed->customers[0].id, seedZero->customers[0].id);
}

// Generated ids are drawn whether or not an id is given, so writing one by hand shifts no other.
TEST(ScenarioDefaults, GivingOneIdKeepsTheOthers) {
    std::string withFirstId(kNoIds);
    withFirstId.replace(withFirstId.find("  - companyName: First"), 22,
                        "  - companyName: First\n    id: 11111111-0000-4000-8000-000000000001");
    auto before = loadOk(kNoIds);
    auto after = loadOk(withFirstId);
    ASSERT_TRUE(before && after);
    EXPECT_EQ(after->customers[0].id, "11111111-0000-4000-8000-000000000001");
    EXPECT_EQ(after->customers[1].id, before->customers[1].id);
    EXPECT_EQ(after->customers[0].subscriptions[0].id, before->customers[0].subscriptions[0].id);
}

TEST(ScenarioDefaults, SkuAttributesComeFromTheTables) {
    auto scenario = loadOk(R"(pcsim: 1
name: x
catalog:
  products:
    - skus:
        - { armSkuName: standard_d4S_V3, armRegionName: EastUS2, availabilities: [{ term: P1Y, price: 1 }] }
        - { armSkuName: Standard_E4s_v3, armRegionName: westeurope, availabilities: [{ term: P1Y, price: 1 }, { term: P3Y, price: 2 }] }
        - { armSkuName: Standard_B1s, armRegionName: moonbase1, availabilities: [] }
)");
    ASSERT_TRUE(scenario);
    const auto& product = scenario->catalog->products()[0];
    EXPECT_EQ(product.title, "Virtual Machines DSv3 Series");
    EXPECT_EQ(product.description, "Reserved virtual machine instances, DSv3 series");
    EXPECT_EQ(product.targetViews, (std::vector<std::string>{"AzureReservations", "AzureReservationsVM"}));
    EXPECT_EQ(product.productTypeId, "Azure");
    EXPECT_EQ(product.productSubTypeId, "VirtualMachines");

    const auto& d4 = product.skus[0];
    EXPECT_EQ(d4.armSkuName, "Standard_D4s_v3");
    EXPECT_EQ(d4.armRegionName, "eastus2");
    EXPECT_EQ(d4.region, "US East 2");
    EXPECT_EQ(d4.title, "Reserved VM Instance, Standard_D4s_v3, US East 2, 1 Year");
    EXPECT_EQ(d4.description, "Reserved Virtual Machines Instance, Standard_D4s_v3, US East 2, 1 Year");
    EXPECT_EQ(d4.cores, 4);
    EXPECT_DOUBLE_EQ(d4.ram, 16);
    EXPECT_EQ(d4.isfGroup, "DSv3 Series");
    EXPECT_DOUBLE_EQ(d4.isfRatio, 4);
    EXPECT_EQ(d4.category, "General purpose");
    EXPECT_EQ(d4.minimumQuantity, 1);
    EXPECT_EQ(d4.maximumQuantity, 999999999);
    EXPECT_TRUE(d4.requiresRegistration());
    EXPECT_TRUE(d4.requiresInventoryCheck());
    EXPECT_FALSE(d4.payAsYouGoHourly);

    const auto& e4 = product.skus[1];
    EXPECT_EQ(e4.region, "EU West");
    EXPECT_EQ(e4.title, "Reserved VM Instance, Standard_E4s_v3, EU West");  // two terms: none in the title
    EXPECT_EQ(e4.category, "Memory optimized");
    EXPECT_DOUBLE_EQ(e4.ram, 32);

    EXPECT_EQ(product.skus[2].region, "moonbase1");  // an unknown region shows its arm name
}

TEST(ScenarioDefaults, ValuesGivenOnASkuWinOverTheTables) {
    auto scenario = loadOk(R"(pcsim: 1
name: x
catalog:
  country: de
  currency: { code: EUR }
  products:
    - id: P
      title: Mine
      targetViews: [AzureReservationsVM]
      productType: { id: AzureX, subType: Other }
      skus:
        - id: S
          title: T
          armSkuName: Standard_D4s_v3
          armRegionName: eastus2
          region: Somewhere
          cores: 5
          ram: 17
          isfGroup: My Group
          isfRatio: 3.5
          category: Compute optimized
          diskType: Hdd
          minimumQuantity: 2
          maximumQuantity: 10
          purchasePrerequisites: []
          payAsYouGoHourly: 0.5
          availabilities:
            - { id: A, term: P5Y, price: 0, isPurchasable: false, reservationScope: azureplan, segment: Education }
)");
    ASSERT_TRUE(scenario);
    const auto& catalog = *scenario->catalog;
    EXPECT_EQ(catalog.country(), "DE");
    EXPECT_EQ(catalog.currencyCode(), "EUR");
    EXPECT_EQ(catalog.currencySymbol(), "€");
    const auto& product = catalog.products()[0];
    EXPECT_EQ(product.title, "Mine");
    EXPECT_EQ(product.productTypeId, "AzureX");
    EXPECT_EQ(product.productSubTypeId, "Other");
    const auto& sku = product.skus[0];
    EXPECT_EQ(sku.title, "T");
    EXPECT_EQ(sku.region, "Somewhere");
    EXPECT_EQ(sku.cores, 5);
    EXPECT_DOUBLE_EQ(sku.ram, 17);
    EXPECT_EQ(sku.isfGroup, "My Group");
    EXPECT_DOUBLE_EQ(sku.isfRatio, 3.5);
    EXPECT_EQ(sku.category, "Compute optimized");
    EXPECT_EQ(sku.diskType, "Hdd");
    EXPECT_EQ(sku.minimumQuantity, 2);
    EXPECT_EQ(sku.maximumQuantity, 10);
    EXPECT_FALSE(sku.requiresRegistration());
    EXPECT_EQ(sku.payAsYouGoHourly, 0.5);
    const auto& availability = sku.availabilities[0];
    EXPECT_EQ(availability.term, "P5Y");
    EXPECT_FALSE(availability.isPurchasable);
    EXPECT_EQ(availability.reservationScope, "AzurePlan");
    EXPECT_EQ(availability.segment, "education");
}

TEST(ScenarioDefaults, ClockDefaultsToNowInRealtime) {
    const auto before = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    auto scenario = loadOk("pcsim: 1\nname: x\n");
    const auto after = std::chrono::system_clock::now();
    ASSERT_TRUE(scenario);
    EXPECT_EQ(scenario->clockMode, sim::ClockMode::realtime);
    EXPECT_GE(scenario->clockStart, before);
    EXPECT_LE(scenario->clockStart, after);
    EXPECT_EQ(scenario->clockStart, std::chrono::floor<std::chrono::seconds>(scenario->clockStart));
}

TEST(ScenarioDefaults, CustomersAndSubscriptions) {
    auto scenario = loadOk(R"(pcsim: 1
name: x
clock: { start: "2026-01-05T09:00:00Z", mode: frozen }
behaviour: { registrationDelaySeconds: 600, provisioningDelaySeconds: 30, cartLifetimeDays: 3, cascadeToBroaderScope: false }
customers:
  - companyName: Fabrikam Test Ltd
    subscriptions:
      - registration: registering
        vcpuQuota: { dsv3 series: 8 }
        vms:
          - { size: d2s_v3, region: EastUS, hours: "08:00-18:00" }
          - { size: Standard_B1s, region: eastus, hours: off, spot: true, count: 2 }
      - offerId: DZH318Z0BPS6:0001
        creationDate: "2025-06-01T00:00:00Z"
    inventoryRestrictions:
      - { armRegionName: WestUS }
      - { armSkuName: d4s_v3, reasonCode: Other }
)");
    ASSERT_TRUE(scenario);
    EXPECT_EQ(scenario->behaviour.provisioningDelaySeconds, 30);
    EXPECT_EQ(scenario->behaviour.cartLifetimeDays, 3);
    EXPECT_FALSE(scenario->behaviour.cascadeToBroaderScope);
    const auto& customer = scenario->customers[0];
    EXPECT_EQ(customer.domain, "fabrikamtestltd.onmicrosoft.com");
    EXPECT_EQ(customer.country, "US");

    const auto& registering = customer.subscriptions[0];
    EXPECT_EQ(registering.status, sim::SubscriptionStatus::active);
    EXPECT_EQ(registering.registration, sim::RegistrationState::registering);
    ASSERT_TRUE(registering.registrationCompletesAt);
    EXPECT_EQ(sim::formatTimestampSeconds(*registering.registrationCompletesAt), "2026-01-05T09:10:00Z");
    EXPECT_EQ(registering.offerId, "MS-AZR-0145P");
    EXPECT_EQ(registering.friendlyName, "Microsoft Azure");
    EXPECT_EQ(sim::formatTimestampSeconds(registering.creationDate), "2025-12-06T09:00:00Z");  // 30 days before start
    EXPECT_EQ(registering.vcpuQuota.at("DSv3 Series"), 8);

    const auto& office = registering.vms[0];
    EXPECT_EQ(office.id, "vm-1");
    EXPECT_EQ(office.size, "Standard_D2s_v3");
    EXPECT_EQ(office.region, "eastus");
    EXPECT_EQ(office.count, 1);
    EXPECT_EQ(office.hours, (sim::RunSchedule{sim::RunSchedule::Kind::window, 8 * 60, 18 * 60}));
    const auto& spot = registering.vms[1];
    EXPECT_EQ(spot.hours.kind, sim::RunSchedule::Kind::off);
    EXPECT_TRUE(spot.spot);
    EXPECT_EQ(spot.count, 2);

    const auto& plan = customer.subscriptions[1];
    EXPECT_TRUE(plan.isAzurePlan());
    EXPECT_EQ(plan.offerName, "Azure plan");
    EXPECT_EQ(plan.registration, sim::RegistrationState::notregistered);
    EXPECT_EQ(sim::formatTimestampSeconds(plan.creationDate), "2025-06-01T00:00:00Z");

    ASSERT_EQ(customer.inventoryRestrictions.size(), 2u);
    EXPECT_EQ(customer.inventoryRestrictions[0].armRegionName, "westus");
    EXPECT_EQ(customer.inventoryRestrictions[0].reasonCode, "NotAvailableForSubscription");
    EXPECT_EQ(customer.inventoryRestrictions[1].skuArmName, "Standard_D4s_v3");
    EXPECT_EQ(customer.inventoryRestrictions[1].reasonCode, "Other");
}

TEST(ScenarioDefaults, DerivedDomainsDoNotCollide) {
    auto scenario = loadOk("pcsim: 1\nname: x\ncustomers: [{ companyName: Acme }, { companyName: ACME }, {}]\n");
    ASSERT_TRUE(scenario);
    EXPECT_EQ(scenario->customers[0].domain, "acme.onmicrosoft.com");
    EXPECT_EQ(scenario->customers[1].domain, "acme2.onmicrosoft.com");
    EXPECT_EQ(scenario->customers[2].companyName, "Customer 3");
}

TEST(ScenarioDefaults, FaultsAndThrottling) {
    auto scenario = loadOk(R"(pcsim: 1
name: x
faults:
  - respond: { delayMs: 300 }
  - name: every-fifth
    match: { method: get, path: "/v1/customers/**" }
    when: { everyNth: 5 }
    respond: { status: 503, code: 900001, description: busy }
  - match: { method: "*" }
    when: { nth: 2 }
    respond: { reset: true }
  - when: { probability: 0.25 }
    respond: { status: 500 }
  - when: { after: 100 }
    respond: { status: 429, retryAfterSeconds: 0 }
throttling:
  - { match: { path: "/v1/customers/*/carts" }, limit: 10 }
  - { limit: 1000, windowSeconds: 3600 }
)");
    ASSERT_TRUE(scenario);
    const auto& faults = scenario->faults;
    ASSERT_EQ(faults.size(), 5u);
    EXPECT_EQ(faults[0].name, "fault-1");
    EXPECT_TRUE(faults[0].when.always());
    EXPECT_EQ(faults[0].match.method, "");
    EXPECT_EQ(faults[0].match.path, "");
    EXPECT_EQ(faults[0].respond.status, 0);
    EXPECT_EQ(faults[0].respond.delayMs, 300);
    EXPECT_EQ(faults[1].match.method, "GET");
    EXPECT_EQ(faults[1].when.everyNth, 5);
    EXPECT_EQ(faults[1].respond.code, 900001);
    EXPECT_EQ(faults[1].respond.description, "busy");
    EXPECT_EQ(faults[2].match.method, "");
    EXPECT_EQ(faults[2].when.nth, std::vector<std::int64_t>{2});
    EXPECT_TRUE(faults[2].respond.reset);
    EXPECT_EQ(faults[3].when.probability, 0.25);
    EXPECT_EQ(faults[4].when.after, 100);
    EXPECT_EQ(faults[4].respond.retryAfterSeconds, 0);

    ASSERT_TRUE(scenario->throttling.enabled);
    ASSERT_EQ(scenario->throttling.rules.size(), 2u);
    EXPECT_EQ(scenario->throttling.rules[0].match.path, "/v1/customers/*/carts");
    EXPECT_EQ(scenario->throttling.rules[0].limit, 10);
    EXPECT_EQ(scenario->throttling.rules[0].windowSeconds, 60);
    EXPECT_EQ(scenario->throttling.rules[1].windowSeconds, 3600);
}

TEST(ScenarioDefaults, ThrottlingPresets) {
    auto documented = loadOk("pcsim: 1\nname: x\nthrottling: documented\n");
    auto off = loadOk("pcsim: 1\nname: x\nthrottling: off\n");
    ASSERT_TRUE(documented && off);
    EXPECT_TRUE(documented->throttling.enabled);
    EXPECT_EQ(documented->throttling.rules.size(), sim::Throttling::documented().rules.size());
    EXPECT_EQ(documented->throttling.rules.at(0).limit, 500);
    EXPECT_FALSE(off->throttling.enabled);
}

TEST(ScenarioDefaults, PartnerDefaultsAndUsers) {
    auto scenario = loadOk(R"(pcsim: 1
name: x
partner:
  users:
    - { upn: sales@contoso.com, password: p, roles: [salesagent, GlobalAdmin] }
    - { upn: admin@contoso.com, refreshToken: r }
)");
    ASSERT_TRUE(scenario);
    const auto& partner = scenario->partner;
    EXPECT_EQ(partner.name, "pcsim partner");
    EXPECT_EQ(partner.country, "US");
    EXPECT_FALSE(partner.integrationSandbox);
    EXPECT_TRUE(partner.apps.empty());
    EXPECT_EQ(partner.users[0].roles, (std::vector<std::string>{"SalesAgent", "GlobalAdmin"}));
    EXPECT_EQ(partner.users[0].refreshToken, "");
    EXPECT_EQ(partner.users[1].roles, std::vector<std::string>{"AdminAgent"});
    EXPECT_EQ(partner.users[1].password, "");
    EXPECT_NE(partner.users[0].objectId, partner.users[1].objectId);
}

}  // namespace
}  // namespace pcsim::scenario
