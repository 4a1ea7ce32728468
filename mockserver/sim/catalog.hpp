#pragma once
// The product catalog: products → SKUs → availabilities, immutable once a scenario is loaded.
// Lookups take no lock (the catalog is shared read-only between sandboxes and threads).
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pcsim::sim {

struct Availability {
    std::string id;
    std::string term;  // ISO 8601: P1Y or P3Y
    double price = 0;  // per instance, whole term, paid upfront, in the catalog currency
    bool isPurchasable = true;
    std::string reservationScope;  // "" = MS-AZR-0145P subscriptions; "AzurePlan" = Azure plan
    std::string segment = "commercial";
};

struct Sku {
    std::string id;
    std::string productId;
    std::string title;
    std::string description;
    std::string armSkuName;     // Standard_D4s_v3
    std::string armRegionName;  // eastus2
    std::string region;         // US East 2
    int cores = 0;
    double ram = 0;
    std::string isfGroup;  // instance size flexibility group, e.g. "DSv3 Series"
    double isfRatio = 1;   // this size's ratio within its group
    std::string category = "General purpose";
    std::string diskType = "Ssd";
    std::int64_t minimumQuantity = 1;
    std::int64_t maximumQuantity = 999999999;
    std::vector<std::string> purchasePrerequisites{"AzureSubscriptionRegistration", "InventoryCheck"};
    std::optional<double> payAsYouGoHourly;
    std::vector<Availability> availabilities;

    bool requiresRegistration() const;
    bool requiresInventoryCheck() const;
};

struct Product {
    std::string id;
    std::string title;
    std::string description;
    std::vector<std::string> targetViews;
    std::string productTypeId = "Azure";
    std::string productSubTypeId = "VirtualMachines";
    std::vector<Sku> skus;
};

// One purchasable thing: the triple a `catalogItemId` ("product:sku:availability") names.
struct CatalogItem {
    const Product* product = nullptr;
    const Sku* sku = nullptr;
    const Availability* availability = nullptr;
};

class Catalog {
public:
    Catalog(std::string country, std::string currencyCode, std::string currencySymbol, std::vector<Product> products);
    // The SKU index points into `products_`: a copy would point into the original.
    Catalog(const Catalog&) = delete;
    Catalog& operator=(const Catalog&) = delete;

    const std::string& country() const { return country_; }
    const std::string& currencyCode() const { return currencyCode_; }
    const std::string& currencySymbol() const { return currencySymbol_; }
    const std::vector<Product>& products() const { return products_; }
    std::size_t skuCount() const { return skuCount_; }

    // Ids are matched case-insensitively, as the service does.
    const Product* findProduct(std::string_view productId) const;
    const Sku* findSku(std::string_view productId, std::string_view skuId) const;
    const Availability* findAvailability(std::string_view productId, std::string_view skuId,
                                         std::string_view availabilityId) const;
    std::optional<CatalogItem> findCatalogItem(std::string_view catalogItemId) const;

    // Products offered under a target view (case-insensitive), e.g. "AzureReservationsVM".
    std::vector<const Product*> productsForView(std::string_view targetView) const;

private:
    std::string country_;
    std::string currencyCode_;
    std::string currencySymbol_;
    std::vector<Product> products_;
    std::size_t skuCount_ = 0;
    std::unordered_map<std::string, std::size_t> productIndex_;  // upper-cased id → index
    // "PRODUCT/SKU" upper-cased → SKU: generated products hold thousands of SKUs, so no linear scans.
    std::unordered_map<std::string, const Sku*> skuIndex_;
};

}  // namespace pcsim::sim
