#include "sim/catalog.hpp"

#include <algorithm>

#include "partnercenter/catalog_spelling.hpp"
#include "partnercenter/text.hpp"

namespace pcsim::sim {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::toUpper;

namespace {
std::string skuKey(std::string_view productId, std::string_view skuId) {
    std::string key = toUpper(productId);
    key += '/';
    key += toUpper(skuId);
    return key;
}

bool contains(const std::vector<std::string>& values, std::string_view wanted) {
    return std::any_of(values.begin(), values.end(), [&](const std::string& v) { return equalsIgnoreCase(v, wanted); });
}
}  // namespace

bool Sku::requiresRegistration() const { return contains(purchasePrerequisites, "AzureSubscriptionRegistration"); }
bool Sku::requiresInventoryCheck() const { return contains(purchasePrerequisites, "InventoryCheck"); }

Catalog::Catalog(std::string country, std::string currencyCode, std::string currencySymbol,
                 std::vector<Product> products)
    : country_(std::move(country)),
      currencyCode_(std::move(currencyCode)),
      currencySymbol_(std::move(currencySymbol)),
      products_(std::move(products)) {
    productIndex_.reserve(products_.size());
    for (std::size_t i = 0; i < products_.size(); ++i) {
        productIndex_.emplace(toUpper(products_[i].id), i);
        skuCount_ += products_[i].skus.size();
    }
    skuIndex_.reserve(skuCount_);
    for (const auto& product : products_)
        for (const auto& sku : product.skus) skuIndex_.emplace(skuKey(product.id, sku.id), &sku);
}

const Product* Catalog::findProduct(std::string_view productId) const {
    auto it = productIndex_.find(toUpper(productId));
    return it == productIndex_.end() ? nullptr : &products_[it->second];
}

const Sku* Catalog::findSku(std::string_view productId, std::string_view skuId) const {
    auto it = skuIndex_.find(skuKey(productId, skuId));
    return it == skuIndex_.end() ? nullptr : it->second;
}

const Availability* Catalog::findAvailability(std::string_view productId, std::string_view skuId,
                                              std::string_view availabilityId) const {
    const Sku* sku = findSku(productId, skuId);
    if (!sku) return nullptr;
    for (const auto& availability : sku->availabilities)
        if (equalsIgnoreCase(availability.id, availabilityId)) return &availability;
    return nullptr;
}

std::optional<CatalogItem> Catalog::findCatalogItem(std::string_view catalogItemId) const {
    const auto parts = partnercenter::catalog::splitCatalogItemId(catalogItemId);
    if (!parts) return std::nullopt;
    CatalogItem item;
    item.product = findProduct(parts->productId);
    item.sku = item.product ? findSku(parts->productId, parts->skuId) : nullptr;
    item.availability = item.sku ? findAvailability(parts->productId, parts->skuId, parts->availabilityId) : nullptr;
    if (!item.availability) return std::nullopt;
    return item;
}

std::vector<const Product*> Catalog::productsForView(std::string_view targetView) const {
    std::vector<const Product*> out;
    for (const auto& product : products_)
        if (contains(product.targetViews, targetView)) out.push_back(&product);
    return out;
}

}  // namespace pcsim::sim
