#include "sim/inventory.hpp"

#include <gtest/gtest.h>

#include "world_builder.hpp"

namespace pcsim::testing {
namespace {

InventoryQuery query(std::vector<InventoryTarget> targets, std::map<std::string, std::string> context) {
    return InventoryQuery{"US", std::move(targets), std::move(context)};
}

TEST(Inventory, RestrictedRegionIsReportedWithTheDocumentedShape) {
    auto world = WorldBuilder().build();
    auto answer = checkInventory(*world, query({{dsv3Product, "00G2"}}, {{"customerId", fabrikam}}));
    ASSERT_TRUE(answer);
    ASSERT_EQ(answer->size(), 1u);
    const InventoryResult& item = answer->at(0);
    EXPECT_EQ(item.productId, dsv3Product);
    EXPECT_EQ(item.skuId, "00G2");
    EXPECT_TRUE(item.isRestricted);
    ASSERT_EQ(item.restrictions.size(), 1u);
    EXPECT_EQ(item.restrictions[0].reasonCode, "NotAvailableForSubscription");
    EXPECT_EQ(item.restrictions[0].description, "Restriction identified of type 'Location' with values 'westus'.");
    EXPECT_EQ(item.restrictions[0].properties,
              (std::map<std::string, std::string>{{"type", "Location"}, {"values", "westus"}}));
}

TEST(Inventory, OtherRegionsAndOtherCustomersAreNotRestricted) {
    auto world = WorldBuilder().build();
    auto fab = checkInventory(*world, query({{dsv3Product, "00G1"}}, {{"customerId", fabrikam}}));
    ASSERT_TRUE(fab);
    EXPECT_FALSE(fab->at(0).isRestricted);
    EXPECT_TRUE(fab->at(0).restrictions.empty());
    auto con = checkInventory(*world, query({{dsv3Product, "00G2"}}, {{"customerId", contoso}}));
    ASSERT_TRUE(con);
    EXPECT_FALSE(con->at(0).isRestricted);
}

TEST(Inventory, ProductWideTargetListsEverySkuOrOnlyTheContextRegion) {
    auto world = WorldBuilder().build();
    auto all = checkInventory(*world, query({{dsv3Product, std::nullopt}}, {{"customerId", fabrikam}}));
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 2u);
    // Keys and values of the context are read case-insensitively.
    auto east = checkInventory(*world, query({{toLower(dsv3Product), std::nullopt}},
                                             {{"CUSTOMERID", toUpper(fabrikam)}, {"ArmRegionName", "EastUS2"}}));
    ASSERT_TRUE(east);
    ASSERT_EQ(east->size(), 1u);
    EXPECT_EQ(east->at(0).skuId, "00G1");
}

TEST(Inventory, UnknownItemsAndOtherCountriesAreOmitted) {
    auto world = WorldBuilder().build();
    auto unknown = checkInventory(*world, query({{"NOPE", std::nullopt}, {dsv3Product, "9999"}, {dsv3Product, "00g1"}},
                                                {{"customerId", fabrikam}}));
    ASSERT_TRUE(unknown);
    ASSERT_EQ(unknown->size(), 1u);
    EXPECT_EQ(unknown->at(0).skuId, "00G1");
    InventoryQuery germany = query({{dsv3Product, std::nullopt}}, {{"customerId", fabrikam}});
    germany.country = "DE";
    auto none = checkInventory(*world, germany);
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->empty());
}

TEST(Inventory, MissingCustomerIdIs400AndUnknownCustomerIs404) {
    auto world = WorldBuilder().build();
    auto missing = checkInventory(*world, query({{dsv3Product, std::nullopt}}, {{"armRegionName", "eastus2"}}));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().http, 400);
    EXPECT_EQ(missing.error().code, 800002);
    auto unknown = checkInventory(*world, query({{dsv3Product, std::nullopt}}, {{"customerId", "nobody"}}));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, 60003);
}

TEST(Inventory, RestrictionBySizeAppliesInEveryRegion) {
    Customer c = customer("c", "C", "c.example");
    c.inventoryRestrictions = {{"", "NotAvailableForSubscription", "standard_d4s_v3"}};
    const auto catalog = standardCatalog();
    const Sku* d4s = catalog->findSku(dsv3Product, "00G1");
    const Sku* d2s = catalog->findSku(dsv3Product, "00G2");
    auto restriction = inventoryRestrictionFor(c, *d4s);
    ASSERT_TRUE(restriction);
    EXPECT_EQ(restriction->properties.at("values"), "eastus2");
    EXPECT_FALSE(inventoryRestrictionFor(c, *d2s));
}

TEST(Inventory, RestrictionWithoutRegionOrSizeAppliesToEverySku) {
    Customer c = customer("c", "C", "c.example");
    c.inventoryRestrictions = {{"", "NotAvailableForSubscription", ""}};
    const auto catalog = standardCatalog();
    for (const auto& product : catalog->products())
        for (const auto& sku : product.skus) EXPECT_TRUE(inventoryRestrictionFor(c, sku)) << sku.id;
}

}  // namespace
}  // namespace pcsim::testing
