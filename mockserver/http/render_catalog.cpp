#include "http/render.hpp"

#include <cmath>

#include "partnercenter/catalog_spelling.hpp"

namespace pcsim::http {

namespace {
std::string termDescription(const std::string& term) {
    if (term == "P1Y") return "1 Year Prepaid";
    if (term == "P3Y") return "3 Years Prepaid";
    if (term == "P5Y") return "5 Years Prepaid";
    return term;
}

// Whole numbers as "16", fractions as "0.5": the service writes dynamic attributes as strings.
std::string number(double value) {
    if (std::floor(value) == value) return std::to_string(static_cast<long long>(value));
    std::string text = std::to_string(value);
    while (!text.empty() && text.back() == '0') text.pop_back();
    return text;
}
}  // namespace

models::Product renderProduct(const sim::Product& product, const std::string& country) {
    const std::string self = "/products/" + product.id;
    models::Product out;
    out.id = product.id;
    out.title = product.title;
    out.description = product.description;
    out.productType = models::ItemType{product.productTypeId, product.productTypeId,
                                       models::ItemSubType{product.productSubTypeId, product.productSubTypeId}};
    out.isMicrosoftProduct = true;
    out.publisherName = "Microsoft";
    out.links = models::ProductLinks{link(self + "/skus?country=" + country), link(self + "?country=" + country)};
    return out;
}

models::Sku renderSku(const sim::Product& product, const sim::Sku& sku, const std::string& country) {
    const std::string self = "/products/" + product.id + "/skus/" + sku.id;
    models::Sku out;
    out.id = sku.id;
    out.productId = product.id;
    out.title = sku.title;
    out.description = sku.description;
    out.minimumQuantity = static_cast<int>(sku.minimumQuantity);
    out.maximumQuantity = static_cast<int>(sku.maximumQuantity);
    out.isTrial = false;
    out.supportedBillingCycles = std::vector<models::BillingCycle>{models::BillingCycle::one_time};
    out.purchasePrerequisites = sku.purchasePrerequisites;
    out.inventoryVariables = std::vector<std::string>{"CustomerId", "AzureSubscriptionId", "ArmRegionName"};
    out.provisioningVariables = std::vector<std::string>{"Scope", "SubscriptionId", "Duration"};
    std::string skuDisplayName = sku.armSkuName.rfind("Standard_", 0) == 0 ? sku.armSkuName.substr(9) : sku.armSkuName;
    for (auto& c : skuDisplayName)
        if (c == '_') c = ' ';
    out.dynamicAttributes = {
        {"armSkuName", sku.armSkuName},
        {"cores", number(sku.cores)},
        {"ram", number(sku.ram)},
        {"skuDisplayName", skuDisplayName},
        {"category", sku.category},
        {"armRegionName", sku.armRegionName},
        {"duration",
         sku.availabilities.empty() ? "" : partnercenter::catalog::durationSpelling(sku.availabilities.front().term)},
        {"region", sku.region},
        {"diskType", sku.diskType},
        {"instanceSizeFlexibilityGroup", sku.isfGroup},
        {"instanceSizeFlexibilityRatio", number(sku.isfRatio)},
    };
    out.links = models::SkuLinks{link(self + "/availabilities?country=" + country), link(self + "?country=" + country)};
    return out;
}

models::Availability renderAvailability(const sim::Catalog& catalog, const sim::Product& product, const sim::Sku& sku,
                                        const sim::Availability& availability, bool embedProductAndSku,
                                        bool includePrice) {
    models::Availability out;
    out.id = availability.id;
    out.productId = product.id;
    out.skuId = sku.id;
    out.catalogItemId = partnercenter::catalog::catalogItemId(product.id, sku.id, availability.id);
    out.defaultCurrency = models::CurrencyInfo{catalog.currencyCode(), catalog.currencySymbol()};
    out.segment = availability.segment;
    out.country = catalog.country();
    out.isPurchasable = availability.isPurchasable;
    out.isRenewable = false;
    models::AvailabilityTerm term;
    term.duration = availability.term;
    term.description = termDescription(availability.term);
    out.terms = std::vector<models::AvailabilityTerm>{term};
    if (embedProductAndSku) {
        out.product = renderProduct(product, catalog.country());
        out.sku = renderSku(product, sku, catalog.country());
    }
    // pcsim extension: the real catalog API has no reservation prices (see AvailabilityPrice).
    if (includePrice) out.pricing = models::AvailabilityPrice{availability.price, catalog.currencyCode()};
    out.links = models::SelfLinks{link("/products/" + product.id + "/skus/" + sku.id + "/availabilities/" +
                                       availability.id + "?country=" + catalog.country())};
    return out;
}

models::InventoryItem renderInventoryItem(const sim::InventoryResult& result) {
    models::InventoryItem out;
    out.productId = result.productId;
    out.skuId = result.skuId;
    out.isRestricted = result.isRestricted;
    if (result.isRestricted) {
        std::vector<models::InventoryRestriction> restrictions;
        for (const auto& r : result.restrictions) restrictions.push_back({r.reasonCode, r.description, r.properties});
        out.restrictions = std::move(restrictions);
    }
    return out;
}

}  // namespace pcsim::http
