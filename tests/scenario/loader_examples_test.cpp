// The files shipped in scenarios/ and the example of the format page load, and loading is deterministic.
#include <chrono>
#include <set>

#include "scenario_test_support.hpp"
#include "sim/isf_tables.hpp"

namespace pcsim::scenario {
namespace {

using testing::allDiagnostics;
using testing::loadOk;
using testing::scenariosDir;

// Verbatim from /work/shared/scenario-format.md: every key there must keep working.
constexpr std::string_view kFormatPageExample = R"(pcsim: 1                                # format version (required)
name: contoso-reservations              # required
description: Two customers, DSv3 and BS reservations in two regions
seed: 42                                # optional; seeds every generated id and every random choice

clock:
  start: "2026-01-05T09:00:00Z"         # simulated time when the scenario is loaded (default: real now)
  mode: realtime                        # realtime: advances with the wall clock from start; frozen: moves only when told

partner:
  tenantId: 7c1e2d3f-0000-4000-8000-000000000001
  name: Contoso CSP
  mpnId: "1234567"
  country: US
  integrationSandbox: false             # true: the documented integration-sandbox limits apply
  apps:                                 # credentials a client uses at /{tenantId}/oauth2/token
    - clientId: 0a0a0a0a-0000-4000-8000-00000000000a
      clientSecret: dev-secret-1        # grant_type=client_credentials -> an App token
  users:                                # App+User tokens: grant_type=refresh_token (or password)
    - upn: admin@contosocsp.onmicrosoft.com
      refreshToken: dev-refresh-1
      password: dev-password-1          # optional
      roles: [AdminAgent]               # AdminAgent, SalesAgent, GlobalAdmin

catalog:
  country: US                           # the market this catalog serves
  currency: { code: USD, symbol: "$" }
  products:
    - id: DZH318Z0BQ3Q
      title: Virtual Machines DSv3 Series
      description: Reserved virtual machine instances, DSv3 series
      targetViews: [AzureReservations, AzureReservationsVM]
      productType: { id: Azure, subType: VirtualMachines }
      skus:
        - id: "00G1"
          armSkuName: Standard_D4s_v3
          armRegionName: eastus2
          region: US East 2
          cores: 4
          ram: 16
          isfGroup: DSv3 Series         # instance size flexibility group
          isfRatio: 4                   # this size's ratio within the group
          minimumQuantity: 1            # default 1
          maximumQuantity: 999999999    # default 999999999
          purchasePrerequisites: [AzureSubscriptionRegistration, InventoryCheck]   # default: both
          payAsYouGoHourly: 0.192       # optional; the on-demand price per hour, for savings and recommendations
          availabilities:
            - { id: DZH318XZXK7M, term: P1Y, price: 1051.20 }   # price per instance, whole term, upfront
            - { id: DZH318XZXK7N, term: P3Y, price: 2014.80 }
  generate:                             # optional: add a large synthetic catalog (load and scale tests)
    series: [DSv3 Series, ESv3 Series]  # from the built-in ratio tables
    regions: [eastus, westeurope]
    terms: [P1Y, P3Y]

customers:
  - id: 4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55
    companyName: Fabrikam Test Ltd
    domain: fabrikamtest.onmicrosoft.com
    country: US
    subscriptions:
      - id: 2E6B0F4A-9C1D-4B7E-8F3A-5D2C1B0A9E87   # Partner Center subscription id
        azureSubscriptionId: 0f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19   # default: generated
        offerId: MS-AZR-0145P                       # or the Azure plan, DZH318Z0BPS6:0001
        friendlyName: Fabrikam production
        status: active                               # active, suspended, deleted, expired, pending, disabled
        registration: registered                     # registered, registering, notregistered
        vcpuQuota: { DSv3 Series: 100 }              # optional; limits single-scope purchases
        vms:
          - id: web-01                               # unique within the subscription
            resourceGroup: rg-web
            region: eastus2
            size: Standard_D2s_v3
            count: 3                                 # identical instances
            hours: always                            # always, or a daily window "08:00-18:00", or "off"
            spot: false
    inventoryRestrictions:                           # inventory check answers isRestricted for these
      - { armRegionName: westus, reasonCode: NotAvailableForSubscription }

faults:                                 # injected in order of this list; the first that matches wins
  - name: checkout-throttled-once
    match: { method: POST, path: "/v1/customers/*/carts/*/checkout" }   # * = one path segment
    when: { nth: [1] }                  # or { probability: 0.1 } or { everyNth: 5 } or { after: 100 }
    respond: { status: 429, retryAfterSeconds: 2 }   # or { status: 503 } / { delayMs: 300 } / { reset: true }

throttling: off                         # off | documented | list of { match, limit, windowSeconds }

behaviour:
  registrationDelaySeconds: 0           # registering -> registered, simulated seconds
  provisioningDelaySeconds: 0           # order pending -> completed, simulated seconds
  cartLifetimeDays: 7
  cascadeToBroaderScope: true           # leftover usage may be covered by a broader-scope reservation
)";

TEST(ScenarioExamples, FormatPageExampleLoadsWithEveryKeyApplied) {
    auto scenario = loadOk(kFormatPageExample);
    ASSERT_TRUE(scenario);
    EXPECT_EQ(scenario->name, "contoso-reservations");
    EXPECT_EQ(scenario->seed, 42u);
    EXPECT_EQ(sim::formatTimestampSeconds(scenario->clockStart), "2026-01-05T09:00:00Z");
    EXPECT_EQ(scenario->clockMode, sim::ClockMode::realtime);

    const auto& partner = scenario->partner;
    EXPECT_EQ(partner.tenantId, "7c1e2d3f-0000-4000-8000-000000000001");
    EXPECT_EQ(partner.mpnId, "1234567");
    ASSERT_EQ(partner.apps.size(), 1u);
    EXPECT_EQ(partner.apps[0].clientSecret, "dev-secret-1");
    ASSERT_EQ(partner.users.size(), 1u);
    EXPECT_EQ(partner.users[0].password, "dev-password-1");
    EXPECT_EQ(partner.users[0].roles, std::vector<std::string>{"AdminAgent"});
    EXPECT_EQ(partner.users[0].objectId.size(), 36u);

    const auto& catalog = *scenario->catalog;
    const sim::Sku* sku = catalog.findSku("DZH318Z0BQ3Q", "00G1");
    ASSERT_NE(sku, nullptr);
    EXPECT_EQ(sku->isfGroup, "DSv3 Series");
    EXPECT_DOUBLE_EQ(sku->isfRatio, 4);
    EXPECT_EQ(sku->payAsYouGoHourly, 0.192);
    auto item = catalog.findCatalogItem("DZH318Z0BQ3Q:00G1:DZH318XZXK7N");
    ASSERT_TRUE(item);
    EXPECT_EQ(item->availability->term, "P3Y");
    EXPECT_DOUBLE_EQ(item->availability->price, 2014.80);
    // generate: DSv3 (7 sizes) joins the hand-written DSv3 product, ESv3 (8 sizes) gets its own,
    // each size in 2 regions.
    EXPECT_EQ(catalog.findProduct("DZH318Z0BQ3Q")->skus.size(), 1u + 7 * 2);
    EXPECT_EQ(catalog.products().size(), 2u);
    EXPECT_EQ(catalog.skuCount(), 1u + 7 * 2 + 8 * 2);

    ASSERT_EQ(scenario->customers.size(), 1u);
    const auto& customer = scenario->customers[0];
    EXPECT_EQ(customer.id, "4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55");
    ASSERT_EQ(customer.subscriptions.size(), 1u);
    const auto& subscription = customer.subscriptions[0];
    EXPECT_EQ(subscription.azureSubscriptionId, "0f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19");
    EXPECT_EQ(subscription.registration, sim::RegistrationState::registered);
    EXPECT_EQ(subscription.vcpuQuota.at("DSv3 Series"), 100);
    ASSERT_EQ(subscription.vms.size(), 1u);
    EXPECT_EQ(subscription.vms[0].count, 3);
    EXPECT_EQ(subscription.vms[0].hours.kind, sim::RunSchedule::Kind::always);
    ASSERT_EQ(customer.inventoryRestrictions.size(), 1u);
    EXPECT_EQ(customer.inventoryRestrictions[0].armRegionName, "westus");

    ASSERT_EQ(scenario->faults.size(), 1u);
    const auto& fault = scenario->faults[0];
    EXPECT_EQ(fault.name, "checkout-throttled-once");
    EXPECT_EQ(fault.match.method, "POST");
    EXPECT_EQ(fault.match.path, "/v1/customers/*/carts/*/checkout");
    EXPECT_EQ(fault.when.nth, std::vector<std::int64_t>{1});
    EXPECT_EQ(fault.respond.status, 429);
    EXPECT_EQ(fault.respond.retryAfterSeconds, 2);
    EXPECT_FALSE(scenario->throttling.enabled);
    EXPECT_EQ(scenario->behaviour.cartLifetimeDays, 7);
    EXPECT_TRUE(scenario->behaviour.cascadeToBroaderScope);
}

TEST(ScenarioExamples, DefaultScenarioLoadsWithTheWorldTheDocsDescribe) {
    LoadResult result = loadScenarioFile(scenariosDir() + "/default.yaml");
    ASSERT_TRUE(result.ok()) << allDiagnostics(result);
    const auto& scenario = *result.scenario;
    EXPECT_EQ(scenario.clockMode, sim::ClockMode::frozen);
    EXPECT_EQ(sim::formatTimestampSeconds(scenario.clockStart), "2026-01-05T09:00:00Z");
    EXPECT_EQ(scenario.sourcePath, scenariosDir() + "/default.yaml");

    ASSERT_EQ(scenario.partner.apps.size(), 1u);
    ASSERT_EQ(scenario.partner.users.size(), 1u);
    EXPECT_EQ(scenario.partner.users[0].roles, std::vector<std::string>{"AdminAgent"});

    // At least 3 series in 6 regions, 1- and 3-year terms.
    const auto& catalog = *scenario.catalog;
    EXPECT_GE(catalog.products().size(), 3u);
    std::set<std::string> regions, groups, terms;
    for (const auto& product : catalog.products())
        for (const auto& sku : product.skus) {
            regions.insert(sku.armRegionName);
            groups.insert(sku.isfGroup);
            for (const auto& a : sku.availabilities) terms.insert(a.term);
        }
    EXPECT_EQ(regions,
              (std::set<std::string>{"eastus", "eastus2", "westus2", "westeurope", "northeurope", "southeastasia"}));
    EXPECT_GE(groups.size(), 3u);
    EXPECT_EQ(terms, (std::set<std::string>{"P1Y", "P3Y"}));
    EXPECT_TRUE(catalog.findCatalogItem("DZH318Z0BQ3Q:00G1:DZH318XZXK7M"));

    // The subscription states the docs walk through.
    std::set<std::pair<sim::SubscriptionStatus, sim::RegistrationState>> states;
    bool vmMatchesACatalogSku = false;
    for (const auto& customer : scenario.customers)
        for (const auto& subscription : customer.subscriptions) {
            states.insert({subscription.status, subscription.registration});
            for (const auto& vm : subscription.vms)
                for (const auto& sku : catalog.findProduct("DZH318Z0BQ3Q")->skus)
                    vmMatchesACatalogSku |= vm.size == sku.armSkuName && vm.region == sku.armRegionName;
        }
    EXPECT_EQ(scenario.customers.size(), 3u);
    EXPECT_TRUE(states.count({sim::SubscriptionStatus::active, sim::RegistrationState::registered}));
    EXPECT_TRUE(states.count({sim::SubscriptionStatus::active, sim::RegistrationState::notregistered}));
    EXPECT_TRUE(states.count({sim::SubscriptionStatus::suspended, sim::RegistrationState::registered}));
    EXPECT_TRUE(vmMatchesACatalogSku);
    std::size_t restrictions = 0;
    for (const auto& customer : scenario.customers) restrictions += customer.inventoryRestrictions.size();
    EXPECT_EQ(restrictions, 1u);
}

TEST(ScenarioExamples, MinimalExampleLoadsWithDefaults) {
    LoadResult result = loadScenarioFile(scenariosDir() + "/examples/minimal.yaml");
    ASSERT_TRUE(result.ok()) << allDiagnostics(result);
    EXPECT_EQ(result.scenario->name, "minimal");
    EXPECT_EQ(result.scenario->seed, 0u);
    EXPECT_EQ(result.scenario->catalog->skuCount(), 0u);
    EXPECT_EQ(result.scenario->catalog->currencyCode(), "USD");
    EXPECT_TRUE(result.scenario->customers.empty());
}

TEST(ScenarioExamples, LargeCatalogExampleHasAtLeast100000Skus) {
    const auto started = std::chrono::steady_clock::now();
    LoadResult result = loadScenarioFile(scenariosDir() + "/examples/large-catalog.yaml");
    const auto elapsed = std::chrono::steady_clock::now() - started;
    ASSERT_TRUE(result.ok()) << allDiagnostics(result);
    EXPECT_EQ(result.scenario->catalog->skuCount(), 100080u);
    std::size_t items = 0;
    for (const auto& product : result.scenario->catalog->products())
        for (const auto& sku : product.skus) items += sku.availabilities.size();
    EXPECT_EQ(items, 2u * 100080);
#ifdef NDEBUG
    // The target is 1 s; the bound is loose because tests share the machine. It catches a quadratic slip.
    EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(), 3000);
#else
    (void)elapsed;
#endif
}

// Two loads of one file give the same world, ids included.
TEST(ScenarioExamples, LoadingIsDeterministic) {
    const std::string path = scenariosDir() + "/default.yaml";
    auto first = loadScenarioFile(path).scenario;
    auto second = loadScenarioFile(path).scenario;
    ASSERT_TRUE(first && second);
    ASSERT_EQ(first->customers.size(), second->customers.size());
    for (std::size_t c = 0; c < first->customers.size(); ++c)
        EXPECT_EQ(first->customers[c].commerceId, second->customers[c].commerceId);
    ASSERT_EQ(first->catalog->products().size(), second->catalog->products().size());
    for (std::size_t p = 0; p < first->catalog->products().size(); ++p) {
        const auto& a = first->catalog->products()[p];
        const auto& b = second->catalog->products()[p];
        EXPECT_EQ(a.id, b.id);
        ASSERT_EQ(a.skus.size(), b.skus.size());
        for (std::size_t s = 0; s < a.skus.size(); ++s) {
            EXPECT_EQ(a.skus[s].id, b.skus[s].id);
            EXPECT_EQ(a.skus[s].availabilities[0].id, b.skus[s].availabilities[0].id);
            EXPECT_EQ(a.skus[s].availabilities[0].price, b.skus[s].availabilities[0].price);
        }
    }
}

}  // namespace
}  // namespace pcsim::scenario
