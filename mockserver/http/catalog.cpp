// The catalog: products → SKUs → availabilities (global and customer-scoped), and inventory checks.
// The catalog is immutable, so these handlers take no world lock (except to look a customer up)
// and every successful GET is rendered once, then served from the sandbox's response cache.
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/render.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"
#include "partnercenter/text.hpp"
#include "sim/catalog_rules.hpp"
#include "sim/customers_ops.hpp"
#include "sim/errors/partner_center.hpp"

namespace pcsim::http {

using partnercenter::text::toUpper;

namespace {

// The self link of a customer-scoped or global listing.
std::string selfUri(const RequestContext& ctx) {
    std::string path = ctx.request.path;
    if (path.rfind("/v1", 0) == 0) path.erase(0, 3);
    return ctx.request.rawQuery.empty() ? path : path + "?" + ctx.request.rawQuery;
}

// The market comes from `country` on the global routes and from the customer on customer-scoped ones.
sim::Result<sim::CatalogQuery> readQuery(RequestContext& ctx) {
    const auto& request = ctx.request;
    std::optional<std::string> customerCountry;
    if (ctx.params.count("customerId")) {
        auto customer = [&] {
            auto lock = ctx.lockWorld();
            return sim::getCustomer(ctx.world(), ctx.param("customerId"));
        }();
        if (!customer) return customer.error();
        customerCountry = customer->country;
    }
    return sim::readCatalogQuery({request.queryParam("country"), request.queryParam("targetsegment"),
                                  request.queryParam("reservationscope"), request.queryParam("include_price")},
                                 std::move(customerCountry));
}

HttpResponse listProducts(RequestContext& ctx, const sim::CatalogQuery& query) {
    auto view = sim::readTargetView(ctx.request.queryParam("targetview"));
    if (!view) return error(view.error());
    std::vector<models::Product> items;
    for (const auto* product : sim::productsListed(ctx.world().catalog(), query, *view))
        items.push_back(renderProduct(*product, query.country));
    return json(200, collection(std::move(items), selfUri(ctx)));
}

HttpResponse getProduct(RequestContext& ctx, const sim::CatalogQuery& query) {
    auto product = sim::productFor(ctx.world().catalog(), query, ctx.param("productId"));
    if (!product) return error(product.error());
    return json(200, renderProduct(**product, query.country));
}

HttpResponse listSkus(RequestContext& ctx, const sim::CatalogQuery& query) {
    auto product = sim::productFor(ctx.world().catalog(), query, ctx.param("productId"));
    if (!product) return error(product.error());
    std::vector<models::Sku> items;
    for (const auto* sku : sim::skusListed(**product, query))
        items.push_back(renderSku(**product, *sku, query.country));
    return json(200, collection(std::move(items), selfUri(ctx)));
}

// Product and SKU of the path.
sim::Result<std::pair<const sim::Product*, const sim::Sku*>> findSku(RequestContext& ctx,
                                                                     const sim::CatalogQuery& query) {
    const auto& catalog = ctx.world().catalog();
    auto product = sim::productFor(catalog, query, ctx.param("productId"));
    if (!product) return product.error();
    auto sku = sim::skuFor(catalog, **product, ctx.param("skuId"));
    if (!sku) return sku.error();
    return std::make_pair(*product, *sku);
}

HttpResponse getSku(RequestContext& ctx, const sim::CatalogQuery& query) {
    auto found = findSku(ctx, query);
    if (!found) return error(found.error());
    auto [product, sku] = *found;
    return json(200, renderSku(*product, *sku, query.country));
}

HttpResponse listAvailabilities(RequestContext& ctx, const sim::CatalogQuery& query) {
    auto found = findSku(ctx, query);
    if (!found) return error(found.error());
    auto [product, sku] = *found;
    std::vector<models::Availability> items;
    for (const auto* a : sim::availabilitiesListed(*sku, query))
        items.push_back(renderAvailability(ctx.world().catalog(), *product, *sku, *a, false, query.includePrice));
    return json(200, collection(std::move(items), selfUri(ctx)));
}

HttpResponse getAvailability(RequestContext& ctx, const sim::CatalogQuery& query) {
    auto found = findSku(ctx, query);
    if (!found) return error(found.error());
    auto [product, sku] = *found;
    auto availability = sim::availabilityFor(*product, *sku, ctx.param("availabilityId"));
    if (!availability) return error(availability.error());
    return json(200,
                renderAvailability(ctx.world().catalog(), *product, *sku, **availability, true, query.includePrice));
}

// Wraps a catalog handler: resolve the market, then serve from the render cache or render and keep.
Handler cached(HttpResponse (*render)(RequestContext&, const sim::CatalogQuery&)) {
    return [render](RequestContext& ctx) {
        // The target exactly as sent: the answer's self link repeats it, spelling and order.
        const std::string key = ctx.request.path + "?" + ctx.request.rawQuery;
        if (auto hit = ctx.state->catalogResponses.find(key)) return std::move(*hit);
        auto query = readQuery(ctx);
        if (!query) return error(query.error());
        HttpResponse response = render(ctx, *query);
        if (response.status == 200) ctx.state->catalogResponses.store(key, response);
        return response;
    };
}

HttpResponse checkInventory(RequestContext& ctx) {
    auto request = models::parse<models::InventoryCheckRequest>(parseJsonBody(ctx.request));
    sim::InventoryQuery query;
    query.country = toUpper(ctx.request.queryParam("country").value_or(""));
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
