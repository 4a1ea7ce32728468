#include "sim/catalog_rules.hpp"

#include <array>

#include "partnercenter/text.hpp"
#include "sim/errors/partner_center.hpp"

namespace pcsim::sim {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::toUpper;

namespace {

// The documented values (contract §11); compared case-insensitively, as the service does.
constexpr std::array<std::string_view, 11> kTargetViews{"Azure",
                                                        "AzureReservations",
                                                        "AzureReservationsVM",
                                                        "AzureReservationsSQL",
                                                        "AzureReservationsCosmosDb",
                                                        "MicrosoftAzure",
                                                        "OnlineServices",
                                                        "Software",
                                                        "SoftwareSUSELinux",
                                                        "SoftwarePerpetual",
                                                        "SoftwareSubscriptions"};
constexpr std::array<std::string_view, 4> kTargetSegments{"commercial", "education", "government", "nonprofit"};
constexpr std::string_view kAzurePlanScope = "AzurePlan";

template <std::size_t N>
bool isOneOf(const std::array<std::string_view, N>& values, std::string_view value) {
    for (std::string_view v : values)
        if (equalsIgnoreCase(v, value)) return true;
    return false;
}

ApiError invalidQuery(std::string description) {
    return badRequest(general_error::invalidInput, std::move(description));
}

bool servesMarket(const Catalog& catalog, const CatalogQuery& query) {
    return equalsIgnoreCase(catalog.country(), query.country);
}

ApiError productNotFound(std::string_view productId) {
    return notFound(catalog_error::productNotFound, "Product " + std::string(productId) + " was not found.");
}

}  // namespace

Result<CatalogQuery> readCatalogQuery(const CatalogQueryText& text, std::optional<std::string> customerCountry) {
    CatalogQuery query;
    if (customerCountry) {
        query.country = std::move(*customerCountry);
    } else {
        if (!text.country || text.country->empty()) return invalidQuery("The query parameter 'country' is required.");
        if (text.country->size() != 2)
            return invalidQuery("The query parameter 'country' must be an ISO 3166 two-letter code.");
        query.country = toUpper(*text.country);
    }
    if (text.targetSegment) {
        if (!isOneOf(kTargetSegments, *text.targetSegment))
            return forbidden(catalog_error::targetSegmentNotAllowed,
                             "Access to the requested targetSegment '" + *text.targetSegment + "' is not allowed.");
        query.targetSegment = *text.targetSegment;
    }
    if (text.includePrice) query.includePrice = equalsIgnoreCase(*text.includePrice, "true");
    if (text.reservationScope) {
        if (!equalsIgnoreCase(*text.reservationScope, kAzurePlanScope))
            return invalidQuery("The query parameter 'reservationScope' must be AzurePlan.");
        query.azurePlan = true;
    }
    return query;
}

Result<std::string> readTargetView(const std::optional<std::string>& targetView) {
    if (!targetView || targetView->empty()) return invalidQuery("The query parameter 'targetView' is required.");
    if (!isOneOf(kTargetViews, *targetView))
        return forbidden(catalog_error::targetViewNotAllowed,
                         "Access to the requested targetView '" + *targetView + "' is not allowed.");
    return *targetView;
}

bool availabilityServes(const Availability& availability, bool azurePlanPurchaser) {
    if (availability.reservationScope.empty()) return true;
    return azurePlanPurchaser && equalsIgnoreCase(availability.reservationScope, kAzurePlanScope);
}

bool availabilityListed(const Availability& availability, const CatalogQuery& query) {
    return availabilityServes(availability, query.azurePlan) &&
           (!query.targetSegment || equalsIgnoreCase(availability.segment, *query.targetSegment));
}

std::vector<const Product*> productsListed(const Catalog& catalog, const CatalogQuery& query,
                                           std::string_view targetView) {
    if (!servesMarket(catalog, query)) return {};
    return catalog.productsForView(targetView);
}

Result<const Product*> productFor(const Catalog& catalog, const CatalogQuery& query, std::string_view productId) {
    const Product* product = catalog.findProduct(productId);
    if (!product || !servesMarket(catalog, query)) return productNotFound(productId);
    return product;
}

std::vector<const Sku*> skusListed(const Product& product, const CatalogQuery& query) {
    std::vector<const Sku*> listed;
    for (const auto& sku : product.skus)
        if (!availabilitiesListed(sku, query).empty()) listed.push_back(&sku);
    return listed;
}

Result<const Sku*> skuFor(const Catalog& catalog, const Product& product, std::string_view skuId) {
    const Sku* sku = catalog.findSku(product.id, skuId);
    if (!sku)
        return notFound(catalog_error::skuNotFound,
                        "SKU " + std::string(skuId) + " of product " + product.id + " was not found.");
    return sku;
}

std::vector<const Availability*> availabilitiesListed(const Sku& sku, const CatalogQuery& query) {
    std::vector<const Availability*> listed;
    for (const auto& availability : sku.availabilities)
        if (availabilityListed(availability, query)) listed.push_back(&availability);
    return listed;
}

Result<const Availability*> availabilityFor(const Product& product, const Sku& sku, std::string_view availabilityId) {
    for (const auto& availability : sku.availabilities)
        if (equalsIgnoreCase(availability.id, availabilityId)) return &availability;
    return notFound(catalog_error::availabilityNotFound, "Availability " + std::string(availabilityId) + " of " +
                                                             product.id + ":" + sku.id + " was not found.");
}

}  // namespace pcsim::sim
