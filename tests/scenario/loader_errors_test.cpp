// Load errors: each class of problem is reported at the offending node, as FILE:LINE:COLUMN, and
// every problem of a file is reported in one pass.
#include "scenario_test_support.hpp"

namespace pcsim::scenario {
namespace {

using testing::hasDiagnostic;
using testing::load;

// The YAML texts below start right after R"( so that their first line is line 1.

TEST(ScenarioErrors, DiagnosticPrintsLikeACompiler) {
    Diagnostic d{"scenarios/x.yaml", 12, 7, "unknown key 'skus_'"};
    EXPECT_EQ(d.toString(), "scenarios/x.yaml:12:7: unknown key 'skus_'");
    Diagnostic whole{"missing.yaml", 0, 0, "cannot open the scenario file"};
    EXPECT_EQ(whole.toString(), "missing.yaml: cannot open the scenario file");
}

TEST(ScenarioErrors, YamlSyntaxErrorHasAPosition) {
    auto result = load(R"(pcsim: 1
name: x
clock:
  start: "2026-01-05T09:00:00Z"
 mode: frozen
)");
    EXPECT_TRUE(hasDiagnostic(result, 5, 2, "YAML syntax error"));
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_EQ(result.diagnostics[0].file, "test.yaml");
}

TEST(ScenarioErrors, MissingFileIsReportedWithoutPosition) {
    auto result = loadScenarioFile("/nonexistent/pcsim/scenario.yaml");
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_EQ(result.diagnostics[0].line, 0);
    EXPECT_EQ(result.diagnostics[0].toString(), "/nonexistent/pcsim/scenario.yaml: cannot open the scenario file");
}

TEST(ScenarioErrors, EmptyFileAndNonMappingAreRefused) {
    EXPECT_FALSE(load("").ok());
    EXPECT_TRUE(hasDiagnostic(load("- a\n- b\n"), 1, 1, "must be a mapping"));
}

TEST(ScenarioErrors, RequiredHeaderKeys) {
    EXPECT_TRUE(hasDiagnostic(load("name: x\n"), 1, 1, "missing required key 'pcsim'"));
    EXPECT_TRUE(hasDiagnostic(load("pcsim: 1\n"), 1, 1, "missing required key 'name'"));
    EXPECT_TRUE(hasDiagnostic(load("pcsim: 2\nname: x\n"), 1, 8, "unsupported format version 2"));
    EXPECT_TRUE(hasDiagnostic(load("pcsim: one\nname: x\n"), 1, 8, "'pcsim' must be an integer"));
    EXPECT_TRUE(hasDiagnostic(load("pcsim: 1\nname:\n"), 2, 1, "'name' needs a value"));
}

TEST(ScenarioErrors, UnknownKeysAreRefusedAtEveryDepth) {
    auto result = load(R"(pcsim: 1
name: x
nmae: typo
clock: { start: "2026-01-05T09:00:00Z", mod: frozen }
partner:
  users:
    - { upn: a@b.c, refreshToken: t, role: [AdminAgent] }
catalog:
  products:
    - id: P1
      skus_: []
      skus:
        - armSkuName: Standard_D2s_v3
          armRegionName: eastus
          availabilities:
            - { term: P1Y, price: 1, prize: 2 }
customers:
  - companyName: A
    subscriptions:
      - vms:
          - { size: Standard_D2s_v3, region: eastus, hour: always }
faults:
  - respond: { status: 503, retryAfter: 1 }
)");
    EXPECT_TRUE(hasDiagnostic(result, 3, 1, "unknown key 'nmae' at the top level; expected one of: pcsim, name"));
    EXPECT_TRUE(hasDiagnostic(result, 4, 41, "unknown key 'mod' in clock"));
    EXPECT_TRUE(hasDiagnostic(result, 7, 38, "unknown key 'role' in partner.users[0]"));
    EXPECT_TRUE(hasDiagnostic(result, 11, 7,
                              "unknown key 'skus_' in catalog.products[0]; expected one of: id, title, description, "
                              "targetViews, productType, skus"));
    EXPECT_TRUE(hasDiagnostic(result, 16, 38, "unknown key 'prize' in catalog.products[0].skus[0].availabilities[0]"));
    EXPECT_TRUE(hasDiagnostic(result, 21, 54, "unknown key 'hour' in customers[0].subscriptions[0].vms[0]"));
    EXPECT_TRUE(hasDiagnostic(result, 23, 29, "unknown key 'retryAfter' in faults[0].respond"));
    EXPECT_EQ(result.diagnostics.size(), 7u);
}

TEST(ScenarioErrors, DuplicateKeysAndIds) {
    auto result = load(R"(pcsim: 1
name: x
name: y
catalog:
  products:
    - id: P1
      skus:
        - { id: S1, armSkuName: D2s_v3, armRegionName: eastus, availabilities: [{ id: A1, term: P1Y, price: 1 }, { id: a1, term: P3Y, price: 2 }] }
        - { id: s1, armSkuName: D4s_v3, armRegionName: eastus, availabilities: [] }
    - id: p1
customers:
  - id: 4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55
    subscriptions:
      - id: 2E6B0F4A-9C1D-4B7E-8F3A-5D2C1B0A9E87
  - id: 4C1B5F0E-2A7D-4E3B-9A10-6F2D8C9E1A55
    subscriptions:
      - id: 2e6b0f4a-9c1d-4b7e-8f3a-5d2c1b0a9e87
)");
    EXPECT_TRUE(hasDiagnostic(result, 3, 1, "duplicate key 'name' at the top level (first given at line 2)"));
    EXPECT_TRUE(hasDiagnostic(result, 8, 120, "duplicate availability id 'a1' (first used at line 8)"));
    EXPECT_TRUE(hasDiagnostic(result, 9, 17, "duplicate SKU id 's1' (first used at line 8)"));
    EXPECT_TRUE(hasDiagnostic(result, 10, 11, "duplicate product id 'p1' (first used at line 6)"));
    EXPECT_TRUE(hasDiagnostic(result, 15, 9, "duplicate customer id"));
    EXPECT_TRUE(hasDiagnostic(result, 17, 13, "duplicate subscription id"));
    EXPECT_EQ(result.diagnostics.size(), 6u);
}

TEST(ScenarioErrors, BadEnumValues) {
    auto result = load(R"(pcsim: 1
name: x
clock: { mode: fast }
customers:
  - subscriptions:
      - status: paused
        registration: maybe
        vms:
          - { size: Standard_D2s_v3, region: eastus, hours: "8-18" }
throttling: sometimes
)");
    EXPECT_TRUE(hasDiagnostic(result, 3, 16, "'mode' must be one of: realtime, frozen; not 'fast'"));
    EXPECT_TRUE(hasDiagnostic(result, 6, 17, "'status' must be one of: active, suspended"));
    EXPECT_TRUE(hasDiagnostic(result, 7, 23, "'registration' must be one of: registered, registering, notregistered"));
    EXPECT_TRUE(hasDiagnostic(result, 9, 61, "'hours' must be always, off, or a daily UTC window"));
    EXPECT_TRUE(hasDiagnostic(result, 10, 13, "'throttling' must be off, documented, or a list"));
}

TEST(ScenarioErrors, WrongTypes) {
    auto result = load(R"(pcsim: 1
name: x
seed: forty-two
behaviour: { cartLifetimeDays: 7.5, cascadeToBroaderScope: perhaps }
partner:
  apps: { clientId: a }
customers:
  - subscriptions:
      - vms:
          - { size: Standard_D2s_v3, region: eastus, count: "010x" }
)");
    EXPECT_TRUE(hasDiagnostic(result, 3, 7, "'seed' must be an integer, not 'forty-two'"));
    EXPECT_TRUE(hasDiagnostic(result, 4, 32, "'cartLifetimeDays' must be an integer, not '7.5'"));
    EXPECT_TRUE(hasDiagnostic(result, 4, 60, "'cascadeToBroaderScope' must be true or false"));
    EXPECT_TRUE(hasDiagnostic(result, 6, 9, "'apps' must be a list, not a mapping"));
    EXPECT_TRUE(hasDiagnostic(result, 10, 61, "'count' must be an integer"));
}

TEST(ScenarioErrors, CatalogRules) {
    auto result = load(R"(pcsim: 1
name: x
catalog:
  products:
    - skus:
        - armSkuName: Standard_F4s_v2
          armRegionName: eastus
          availabilities: []
        - armSkuName: Standard_D4s_v3
          armRegionName: eastus
          minimumQuantity: 10
          maximumQuantity: 5
          availabilities:
            - { term: P2Y, price: 100 }
            - { term: P1Y, price: -1 }
            - { id: "A:1", term: P3Y, price: 1 }
        - { armRegionName: eastus, availabilities: [] }
)");
    EXPECT_TRUE(hasDiagnostic(result, 6, 23,
                              "'Standard_F4s_v2' is not in the built-in instance size flexibility tables; "
                              "give isfGroup, isfRatio, cores, ram"));
    EXPECT_TRUE(hasDiagnostic(result, 11, 28, "'minimumQuantity' (10) is greater than 'maximumQuantity' (5)"));
    EXPECT_TRUE(hasDiagnostic(result, 14, 23, "'term' must be one of: P1Y, P3Y, P5Y; not 'P2Y'"));
    EXPECT_TRUE(hasDiagnostic(result, 15, 35, "'price' must not be negative"));
    EXPECT_TRUE(hasDiagnostic(result, 16, 21, "'id' may contain only letters, digits"));
    EXPECT_TRUE(hasDiagnostic(result, 17, 11, "missing required key 'armSkuName' in catalog.products[0].skus[2]"));
    EXPECT_EQ(result.diagnostics.size(), 6u);
}

TEST(ScenarioErrors, SizeOutsideTheTablesIsAcceptedWhenTheSkuSaysEverything) {
    auto result = load(R"(pcsim: 1
name: x
catalog:
  products:
    - skus:
        - { armSkuName: Standard_F4s_v2, armRegionName: eastus, isfGroup: FSv2 Series, isfRatio: 4, cores: 4, ram: 8,
            availabilities: [{ term: P1Y, price: 1 }] }
customers:
  - subscriptions:
      - vcpuQuota: { FSv2 Series: 10 }
        vms: [{ size: Standard_F4s_v2, region: eastus }]
)");
    EXPECT_TRUE(result.ok()) << testing::allDiagnostics(result);
}

TEST(ScenarioErrors, CustomerRules) {
    auto result = load(R"(pcsim: 1
name: x
customers:
  - id: not-a-guid
    country: USA
    subscriptions:
      - vcpuQuota: { DSv9 Series: 10, DSv3 Series: -1 }
        vms:
          - { size: Standard_F2, region: eastus }
          - { id: a, size: D2s_v3, region: eastus, count: 0 }
          - { id: a, size: D2s_v3, region: eastus }
)");
    EXPECT_TRUE(hasDiagnostic(result, 4, 9, "'id' must be a GUID"));
    EXPECT_TRUE(hasDiagnostic(result, 5, 14, "'country' must be a two-letter country code"));
    EXPECT_TRUE(hasDiagnostic(result, 7, 22, "vcpuQuota group 'DSv9 Series' does not exist"));
    EXPECT_TRUE(hasDiagnostic(result, 7, 52, "a vCPU quota must be at least 0"));
    EXPECT_TRUE(hasDiagnostic(result, 9, 21, "VM size 'Standard_F2' is in no known instance size flexibility group"));
    EXPECT_TRUE(hasDiagnostic(result, 10, 59, "'count' must be at least 1"));
    EXPECT_TRUE(hasDiagnostic(result, 11, 19, "duplicate VM id 'a' (first used at line 10)"));
    EXPECT_EQ(result.diagnostics.size(), 7u);
}

TEST(ScenarioErrors, PartnerRules) {
    auto result = load(R"(pcsim: 1
name: x
partner:
  tenantId: 1234
  users:
    - { upn: admin@contoso.com, roles: [Admin] }
    - { upn: admin@contoso.com, refreshToken: r, roles: [] }
)");
    EXPECT_TRUE(hasDiagnostic(result, 4, 13, "'tenantId' must be a GUID"));
    EXPECT_TRUE(hasDiagnostic(result, 6, 7, "a user needs a 'refreshToken' or a 'password'"));
    EXPECT_TRUE(
        hasDiagnostic(result, 6, 41, "roles[0] must be one of: AdminAgent, SalesAgent, GlobalAdmin; not 'Admin'"));
    EXPECT_TRUE(hasDiagnostic(result, 7, 14, "duplicate user upn"));
    EXPECT_TRUE(hasDiagnostic(result, 7, 57, "'roles' must list at least one role"));
}

TEST(ScenarioErrors, FaultRules) {
    auto result = load(R"(pcsim: 1
name: x
faults:
  - match: { method: FETCH, path: "v1/customers" }
    respond: { status: 503 }
  - match: { path: "/v1/cust*" }
    when: { nth: [1], probability: 0.5 }
    respond: { status: 429 }
  - when: { nth: [0] }
    respond: { retryAfterSeconds: 2 }
  - when: { probability: 1.5 }
    respond: { status: 999 }
  - when: { everyNth: 2 }
  - respond: { reset: true, status: 500 }
)");
    EXPECT_TRUE(hasDiagnostic(result, 4, 22, "'method' must be one of: GET, POST"));
    EXPECT_TRUE(hasDiagnostic(result, 4, 35, "'path' must start with '/'"));
    EXPECT_TRUE(hasDiagnostic(result, 6, 20, "'path' may use '*' (one segment) and '**'"));
    EXPECT_TRUE(hasDiagnostic(result, 7, 11, "'when' takes one of nth, everyNth, probability, after"));
    EXPECT_TRUE(hasDiagnostic(result, 9, 19, "'nth' must be at least 1"));
    EXPECT_TRUE(hasDiagnostic(result, 10, 14, "'respond' needs 'status', 'delayMs' or 'reset: true'"));
    EXPECT_TRUE(hasDiagnostic(result, 11, 26, "'probability' must be between 0 and 1"));
    EXPECT_TRUE(hasDiagnostic(result, 12, 24, "'status' must be at most 599"));
    EXPECT_TRUE(hasDiagnostic(result, 13, 5, "missing required key 'respond' in faults[4]"));
    EXPECT_TRUE(hasDiagnostic(result, 14, 37, "'reset' drops the connection"));
}

TEST(ScenarioErrors, ThrottlingRules) {
    auto result = load(R"(pcsim: 1
name: x
throttling:
  - { match: { path: "/v1/customers/**" }, windowSeconds: 60 }
  - { limit: 0 }
)");
    EXPECT_TRUE(hasDiagnostic(result, 4, 5, "missing required key 'limit' in throttling[0]"));
    EXPECT_TRUE(hasDiagnostic(result, 5, 14, "'limit' must be at least 1"));
}

TEST(ScenarioErrors, GenerateRules) {
    auto result = load(R"(pcsim: 1
name: x
catalog:
  generate:
    series: [DSv3 Series, DSv9 Series, dsv3 series]
    regions: nowhere
    terms: [P2Y]
)");
    EXPECT_TRUE(hasDiagnostic(result, 5, 27, "series[1] must be one of: DSv3 Series"));
    EXPECT_TRUE(hasDiagnostic(result, 5, 40, "duplicate entry 'DSv3 Series'"));
    EXPECT_TRUE(hasDiagnostic(result, 6, 14, "'regions' must be a list of region names or 'all'"));
    EXPECT_TRUE(hasDiagnostic(result, 7, 13, "terms[0] must be one of: P1Y, P3Y, P5Y"));
}

TEST(ScenarioErrors, ProblemsAreListedInFileOrder) {
    auto result = load(R"(pcsim: 1
name: x
customers:
  - subscriptions:
      - vms: [{ size: Standard_F2, region: eastus }]
clock: { mode: fast }
)");
    ASSERT_EQ(result.diagnostics.size(), 2u);
    EXPECT_EQ(result.diagnostics[0].line, 5);  // read after the clock, reported before it
    EXPECT_EQ(result.diagnostics[1].line, 6);
}

}  // namespace
}  // namespace pcsim::scenario
