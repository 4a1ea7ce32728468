#pragma once
// Built-in instance size flexibility (ISF) tables: which group a VM size belongs to and its ratio
// within that group (contract/azure-reservations.md §2.2–§2.3, the "current" column), plus the
// size's vCPUs and memory. The scenario loader takes a SKU's group and ratio from here when the
// file does not give them; the discount engine uses the same lookup for running VMs.
#include <string>
#include <string_view>
#include <vector>

namespace pcsim::sim {

struct IsfEntry {
    std::string name;   // the size without the "Standard_" prefix, as Azure spells it: "D4s_v3"
    std::string group;  // "DSv3 Series"
    double ratio = 0;   // raw "current" ratio; only ratios within one group are comparable
    int cores = 0;      // vCPUs
    double ramGb = 0;
    // A constrained-vCPU size ("E8-4s_v3") has its parent's ratio and is covered like the parent,
    // but is not sold as a reservation of its own. Empty for ordinary sizes.
    std::string constrainedOf;
};

// "Standard_D4s_v3" or "D4s_v3", case-insensitive. nullptr when the size is in no known group.
const IsfEntry* findIsf(std::string_view armSkuName);

// The sizes sold as reservations in a group (constrained-vCPU sizes excluded), in ascending ratio
// order, as names without the prefix ("D2s_v3", ...). The group is matched case-insensitively;
// an unknown group gives an empty list.
std::vector<std::string> isfSizesOfGroup(std::string_view group);

// Every built-in group name, in table order.
const std::vector<std::string>& isfGroups();

// The group's name as the tables spell it ("dsv3 series" → "DSv3 Series"); "" when unknown.
std::string_view canonicalIsfGroup(std::string_view group);

// "Standard_" + the size's canonical name; e.g. "standard_d4S_V3" → "Standard_D4s_v3".
std::string armSkuNameOf(const IsfEntry& entry);

}  // namespace pcsim::sim
