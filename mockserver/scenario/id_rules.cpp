#include "scenario/id_rules.hpp"

#include <cctype>

#include "partnercenter/text.hpp"

namespace pcsim::scenario {

using partnercenter::text::toLower;

bool isCatalogId(std::string_view text) {
    if (text.empty()) return false;
    for (char c : text)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.') return false;
    return true;
}

bool isCountryCode(std::string_view text) {
    return text.size() == 2 && std::isalpha(static_cast<unsigned char>(text[0])) &&
           std::isalpha(static_cast<unsigned char>(text[1]));
}

bool UniqueIds::add(const std::string& id, const YAML::Node& node, Diagnostics& diags) {
    int line = node.IsDefined() ? node.Mark().line + 1 : 0;
    auto [it, inserted] = firstLine_.emplace(toLower(id), line);
    if (inserted) return true;
    std::string where = it->second > 0 ? " (first used at line " + std::to_string(it->second) + ")" : "";
    diags.error(node, "duplicate " + kind_ + " '" + id + "'" + where);
    return false;
}

bool UniqueIds::contains(std::string_view id) const { return firstLine_.count(toLower(id)) > 0; }

void UniqueIds::addGenerated(const std::string& id) { firstLine_.emplace(toLower(id), 0); }

}  // namespace pcsim::scenario
