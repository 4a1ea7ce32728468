// catalog.generate: counts, prices, ids, and how it joins products written by hand.
#include <set>

#include "scenario/catalog_generator.hpp"
#include "scenario_test_support.hpp"

namespace pcsim::scenario {
namespace {

using testing::loadOk;

std::size_t availabilityCount(const sim::Catalog& catalog) {
    std::size_t count = 0;
    for (const auto& product : catalog.products())
        for (const auto& sku : product.skus) count += sku.availabilities.size();
    return count;
}

TEST(CatalogGenerate, OneProductPerSeriesOneSkuPerSizeAndRegionOneAvailabilityPerTerm) {
    auto scenario = loadOk(R"(pcsim: 1
name: x
catalog:
  generate:
    series: [DSv3 Series, BS Series]
    regions: [eastus, westeurope, japaneast]
    terms: [P1Y, P3Y, P5Y]
)");
    ASSERT_TRUE(scenario);
    const auto& catalog = *scenario->catalog;
    ASSERT_EQ(catalog.products().size(), 2u);
    EXPECT_EQ(catalog.products()[0].title, "Virtual Machines DSv3 Series");
    EXPECT_EQ(catalog.products()[0].skus.size(), 7u * 3);
    EXPECT_EQ(catalog.products()[1].skus.size(), 3u * 3);
    EXPECT_EQ(catalog.skuCount(), (7u + 3) * 3);
    EXPECT_EQ(availabilityCount(catalog), (7u + 3) * 3 * 3);

    const auto& first = catalog.products()[0].skus[0];
    EXPECT_EQ(first.armSkuName, "Standard_D2s_v3");
    EXPECT_EQ(first.armRegionName, "eastus");
    EXPECT_EQ(first.region, "US East");
    EXPECT_EQ(first.isfGroup, "DSv3 Series");
    EXPECT_EQ(first.cores, 2);
    EXPECT_EQ(first.title, "Reserved VM Instance, Standard_D2s_v3, US East");
    EXPECT_EQ(first.payAsYouGoHourly, 0.096);
    EXPECT_EQ(first.availabilities[0].term, "P1Y");
    EXPECT_EQ(first.availabilities[0].price, 504.58);
    EXPECT_EQ(first.availabilities[1].price, 1009.15);
}

TEST(CatalogGenerate, TermsDefaultToOneAndThreeYears) {
    auto scenario = loadOk("pcsim: 1\nname: x\ncatalog: { generate: { series: [BS Series], regions: [eastus] } }\n");
    ASSERT_TRUE(scenario);
    const auto& sku = scenario->catalog->products()[0].skus[0];
    ASSERT_EQ(sku.availabilities.size(), 2u);
    EXPECT_EQ(sku.availabilities[0].term, "P1Y");
    EXPECT_EQ(sku.availabilities[1].term, "P3Y");
}

TEST(CatalogGenerate, PricesArePlausibleAndFollowRatioAndRegion) {
    const sim::IsfEntry& d2 = *sim::findIsf("D2s_v3");
    const sim::IsfEntry& d4 = *sim::findIsf("D4s_v3");
    const Region& eastus = *findRegion("eastus");
    const Region& westeurope = *findRegion("westeurope");
    EXPECT_DOUBLE_EQ(generatedHourlyPrice(d4, eastus), 2 * generatedHourlyPrice(d2, eastus));
    EXPECT_GT(generatedHourlyPrice(d2, westeurope), generatedHourlyPrice(d2, eastus));
    EXPECT_DOUBLE_EQ(generatedHourlyPrice(*sim::findIsf("B1s"), eastus), 0.0104);
    const double hourly = 0.192;
    EXPECT_DOUBLE_EQ(generatedTermPrice(hourly, "P1Y"), 1009.15);
    EXPECT_DOUBLE_EQ(generatedTermPrice(hourly, "P3Y"), 2018.30);
    EXPECT_LT(generatedTermPrice(hourly, "P1Y"), hourly * 8760);  // a reservation is cheaper than on demand
    EXPECT_LT(generatedTermPrice(hourly, "P3Y") / 3, generatedTermPrice(hourly, "P1Y"));
}

TEST(CatalogGenerate, JoinsTheHandWrittenProductOfItsSeriesAndKeepsHandWrittenSkus) {
    auto scenario = loadOk(R"(pcsim: 1
name: x
catalog:
  products:
    - id: MYDSV3
      skus:
        - { id: "0001", armSkuName: Standard_D4s_v3, armRegionName: eastus, availabilities: [{ id: A, term: P1Y, price: 1 }] }
  generate:
    series: [DSv3 Series]
    regions: [eastus, westus2]
)");
    ASSERT_TRUE(scenario);
    const auto& catalog = *scenario->catalog;
    ASSERT_EQ(catalog.products().size(), 1u);
    const auto& product = catalog.products()[0];
    EXPECT_EQ(product.skus.size(), 7u * 2);  // D4s_v3 in eastus is not generated twice
    EXPECT_EQ(product.skus[0].id, "0001");
    EXPECT_EQ(product.skus[0].availabilities[0].price, 1);
    std::size_t d4InEastus = 0;
    for (const auto& sku : product.skus) {
        d4InEastus += sku.armSkuName == "Standard_D4s_v3" && sku.armRegionName == "eastus";
        EXPECT_EQ(sku.productId, "MYDSV3");
    }
    EXPECT_EQ(d4InEastus, 1u);
}

TEST(CatalogGenerate, AllAndSyntheticRegions) {
    auto scenario = loadOk(R"(pcsim: 1
name: x
catalog:
  generate: { series: [BS Series], regions: all, syntheticRegions: 3, terms: [P1Y] }
)");
    ASSERT_TRUE(scenario);
    const auto& skus = scenario->catalog->products()[0].skus;
    EXPECT_EQ(skus.size(), 3u * (knownRegions().size() + 3));
    EXPECT_EQ(skus.back().armRegionName, "simregion0003");
    EXPECT_EQ(skus.back().region, "Sim Region 0003");
    EXPECT_TRUE(scenario->catalog->findSku(skus.back().productId, skus.back().id));
}

// 4-character SKU ids leave little room: ids must stay unique within a product at scale.
TEST(CatalogGenerate, IdsStayUniqueInLargeProducts) {
    auto scenario = loadOk(R"(pcsim: 1
name: x
seed: 5
catalog:
  generate: { series: [ESv3 Series], syntheticRegions: 2500, terms: [P1Y, P3Y] }
)");
    ASSERT_TRUE(scenario);
    const auto& product = scenario->catalog->products()[0];
    ASSERT_EQ(product.skus.size(), 8u * 2500);
    std::set<std::string> skuIds;
    for (const auto& sku : product.skus) {
        skuIds.insert(sku.id);
        ASSERT_NE(sku.availabilities[0].id, sku.availabilities[1].id);
    }
    EXPECT_EQ(skuIds.size(), product.skus.size());
}

}  // namespace
}  // namespace pcsim::scenario
