// The catalog: products → SKUs → availabilities, either a market's (partner.products("US")) or a
// customer's (partner.customers().byId(id).products()), and the inventory check. Contract §11, §12.
#pragma once

#include "partnercenter/models/catalog.hpp"
#include "partnercenter/resources/context.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace partnercenter {

namespace detail {
/// Where in the catalog a resource object points, and the query every call there carries.
struct CatalogScope {
    Context context{};
    std::string path{};                    ///< "/v1/products/..." or "/v1/customers/{id}/products/..."
    std::optional<std::string> country{};  ///< market (global catalog only)
    std::optional<std::string> targetSegment{};
    std::optional<std::string> reservationScope{};  ///< "AzurePlan" for Azure plan subscriptions
    bool includePrice = false;  ///< pcsim's price extension on availabilities (see AvailabilityPrice)

    [[nodiscard]] CatalogScope child(const std::string& segment) const;
};
}  // namespace detail

class AvailabilityOperations {
public:
    explicit AvailabilityOperations(detail::CatalogScope scope) : scope_(std::move(scope)) {}
    [[nodiscard]] models::Availability get() const;

private:
    detail::CatalogScope scope_;
};

class AvailabilityCollection {
public:
    explicit AvailabilityCollection(detail::CatalogScope scope) : scope_(std::move(scope)) {}
    [[nodiscard]] models::Collection<models::Availability> get() const;
    [[nodiscard]] AvailabilityOperations byId(const std::string& availabilityId) const;

private:
    detail::CatalogScope scope_;
};

class SkuOperations {
public:
    explicit SkuOperations(detail::CatalogScope scope) : scope_(std::move(scope)) {}
    [[nodiscard]] models::Sku get() const;
    [[nodiscard]] AvailabilityCollection availabilities() const;

private:
    detail::CatalogScope scope_;
};

class SkuCollection {
public:
    explicit SkuCollection(detail::CatalogScope scope) : scope_(std::move(scope)) {}
    [[nodiscard]] models::Collection<models::Sku> get() const;
    [[nodiscard]] SkuOperations byId(const std::string& skuId) const;

private:
    detail::CatalogScope scope_;
};

class ProductOperations {
public:
    explicit ProductOperations(detail::CatalogScope scope) : scope_(std::move(scope)) {}
    [[nodiscard]] models::Product get() const;
    [[nodiscard]] SkuCollection skus() const;

private:
    detail::CatalogScope scope_;
};

class ProductCollection {
public:
    explicit ProductCollection(detail::CatalogScope scope) : scope_(std::move(scope)) {}

    /// GET /products?targetView=... (e.g. "AzureReservationsVM").
    [[nodiscard]] models::Collection<models::Product> byTargetView(const std::string& targetView) const;
    [[nodiscard]] ProductOperations byId(const std::string& productId) const;

    /// Copies that add a query parameter to every call below them.
    [[nodiscard]] ProductCollection withTargetSegment(std::string segment) const;
    [[nodiscard]] ProductCollection withReservationScope(std::string scope) const;
    /// Asks availabilities for prices (include_price=true). Only pcsim answers with them; the real
    /// catalog API carries no reservation prices, so Availability::pricing stays empty there.
    [[nodiscard]] ProductCollection withPrices() const;

private:
    detail::CatalogScope scope_;
};

/// POST /v1/extensions/product/checkinventory?country=CC.
class InventoryOperations {
public:
    InventoryOperations(detail::Context context, std::string country)
        : context_(std::move(context)), country_(std::move(country)) {}
    [[nodiscard]] std::vector<models::InventoryItem> check(const models::InventoryCheckRequest& request) const;

private:
    detail::Context context_;
    std::string country_;
};

}  // namespace partnercenter
