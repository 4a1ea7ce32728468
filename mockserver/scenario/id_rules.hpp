#pragma once
// Shapes the scenario's identifiers must have, and the check that an id is used only once.
#include <string>
#include <string_view>
#include <unordered_map>

#include <yaml-cpp/yaml.h>

#include "scenario/diagnostic.hpp"

namespace pcsim::scenario {

// Letters, digits, '-', '_', '.': catalog ids become parts of a catalogItemId ("P:S:A") and of URLs.
bool isCatalogId(std::string_view text);
// Two ASCII letters ("US").
bool isCountryCode(std::string_view text);

// Ids of one kind within one scope (e.g. SKU ids within a product), compared case-insensitively
// as the service compares them.
class UniqueIds {
public:
    explicit UniqueIds(std::string kind) : kind_(std::move(kind)) {}
    // Records `id`; when it was seen before, reports "duplicate KIND 'id' (first at line N)" at `node`.
    bool add(const std::string& id, const YAML::Node& node, Diagnostics& diags);
    bool contains(std::string_view id) const;
    // Records an id that has no place in the file (a generated one).
    void addGenerated(const std::string& id);

private:
    std::string kind_;
    std::unordered_map<std::string, int> firstLine_;  // lower-cased id → 1-based line (0 = generated)
};

}  // namespace pcsim::scenario
