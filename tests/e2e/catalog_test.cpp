// Products → SKUs → availabilities (global and customer-scoped) and the inventory check.
#include "e2e_fixture.hpp"

namespace pcsim::testing {
namespace {

class CatalogTest : public E2eTest {
protected:
    static void SetUpTestSuite() { startServer(); }
};

TEST_F(CatalogTest, BrowseFromProductsToAvailabilityFollowingLinks) {
    std::string token = appToken();
    auto products = call("GET", "/v1/products?country=US&targetView=AzureReservationsVM", token);
    ASSERT_EQ(products.status, 200) << products.body;
    auto product = products.json()["items"][0];
    EXPECT_EQ(product["id"], "DZH318Z0BQ3Q");
    EXPECT_EQ(product["productType"]["id"], "Azure");
    EXPECT_EQ(product["productType"]["subType"]["id"], "VirtualMachines");

    auto skus = call("GET", "/v1" + product["links"]["skus"]["uri"].get<std::string>(), token);
    ASSERT_EQ(skus.status, 200) << skus.body;
    auto sku = skus.json()["items"][0];
    EXPECT_EQ(sku["id"], "00G1");
    EXPECT_EQ(sku["supportedBillingCycles"], nlohmann::json::array({"one_time"}));
    EXPECT_EQ(sku["dynamicAttributes"]["armSkuName"], "Standard_D4s_v3");
    EXPECT_EQ(sku["dynamicAttributes"]["armRegionName"], "eastus2");
    EXPECT_EQ(sku["dynamicAttributes"]["cores"], "4");
    EXPECT_EQ(sku["minimumQuantity"], 1);
    EXPECT_EQ(sku["maximumQuantity"], 50);

    auto availabilities = call("GET", "/v1" + sku["links"]["availabilities"]["uri"].get<std::string>(), token);
    ASSERT_EQ(availabilities.status, 200);
    auto items = availabilities.json()["items"];
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0]["catalogItemId"], kD4sP1Y);
    EXPECT_EQ(items[0]["terms"][0]["duration"], "P1Y");
    EXPECT_EQ(items[0]["defaultCurrency"]["code"], "USD");
    EXPECT_FALSE(items[0].contains("pricing"));  // prices are not part of the catalog API

    auto one = call(
        "GET", "/v1/products/DZH318Z0BQ3Q/skus/00G1/availabilities/DZH318XZXK7N?country=US&include_price=true", token);
    ASSERT_EQ(one.status, 200);
    EXPECT_EQ(one.json()["terms"][0]["duration"], "P3Y");
    EXPECT_DOUBLE_EQ(one.json()["pricing"]["listPrice"].get<double>(), 2014.80);
    EXPECT_EQ(one.json()["sku"]["id"], "00G1");
}

TEST_F(CatalogTest, QueryErrorsUseTheDocumentedCodes) {
    std::string token = appToken();
    EXPECT_EQ(call("GET", "/v1/products?targetView=AzureReservationsVM", token).json()["code"], 800002);
    auto view = call("GET", "/v1/products?country=US&targetView=Nonsense", token);
    EXPECT_EQ(view.status, 403);
    EXPECT_EQ(view.json()["code"], 400036);
    auto segment = call("GET", "/v1/products?country=US&targetView=AzureReservationsVM&targetSegment=pirates", token);
    EXPECT_EQ(segment.status, 403);
    EXPECT_EQ(segment.json()["code"], 400030);
    EXPECT_EQ(call("GET", "/v1/products/NOPE?country=US", token).json()["code"], 400013);
    EXPECT_EQ(call("GET", "/v1/products/DZH318Z0BQ3Q/skus/ZZZZ?country=US", token).json()["code"], 400018);
    auto availability = call("GET", "/v1/products/DZH318Z0BQ3Q/skus/00G1/availabilities/NOPE?country=US", token);
    EXPECT_EQ(availability.status, 404);
    EXPECT_EQ(availability.json()["code"], 400019);
    // Another market: the catalog serves US only.
    EXPECT_EQ(call("GET", "/v1/products?country=FR&targetView=AzureReservationsVM", token).json()["totalCount"], 0);
}

TEST_F(CatalogTest, QueryNamesAndPathsAreCaseInsensitive) {
    std::string token = appToken();
    auto r = call("GET", "/v1/Products/dzh318z0bq3q/SKUS?COUNTRY=us", token);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json()["totalCount"], 2);
}

// Over a socket the query reaches the handlers as it was sent: the self link (and the journal)
// keep the client's order and spelling, as a request built in process does.
TEST_F(CatalogTest, SelfLinkKeepsTheQueryAsSent) {
    std::string token = appToken();
    auto r = call("GET", "/v1/products?targetView=AzureReservationsVM&country=US", token);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json()["links"]["self"]["uri"], "/products?targetView=AzureReservationsVM&country=US");
    auto encoded = call("GET", "/v1/products?targetView=Azure%52eservationsVM&Country=US", token);
    ASSERT_EQ(encoded.status, 200) << encoded.body;
    EXPECT_EQ(encoded.json()["links"]["self"]["uri"], "/products?targetView=Azure%52eservationsVM&Country=US");
}

TEST_F(CatalogTest, CustomerScopedCatalogUsesTheCustomersMarket) {
    std::string token = appToken();
    auto r = call("GET", "/v1/customers/" + kCustomer + "/products?targetView=AzureReservationsVM", token);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json()["totalCount"], 1);
    auto sku = call("GET", "/v1/customers/" + kCustomer + "/products/DZH318Z0BQ3Q/skus/00G2", token);
    EXPECT_EQ(sku.status, 200);
    auto unknown = call(
        "GET", "/v1/customers/00000000-0000-4000-8000-000000000000/products?targetView=AzureReservationsVM", token);
    EXPECT_EQ(unknown.status, 404);
}

TEST_F(CatalogTest, InventoryCheckAnswersABareArrayWithRestrictions) {
    nlohmann::json request = {
        {"TargetItems", {{{"ProductId", "DZH318Z0BQ3Q"}}}},  // PascalCase, as the .NET SDK sends it
        {"InventoryContext",
         {{"customerId", kCustomer}, {"azureSubscriptionId", "0f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19"}}}};
    auto r = call("POST", "/v1/extensions/product/checkInventory?country=US", appToken(), request.dump());
    ASSERT_EQ(r.status, 200) << r.body;
    auto items = r.json();
    ASSERT_TRUE(items.is_array());
    ASSERT_EQ(items.size(), 2u);
    for (auto& item : items) {
        if (item["skuId"] == "00G2") {
            EXPECT_TRUE(item["isRestricted"].get<bool>());
            EXPECT_EQ(item["restrictions"][0]["reasonCode"], "NotAvailableForSubscription");
            EXPECT_EQ(item["restrictions"][0]["properties"]["values"], "westus");
        } else {
            EXPECT_FALSE(item["isRestricted"].get<bool>());
            EXPECT_FALSE(item.contains("restrictions"));
        }
    }
}

}  // namespace
}  // namespace pcsim::testing
