#include "partnercenter/resources/catalog.hpp"

#include "calls.hpp"

namespace partnercenter {

namespace detail {

CatalogScope CatalogScope::child(const std::string& childSegment) const {
    CatalogScope scope = *this;
    scope.path += "/" + childSegment;
    return scope;
}

namespace {
// The query every catalog call carries; prices only where the service knows them (availabilities).
Query catalogQuery(const CatalogScope& scope, bool availabilityCall) {
    Query query;
    if (scope.country) query.emplace_back("country", *scope.country);
    if (scope.targetSegment) query.emplace_back("targetSegment", *scope.targetSegment);
    if (scope.reservationScope) query.emplace_back("reservationScope", *scope.reservationScope);
    if (availabilityCall && scope.includePrice) query.emplace_back("include_price", "true");
    return query;
}

template <class T>
T getCatalog(const CatalogScope& scope, bool availabilityCall = false, Query extra = {}) {
    Query query = std::move(extra);
    for (auto& parameter : catalogQuery(scope, availabilityCall)) query.push_back(std::move(parameter));
    return getResource<T>(scope.context, scope.path, query);
}
}  // namespace

}  // namespace detail

using detail::getCatalog;
using detail::segment;

models::Availability AvailabilityOperations::get() const { return getCatalog<models::Availability>(scope_, true); }

models::Collection<models::Availability> AvailabilityCollection::get() const {
    return getCatalog<models::Collection<models::Availability>>(scope_, true);
}

AvailabilityOperations AvailabilityCollection::byId(const std::string& availabilityId) const {
    return AvailabilityOperations(scope_.child(segment(availabilityId)));
}

models::Sku SkuOperations::get() const { return getCatalog<models::Sku>(scope_); }

AvailabilityCollection SkuOperations::availabilities() const {
    return AvailabilityCollection(scope_.child("availabilities"));
}

models::Collection<models::Sku> SkuCollection::get() const {
    return getCatalog<models::Collection<models::Sku>>(scope_);
}

SkuOperations SkuCollection::byId(const std::string& skuId) const {
    return SkuOperations(scope_.child(segment(skuId)));
}

models::Product ProductOperations::get() const { return getCatalog<models::Product>(scope_); }

SkuCollection ProductOperations::skus() const { return SkuCollection(scope_.child("skus")); }

models::Collection<models::Product> ProductCollection::byTargetView(const std::string& targetView) const {
    return getCatalog<models::Collection<models::Product>>(scope_, false, {{"targetView", targetView}});
}

ProductOperations ProductCollection::byId(const std::string& productId) const {
    return ProductOperations(scope_.child(segment(productId)));
}

ProductCollection ProductCollection::withTargetSegment(std::string segmentName) const {
    auto scope = scope_;
    scope.targetSegment = std::move(segmentName);
    return ProductCollection(std::move(scope));
}

ProductCollection ProductCollection::withReservationScope(std::string reservationScope) const {
    auto scope = scope_;
    scope.reservationScope = std::move(reservationScope);
    return ProductCollection(std::move(scope));
}

ProductCollection ProductCollection::withPrices() const {
    auto scope = scope_;
    scope.includePrice = true;
    return ProductCollection(std::move(scope));
}

std::vector<models::InventoryItem> InventoryOperations::check(const models::InventoryCheckRequest& request) const {
    // The answer is a bare array, not a collection (contract §12).
    return detail::sendResource<std::vector<models::InventoryItem>>(
        context_, "POST", detail::withQuery("/v1/extensions/product/checkinventory", {{"country", country_}}), request);
}

}  // namespace partnercenter
