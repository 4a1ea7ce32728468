#include "sim/purchase_terms.hpp"

#include <array>

#include "partnercenter/text.hpp"

namespace pcsim::sim {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::toLower;

std::string enumKey(std::string_view text) {
    std::string key;
    key.reserve(text.size());
    for (char c : text)
        if (c != '_') key += c;
    return toLower(key);
}

std::optional<std::string> billingCycleName(std::string_view text) {
    static constexpr std::array<std::string_view, 7> names{"unknown",  "monthly",   "annual",  "none",
                                                           "one_time", "triennial", "biennial"};
    const std::string key = enumKey(text);
    for (auto name : names)
        if (enumKey(name) == key) return std::string(name);
    return std::nullopt;
}

std::optional<std::string> contextValue(const std::map<std::string, std::string>& context, std::string_view key) {
    for (const auto& [name, value] : context)
        if (equalsIgnoreCase(name, key)) return value;
    return std::nullopt;
}

std::optional<double> reservedShareOfOnDemand(std::string_view normalisedTerm) {
    if (normalisedTerm == "P1Y") return 0.60;
    if (normalisedTerm == "P3Y") return 0.40;
    if (normalisedTerm == "P5Y") return 0.35;
    return std::nullopt;
}

std::optional<Scope> parseScope(std::string_view text) {
    if (equalsIgnoreCase(text, "shared")) return Scope::shared;
    if (equalsIgnoreCase(text, "single")) return Scope::single;
    return std::nullopt;
}

}  // namespace pcsim::sim
