#pragma once
// How the engine sees a VM size: its instance size flexibility group and ratio. A size sold in the
// VM's region by the scenario's catalog takes the catalog SKU's group and ratio (a scenario may
// override the tables, and a reservation carries its SKU's values), so a VM and a reservation of one
// size always agree; any other size takes the built-in tables (sim/isf_tables.hpp).
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "sim/catalog.hpp"

namespace pcsim::sim::engine {

struct SizeProfile {
    std::string armSkuName;  // canonical spelling, "Standard_D4s_v3"
    std::string exactKey;    // what "the exact size" means when flexibility is Off: "d4s_v3"; a
                             // constrained-vCPU size maps to its parent ("e4-2s_v3" → "e4s_v3")
    std::string group;       // "DSv3 Series"
    std::string groupKey;    // "dsv3 series"
    double ratio = 0;
    int cores = 0;
    double ramGb = 0;
};

// "Standard_D4s_v3" / "d4s_v3" → "d4s_v3", the key sizes are compared by.
std::string sizeKey(std::string_view armSkuName);
// The exact-size key of a size (constrained-vCPU sizes → their parent).
std::string exactSizeKey(std::string_view armSkuName);

class SizeCatalog {
public:
    explicit SizeCatalog(const Catalog& catalog);

    // nullopt when the size is neither sold in that region nor in the built-in tables.
    std::optional<SizeProfile> find(std::string_view armSkuName, std::string_view region) const;

private:
    std::unordered_map<std::string, SizeProfile> soldSizes_;  // "d4s_v3|eastus2" → profile
};

}  // namespace pcsim::sim::engine
