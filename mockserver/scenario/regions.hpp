#pragma once
// Azure regions pcsim knows by name: the display name Partner Center prints in a SKU's `region`
// ("eastus2" → "US East 2") and a price factor for generated catalogs. Plus made-up regions, for
// catalogs larger than Azure's real region list (load tests).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pcsim::scenario {

struct Region {
    std::string armName;      // "eastus2"
    std::string displayName;  // "US East 2"
    double priceFactor = 1;   // relative to the US East prices, for generated catalogs
};

const std::vector<Region>& knownRegions();
const Region* findRegion(std::string_view armName);  // case-insensitive; nullptr when unknown
// The display name from the table; an unknown region is shown by its arm name.
std::string regionDisplayName(std::string_view armName);
// The index-th made-up region (1-based): "simregion0001", "Sim Region 0001", price factor 1.
Region syntheticRegion(std::size_t index);

}  // namespace pcsim::scenario
