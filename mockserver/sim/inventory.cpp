#include "sim/inventory.hpp"

#include "partnercenter/text.hpp"
#include "sim/customers_ops.hpp"
#include "sim/lookup.hpp"
#include "sim/purchase_terms.hpp"

namespace pcsim::sim {

using partnercenter::text::equalsIgnoreCase;
namespace {

// An empty region or size in a restriction means "every region" / "every size".
bool appliesTo(const InventoryRestriction& restriction, const Sku& sku) {
    return (restriction.armRegionName.empty() || equalsIgnoreCase(restriction.armRegionName, sku.armRegionName)) &&
           (restriction.skuArmName.empty() || equalsIgnoreCase(restriction.skuArmName, sku.armSkuName));
}

// The documented restriction shape (contract §12): a Location restriction naming the SKU's region.
InventoryRestrictionResult describe(const InventoryRestriction& restriction, const Sku& sku) {
    return {restriction.reasonCode,
            "Restriction identified of type 'Location' with values '" + sku.armRegionName + "'.",
            {{"type", "Location"}, {"values", sku.armRegionName}}};
}

InventoryResult evaluate(const Customer& customer, const Sku& sku) {
    InventoryResult result{sku.productId, sku.id, false, {}};
    if (auto restriction = inventoryRestrictionFor(customer, sku)) {
        result.isRestricted = true;
        result.restrictions.push_back(std::move(*restriction));
    }
    return result;
}

}  // namespace

std::optional<InventoryRestrictionResult> inventoryRestrictionFor(const Customer& customer, const Sku& sku) {
    for (const auto& restriction : customer.inventoryRestrictions)
        if (appliesTo(restriction, sku)) return describe(restriction, sku);
    return std::nullopt;
}

Result<std::vector<InventoryResult>> checkInventory(const World& world, const InventoryQuery& query) {
    if (query.country.empty())
        return badRequest(general_error::invalidInput, "The query parameter 'country' is required.");
    auto customerId = contextValue(query.context, "customerId");
    if (!customerId || customerId->empty())
        return badRequest(customer_error::invalidInput, "inventoryContext.customerId is required.");
    auto state = customerOr404(world, *customerId);
    if (!state) return state.error();
    const Customer& customer = (*state)->customer;

    std::vector<InventoryResult> results;
    const Catalog& catalog = world.catalog();
    if (!equalsIgnoreCase(query.country, catalog.country())) return results;
    // armRegionName narrows a product-wide target to that region's SKUs; a named SKU is always answered.
    const auto region = contextValue(query.context, "armRegionName");
    for (const auto& target : query.targets) {
        const Product* product = catalog.findProduct(target.productId);
        if (!product) continue;
        if (target.skuId) {
            if (const Sku* sku = catalog.findSku(product->id, *target.skuId))
                results.push_back(evaluate(customer, *sku));
            continue;
        }
        for (const auto& sku : product->skus)
            if (!region || equalsIgnoreCase(sku.armRegionName, *region)) results.push_back(evaluate(customer, sku));
    }
    return results;
}

}  // namespace pcsim::sim
