#include "sim/purchase_terms.hpp"

#include <array>
#include <charconv>

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

std::optional<std::string> normaliseTerm(std::string_view text) {
    const std::string lower = toLower(text);
    std::string_view rest = lower;
    bool iso = !rest.empty() && rest.front() == 'p';
    if (iso) rest.remove_prefix(1);
    int years = 0;
    auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), years);
    if (ec != std::errc{}) return std::nullopt;
    rest.remove_prefix(std::size_t(end - rest.data()));
    bool spelledOk = iso ? rest == "y" : (rest == "year" || rest == "years");
    if (!spelledOk || (years != 1 && years != 3 && years != 5)) return std::nullopt;
    return "P" + std::to_string(years) + "Y";
}

int termYears(std::string_view normalisedTerm) {
    int years = 0;
    if (normalisedTerm.size() >= 3)
        std::from_chars(normalisedTerm.data() + 1, normalisedTerm.data() + normalisedTerm.size() - 1, years);
    return years;
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
