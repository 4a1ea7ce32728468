#pragma once
// What a catalog query may ask for and what it sees: the query's checks (country, targetView,
// targetSegment, reservationScope; contract §11), the visibility of availabilities by purchaser,
// and the catalog's not-found errors. The HTTP layer reads the query text into CatalogQueryText
// and renders what these return; the cart rules apply the same visibility (cart_rules.cpp).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/catalog.hpp"
#include "sim/result.hpp"

namespace pcsim::sim {

// The query parameters as the client sent them (absent = nullopt).
struct CatalogQueryText {
    std::optional<std::string> country;
    std::optional<std::string> targetSegment;
    std::optional<std::string> reservationScope;
    std::optional<std::string> includePrice;
};

// A checked catalog query.
struct CatalogQuery {
    std::string country;  // ISO 3166 two letters, upper case
    std::optional<std::string> targetSegment;
    bool azurePlan = false;     // reservationScope=AzurePlan: the purchaser holds an Azure plan
    bool includePrice = false;  // include_price=true: the pcsim price extension on availabilities
};

// The global routes take `country` from the query; the customer-scoped ones pass the customer's
// country as `customerCountry` (and the query's `country` is then ignored).
Result<CatalogQuery> readCatalogQuery(const CatalogQueryText& text, std::optional<std::string> customerCountry);
// `targetView` of a product listing: required, and one of the documented views (403 400036).
Result<std::string> readTargetView(const std::optional<std::string>& targetView);

// Whether an availability is sold to a purchaser: one without a reservationScope serves MS-AZR-0145P
// and Azure plan subscriptions alike; one marked AzurePlan serves Azure plan subscriptions only.
bool availabilityServes(const Availability& availability, bool azurePlanPurchaser);
// What a listing shows: served to the query's purchaser, and of its targetSegment when one is given.
bool availabilityListed(const Availability& availability, const CatalogQuery& query);

// The catalog as a query sees it. A catalog serves one market: another country finds nothing.
std::vector<const Product*> productsListed(const Catalog& catalog, const CatalogQuery& query,
                                           std::string_view targetView);
Result<const Product*> productFor(const Catalog& catalog, const CatalogQuery& query, std::string_view productId);
// SKUs of the product with at least one availability listed.
std::vector<const Sku*> skusListed(const Product& product, const CatalogQuery& query);
Result<const Sku*> skuFor(const Catalog& catalog, const Product& product, std::string_view skuId);
std::vector<const Availability*> availabilitiesListed(const Sku& sku, const CatalogQuery& query);
// An availability by id, whether or not a listing would show it (as the service answers by id).
Result<const Availability*> availabilityFor(const Product& product, const Sku& sku, std::string_view availabilityId);

}  // namespace pcsim::sim
