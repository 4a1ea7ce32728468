#pragma once
// POST /v1/extensions/product/checkinventory: whether a customer may buy a SKU in a region.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sim/result.hpp"
#include "sim/world.hpp"

namespace pcsim::sim {

struct InventoryTarget {
    std::string productId;
    std::optional<std::string> skuId;  // absent: every SKU of the product
};

struct InventoryQuery {
    std::string country;
    std::vector<InventoryTarget> targets;
    std::map<std::string, std::string> context;  // inventoryContext; keys matched case-insensitively
};

struct InventoryRestrictionResult {
    std::string reasonCode;
    std::string description;
    std::map<std::string, std::string> properties;  // {"type": "Location", "values": "<region>"}
};

struct InventoryResult {
    std::string productId;
    std::string skuId;
    bool isRestricted = false;
    std::vector<InventoryRestrictionResult> restrictions;
};

// Items not in the catalog (or a country the catalog does not serve) are omitted from the answer,
// as the service does. A missing `customerId` in the context is 400 800002.
Result<std::vector<InventoryResult>> checkInventory(const World& world, const InventoryQuery& query);

// The restriction that applies to this customer and SKU, if any (also used by cart validation).
std::optional<InventoryRestrictionResult> inventoryRestrictionFor(const Customer& customer, const Sku& sku);

}  // namespace pcsim::sim
