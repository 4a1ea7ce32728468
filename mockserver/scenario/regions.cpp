#include "scenario/regions.hpp"

#include <cstdio>

#include "partnercenter/text.hpp"

namespace pcsim::scenario {

using partnercenter::text::equalsIgnoreCase;

const std::vector<Region>& knownRegions() {
    // Display names follow the Partner Center / Azure price-sheet spelling ("US East 2", "EU West").
    static const std::vector<Region> regions = {
        {"eastus", "US East", 1.0},
        {"eastus2", "US East 2", 1.0},
        {"centralus", "US Central", 1.0},
        {"northcentralus", "US North Central", 1.0},
        {"southcentralus", "US South Central", 1.02},
        {"westcentralus", "US West Central", 1.02},
        {"westus", "US West", 1.05},
        {"westus2", "US West 2", 1.0},
        {"westus3", "US West 3", 1.0},
        {"canadacentral", "CA Central", 1.05},
        {"canadaeast", "CA East", 1.05},
        {"brazilsouth", "BR South", 1.5},
        {"northeurope", "EU North", 1.05},
        {"westeurope", "EU West", 1.08},
        {"uksouth", "UK South", 1.1},
        {"ukwest", "UK West", 1.1},
        {"francecentral", "FR Central", 1.1},
        {"germanywestcentral", "DE West Central", 1.1},
        {"switzerlandnorth", "CH North", 1.2},
        {"norwayeast", "NO East", 1.15},
        {"swedencentral", "SE Central", 1.05},
        {"southeastasia", "AP Southeast", 1.15},
        {"eastasia", "AP East", 1.2},
        {"japaneast", "JA East", 1.2},
        {"japanwest", "JA West", 1.2},
        {"koreacentral", "KR Central", 1.15},
        {"australiaeast", "AU East", 1.2},
        {"australiasoutheast", "AU Southeast", 1.2},
        {"centralindia", "IN Central", 1.05},
        {"southindia", "IN South", 1.05},
        {"uaenorth", "AE North", 1.2},
        {"southafricanorth", "ZA North", 1.25},
    };
    return regions;
}

const Region* findRegion(std::string_view armName) {
    for (const auto& region : knownRegions())
        if (equalsIgnoreCase(region.armName, armName)) return &region;
    return nullptr;
}

std::string regionDisplayName(std::string_view armName) {
    const Region* region = findRegion(armName);
    return region ? region->displayName : std::string(armName);
}

Region syntheticRegion(std::size_t index) {
    char number[24];
    std::snprintf(number, sizeof number, "%04zu", index);
    return {std::string("simregion") + number, std::string("Sim Region ") + number, 1.0};
}

}  // namespace pcsim::scenario
