#include "sim/engine/size_catalog.hpp"

#include "partnercenter/text.hpp"
#include "sim/isf_tables.hpp"

namespace pcsim::sim::engine {

using partnercenter::text::toLower;
namespace {

constexpr std::string_view kStandardPrefix = "standard_";

std::string regionalKey(std::string_view armSkuName, std::string_view region) {
    return sizeKey(armSkuName) + "|" + toLower(region);
}

}  // namespace

std::string sizeKey(std::string_view armSkuName) {
    std::string key = toLower(armSkuName);
    if (key.rfind(kStandardPrefix, 0) == 0) key.erase(0, kStandardPrefix.size());
    return key;
}

std::string exactSizeKey(std::string_view armSkuName) {
    if (const IsfEntry* entry = findIsf(armSkuName); entry && !entry->constrainedOf.empty())
        return sizeKey(entry->constrainedOf);
    return sizeKey(armSkuName);
}

SizeCatalog::SizeCatalog(const Catalog& catalog) {
    for (const auto& product : catalog.products())
        for (const auto& sku : product.skus) {
            if (sku.isfGroup.empty() || sku.isfRatio <= 0) continue;
            SizeProfile profile{sku.armSkuName, exactSizeKey(sku.armSkuName),
                                sku.isfGroup,   toLower(sku.isfGroup),
                                sku.isfRatio,   sku.cores,
                                sku.ram};
            soldSizes_.emplace(regionalKey(sku.armSkuName, sku.armRegionName), std::move(profile));
        }
}

std::optional<SizeProfile> SizeCatalog::find(std::string_view armSkuName, std::string_view region) const {
    if (auto it = soldSizes_.find(regionalKey(armSkuName, region)); it != soldSizes_.end()) return it->second;
    const IsfEntry* entry = findIsf(armSkuName);
    if (!entry) return std::nullopt;
    return SizeProfile{
        armSkuNameOf(*entry), exactSizeKey(armSkuName), entry->group, toLower(entry->group), entry->ratio, entry->cores,
        entry->ramGb};
}

}  // namespace pcsim::sim::engine
