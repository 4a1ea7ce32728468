// The catalog: products → SKUs → availabilities (global and customer-scoped), and inventory checks.
// The catalog is immutable, so these handlers take no world lock (except to look a customer up)
// and every successful GET is rendered once, then served from the sandbox's response cache.
#include <array>

#include "http/body.hpp"
#include "http/context.hpp"
#include "http/render.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"
#include "partnercenter/text.hpp"
#include "sim/customers_ops.hpp"

namespace pcsim::http {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::toUpper;

namespace {

namespace catalog_error {
constexpr int productNotFound = 400013;
constexpr int skuNotFound = 400018;
constexpr int availabilityNotFound = 400019;
constexpr int targetSegmentNotAllowed = 400030;
constexpr int targetViewNotAllowed = 400036;
}  // namespace catalog_error

constexpr std::array kTargetViews{"Azure",
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
constexpr std::array kTargetSegments{"commercial", "education", "government", "nonprofit"};

template <std::size_t N>
bool isOneOf(const std::array<const char*, N>& values, std::string_view value) {
    for (const char* v : values)
        if (equalsIgnoreCase(v, value)) return true;
    return false;
}

// What a catalog query asks for, from the query string or the customer's market.
struct CatalogQuery {
    std::string country;
    std::optional<std::string> targetSegment;
    bool azurePlan = false;     // reservationScope=AzurePlan
    bool includePrice = false;  // include_price=true: the pcsim price extension on availabilities
};

// Availabilities without a reservationScope serve both MS-AZR-0145P and Azure plan customers;
// those marked AzurePlan only appear when reservationScope=AzurePlan is asked for.
bool availabilityMatches(const sim::Availability& a, const CatalogQuery& q) {
    if (!a.reservationScope.empty() && !(q.azurePlan && equalsIgnoreCase(a.reservationScope, "AzurePlan")))
        return false;
    return !q.targetSegment || equalsIgnoreCase(a.segment, *q.targetSegment);
}

// Resolves the market: `country` for the global routes, the customer's country for customer-scoped
// ones. Returns an error response when the query is not acceptable.
std::optional<HttpResponse> resolveQuery(RequestContext& ctx, CatalogQuery& query) {
    const auto& request = ctx.request;
    if (ctx.params.count("customerId")) {
        auto customer = [&] {
            auto lock = ctx.lockWorld();
            return sim::getCustomer(ctx.world(), ctx.param("customerId"));
        }();
        if (!customer) return error(customer.error());
        query.country = customer->country;
    } else {
        auto country = request.queryParam("country");
        if (!country || country->empty()) return error(400, 800002, "The query parameter 'country' is required.");
        if (country->size() != 2)
            return error(400, 800002, "The query parameter 'country' must be an ISO 3166 two-letter code.");
        query.country = toUpper(*country);
    }
    if (auto segment = request.queryParam("targetsegment")) {
        if (!isOneOf(kTargetSegments, *segment))
            return error(403, catalog_error::targetSegmentNotAllowed,
                         "Access to the requested targetSegment '" + *segment + "' is not allowed.");
        query.targetSegment = *segment;
    }
    if (auto price = request.queryParam("include_price")) query.includePrice = equalsIgnoreCase(*price, "true");
    if (auto scope = request.queryParam("reservationscope")) {
        if (!equalsIgnoreCase(*scope, "AzurePlan"))
            return error(400, 800002, "The query parameter 'reservationScope' must be AzurePlan.");
        query.azurePlan = true;
    }
    return std::nullopt;
}

bool servesMarket(const sim::Catalog& catalog, const CatalogQuery& query) {
    return equalsIgnoreCase(catalog.country(), query.country);
}

HttpResponse productNotFound(const std::string& id) {
    return error(404, catalog_error::productNotFound, "Product " + id + " was not found.");
}

// The self link of a customer-scoped or global listing.
std::string selfUri(const RequestContext& ctx) {
    std::string path = ctx.request.path;
    if (path.rfind("/v1", 0) == 0) path.erase(0, 3);
    return ctx.request.rawQuery.empty() ? path : path + "?" + ctx.request.rawQuery;
}

HttpResponse listProducts(RequestContext& ctx, const CatalogQuery& query) {
    auto view = ctx.request.queryParam("targetview");
    if (!view || view->empty()) return error(400, 800002, "The query parameter 'targetView' is required.");
    if (!isOneOf(kTargetViews, *view))
        return error(403, catalog_error::targetViewNotAllowed,
                     "Access to the requested targetView '" + *view + "' is not allowed.");
    const auto& catalog = ctx.world().catalog();
    std::vector<models::Product> items;
    if (servesMarket(catalog, query))
        for (const auto* product : catalog.productsForView(*view))
            items.push_back(renderProduct(*product, query.country));
    return json(200, collection(std::move(items), selfUri(ctx)));
}

HttpResponse getProduct(RequestContext& ctx, const CatalogQuery& query) {
    const auto& catalog = ctx.world().catalog();
    const auto* product = catalog.findProduct(ctx.param("productId"));
    if (!product || !servesMarket(catalog, query)) return productNotFound(ctx.param("productId"));
    return json(200, renderProduct(*product, query.country));
}

HttpResponse listSkus(RequestContext& ctx, const CatalogQuery& query) {
    const auto& catalog = ctx.world().catalog();
    const auto* product = catalog.findProduct(ctx.param("productId"));
    if (!product || !servesMarket(catalog, query)) return productNotFound(ctx.param("productId"));
    std::vector<models::Sku> items;
    for (const auto& sku : product->skus) {
        bool offered = false;
        for (const auto& a : sku.availabilities) offered = offered || availabilityMatches(a, query);
        if (offered) items.push_back(renderSku(*product, sku, query.country));
    }
    return json(200, collection(std::move(items), selfUri(ctx)));
}

// Finds product and SKU of the path, or the 404 to answer.
std::variant<std::pair<const sim::Product*, const sim::Sku*>, HttpResponse> findSku(RequestContext& ctx,
                                                                                    const CatalogQuery& query) {
    const auto& catalog = ctx.world().catalog();
    const auto* product = catalog.findProduct(ctx.param("productId"));
    if (!product || !servesMarket(catalog, query)) return productNotFound(ctx.param("productId"));
    const auto* sku = catalog.findSku(product->id, ctx.param("skuId"));
    if (!sku)
        return error(404, catalog_error::skuNotFound,
                     "SKU " + ctx.param("skuId") + " of product " + product->id + " was not found.");
    return std::make_pair(product, sku);
}

HttpResponse getSku(RequestContext& ctx, const CatalogQuery& query) {
    auto found = findSku(ctx, query);
    if (auto* response = std::get_if<HttpResponse>(&found)) return *response;
    auto [product, sku] = std::get<0>(found);
    return json(200, renderSku(*product, *sku, query.country));
}

HttpResponse listAvailabilities(RequestContext& ctx, const CatalogQuery& query) {
    auto found = findSku(ctx, query);
    if (auto* response = std::get_if<HttpResponse>(&found)) return *response;
    auto [product, sku] = std::get<0>(found);
    std::vector<models::Availability> items;
    for (const auto& a : sku->availabilities)
        if (availabilityMatches(a, query))
            items.push_back(renderAvailability(ctx.world().catalog(), *product, *sku, a, false, query.includePrice));
    return json(200, collection(std::move(items), selfUri(ctx)));
}

HttpResponse getAvailability(RequestContext& ctx, const CatalogQuery& query) {
    auto found = findSku(ctx, query);
    if (auto* response = std::get_if<HttpResponse>(&found)) return *response;
    auto [product, sku] = std::get<0>(found);
    for (const auto& a : sku->availabilities)
        if (equalsIgnoreCase(a.id, ctx.param("availabilityId")))
            return json(200, renderAvailability(ctx.world().catalog(), *product, *sku, a, true, query.includePrice));
    return error(
        404, catalog_error::availabilityNotFound,
        "Availability " + ctx.param("availabilityId") + " of " + product->id + ":" + sku->id + " was not found.");
}

// Wraps a catalog handler: resolve the market, then serve from the render cache or render and keep.
Handler cached(HttpResponse (*render)(RequestContext&, const CatalogQuery&)) {
    return [render](RequestContext& ctx) {
        // The target exactly as sent: the answer's self link repeats it, spelling and order.
        const std::string key = ctx.request.path + "?" + ctx.request.rawQuery;
        if (auto hit = ctx.state->catalogResponses.find(key)) return std::move(*hit);
        CatalogQuery query;
        if (auto rejected = resolveQuery(ctx, query)) return *rejected;
        HttpResponse response = render(ctx, query);
        if (response.status == 200) ctx.state->catalogResponses.store(key, response);
        return response;
    };
}

HttpResponse checkInventory(RequestContext& ctx) {
    auto country = ctx.request.queryParam("country");
    if (!country || country->empty()) return error(400, 800002, "The query parameter 'country' is required.");
    auto request = models::parse<models::InventoryCheckRequest>(parseJsonBody(ctx.request));
    sim::InventoryQuery query;
    query.country = toUpper(*country);
    for (const auto& target : request.targetItems) query.targets.push_back({target.productId, target.skuId});
    query.context = request.inventoryContext;
    auto results = [&] {
        auto lock = ctx.lockWorld();
        return sim::checkInventory(ctx.world(), query);
    }();
    if (!results) return error(results.error());
    std::vector<models::InventoryItem> items;
    for (const auto& r : *results) items.push_back(renderInventoryItem(r));
    return json(200, items);  // a bare array, not a collection (contract §12)
}

}  // namespace

void addCatalogRoutes(Router& router) {
    for (const std::string base : {"/v1", "/v1/customers/{customerId}"}) {
        router.add("GET", base + "/products", Access::app, cached(listProducts));
        router.add("GET", base + "/products/{productId}", Access::app, cached(getProduct));
        router.add("GET", base + "/products/{productId}/skus", Access::app, cached(listSkus));
        router.add("GET", base + "/products/{productId}/skus/{skuId}", Access::app, cached(getSku));
        router.add("GET", base + "/products/{productId}/skus/{skuId}/availabilities", Access::app,
                   cached(listAvailabilities));
        router.add("GET", base + "/products/{productId}/skus/{skuId}/availabilities/{availabilityId}", Access::app,
                   cached(getAvailability));
    }
    router.add("POST", "/v1/extensions/product/checkinventory", Access::app, checkInventory);
}

}  // namespace pcsim::http
