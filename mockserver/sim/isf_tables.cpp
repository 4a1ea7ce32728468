#include "sim/isf_tables.hpp"

#include <algorithm>
#include <unordered_map>

#include "partnercenter/text.hpp"

namespace pcsim::sim {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::toLower;
namespace {

// Ratios: contract/azure-reservations.md §2.3, "current" column. vCPUs and memory: the Azure size
// documentation. Groups not in §2.3 are marked; their ratios follow the pattern of their sibling group.
const std::vector<IsfEntry>& table() {
    static const std::vector<IsfEntry> entries = {
        // DSv3 Series
        {"D2s_v3", "DSv3 Series", 2, 2, 8, ""},
        {"D4s_v3", "DSv3 Series", 4, 4, 16, ""},
        {"D8s_v3", "DSv3 Series", 8, 8, 32, ""},
        {"D16s_v3", "DSv3 Series", 16, 16, 64, ""},
        {"D32s_v3", "DSv3 Series", 32, 32, 128, ""},
        {"D48s_v3", "DSv3 Series", 48, 48, 192, ""},
        {"D64s_v3", "DSv3 Series", 64, 64, 256, ""},
        // Dv3 Series: not in §2.3; same sizes and ratios as DSv3 without premium storage.
        {"D2_v3", "Dv3 Series", 2, 2, 8, ""},
        {"D4_v3", "Dv3 Series", 4, 4, 16, ""},
        {"D8_v3", "Dv3 Series", 8, 8, 32, ""},
        {"D16_v3", "Dv3 Series", 16, 16, 64, ""},
        {"D32_v3", "Dv3 Series", 32, 32, 128, ""},
        {"D48_v3", "Dv3 Series", 48, 48, 192, ""},
        {"D64_v3", "Dv3 Series", 64, 64, 256, ""},
        // Dv2 Series
        {"D1_v2", "Dv2 Series", 1, 1, 3.5, ""},
        {"D2_v2", "Dv2 Series", 2, 2, 7, ""},
        {"D3_v2", "Dv2 Series", 4, 4, 14, ""},
        {"D4_v2", "Dv2 Series", 8, 8, 28, ""},
        {"D5_v2", "Dv2 Series", 16, 16, 56, ""},
        // Dv2 Series High Memory
        {"D11_v2", "Dv2 Series High Memory", 2, 2, 14, ""},
        {"D12_v2", "Dv2 Series High Memory", 4, 4, 28, ""},
        {"D13_v2", "Dv2 Series High Memory", 8, 8, 56, ""},
        {"D14_v2", "Dv2 Series High Memory", 16, 16, 112, ""},
        {"D15_v2", "Dv2 Series High Memory", 20, 20, 140, ""},
        // DSv2 Series
        {"DS1_v2", "DSv2 Series", 1, 1, 3.5, ""},
        {"DS2_v2", "DSv2 Series", 2, 2, 7, ""},
        {"DS3_v2", "DSv2 Series", 4, 4, 14, ""},
        {"DS4_v2", "DSv2 Series", 8, 8, 28, ""},
        {"DS5_v2", "DSv2 Series", 16, 16, 56, ""},
        // DSv2 Series High Memory: not in §2.3 (only named as a group of its own); ratios assumed
        // equal to Dv2 Series High Memory.
        {"DS11_v2", "DSv2 Series High Memory", 2, 2, 14, ""},
        {"DS12_v2", "DSv2 Series High Memory", 4, 4, 28, ""},
        {"DS13_v2", "DSv2 Series High Memory", 8, 8, 56, ""},
        {"DS14_v2", "DSv2 Series High Memory", 16, 16, 112, ""},
        {"DS15_v2", "DSv2 Series High Memory", 20, 20, 140, ""},
        // BS Series
        {"B1ls", "BS Series", 0.25, 1, 0.5, ""},
        {"B1s", "BS Series", 0.5, 1, 1, ""},
        {"B2s", "BS Series", 2, 2, 4, ""},
        // BS Series High Memory (not an exact power-of-two ladder)
        {"B1ms", "BS Series High Memory", 0.5, 1, 2, ""},
        {"B2ms", "BS Series High Memory", 2, 2, 8, ""},
        {"B4ms", "BS Series High Memory", 4, 4, 16, ""},
        {"B8ms", "BS Series High Memory", 8.05, 8, 32, ""},
        {"B12ms", "BS Series High Memory", 12.06, 12, 48, ""},
        {"B16ms", "BS Series High Memory", 16.09, 16, 64, ""},
        {"B20ms", "BS Series High Memory", 20.1, 20, 80, ""},
        // ESv3 Series (E64s_v3 is 57.6, not 64)
        {"E2s_v3", "ESv3 Series", 2, 2, 16, ""},
        {"E4s_v3", "ESv3 Series", 4, 4, 32, ""},
        {"E8s_v3", "ESv3 Series", 8, 8, 64, ""},
        {"E16s_v3", "ESv3 Series", 16, 16, 128, ""},
        {"E20s_v3", "ESv3 Series", 20, 20, 160, ""},
        {"E32s_v3", "ESv3 Series", 32, 32, 256, ""},
        {"E48s_v3", "ESv3 Series", 48, 48, 384, ""},
        {"E64s_v3", "ESv3 Series", 57.6, 64, 432, ""},
        // ESv3 constrained-vCPU sizes: the parent's ratio and memory, fewer vCPUs (§2.2).
        {"E4-2s_v3", "ESv3 Series", 4, 2, 32, "E4s_v3"},
        {"E8-2s_v3", "ESv3 Series", 8, 2, 64, "E8s_v3"},
        {"E8-4s_v3", "ESv3 Series", 8, 4, 64, "E8s_v3"},
        {"E16-4s_v3", "ESv3 Series", 16, 4, 128, "E16s_v3"},
        {"E16-8s_v3", "ESv3 Series", 16, 8, 128, "E16s_v3"},
        {"E32-8s_v3", "ESv3 Series", 32, 8, 256, "E32s_v3"},
        {"E32-16s_v3", "ESv3 Series", 32, 16, 256, "E32s_v3"},
        {"E64-16s_v3", "ESv3 Series", 57.6, 16, 432, "E64s_v3"},
        {"E64-32s_v3", "ESv3 Series", 57.6, 32, 432, "E64s_v3"},
        // Ev3 Series: "Ev3 has the same ratios" as ESv3 (§2.3).
        {"E2_v3", "Ev3 Series", 2, 2, 16, ""},
        {"E4_v3", "Ev3 Series", 4, 4, 32, ""},
        {"E8_v3", "Ev3 Series", 8, 8, 64, ""},
        {"E16_v3", "Ev3 Series", 16, 16, 128, ""},
        {"E20_v3", "Ev3 Series", 20, 20, 160, ""},
        {"E32_v3", "Ev3 Series", 32, 32, 256, ""},
        {"E48_v3", "Ev3 Series", 48, 48, 384, ""},
        {"E64_v3", "Ev3 Series", 57.6, 64, 432, ""},
    };
    return entries;
}

// Lower-cased name without the prefix → entry.
const std::unordered_map<std::string, const IsfEntry*>& index() {
    static const auto byName = [] {
        std::unordered_map<std::string, const IsfEntry*> map;
        for (const auto& entry : table()) map.emplace(toLower(entry.name), &entry);
        return map;
    }();
    return byName;
}

constexpr std::string_view kStandardPrefix = "standard_";

}  // namespace

const IsfEntry* findIsf(std::string_view armSkuName) {
    std::string key = toLower(armSkuName);
    if (key.rfind(kStandardPrefix, 0) == 0) key.erase(0, kStandardPrefix.size());
    auto it = index().find(key);
    return it == index().end() ? nullptr : it->second;
}

std::vector<std::string> isfSizesOfGroup(std::string_view group) {
    std::vector<const IsfEntry*> members;
    for (const auto& entry : table())
        if (entry.constrainedOf.empty() && equalsIgnoreCase(entry.group, group)) members.push_back(&entry);
    std::stable_sort(members.begin(), members.end(),
                     [](const IsfEntry* a, const IsfEntry* b) { return a->ratio < b->ratio; });
    std::vector<std::string> names;
    names.reserve(members.size());
    for (const auto* entry : members) names.push_back(entry->name);
    return names;
}

const std::vector<std::string>& isfGroups() {
    static const auto groups = [] {
        std::vector<std::string> names;
        for (const auto& entry : table())
            if (names.empty() || names.back() != entry.group) names.push_back(entry.group);
        return names;
    }();
    return groups;
}

std::string_view canonicalIsfGroup(std::string_view group) {
    for (const auto& name : isfGroups())
        if (equalsIgnoreCase(name, group)) return name;
    return {};
}

std::string armSkuNameOf(const IsfEntry& entry) { return "Standard_" + entry.name; }

}  // namespace pcsim::sim
