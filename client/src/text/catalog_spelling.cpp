#include "partnercenter/catalog_spelling.hpp"

#include <charconv>

#include "partnercenter/text.hpp"

namespace partnercenter::catalog {

std::string catalogItemId(std::string_view productId, std::string_view skuId, std::string_view availabilityId) {
    std::string id;
    id.reserve(productId.size() + skuId.size() + availabilityId.size() + 2);
    id.append(productId).append(":").append(skuId).append(":").append(availabilityId);
    return id;
}

std::optional<CatalogItemIdParts> splitCatalogItemId(std::string_view catalogItemId) noexcept {
    const auto first = catalogItemId.find(':');
    if (first == std::string_view::npos) return std::nullopt;
    const auto second = catalogItemId.find(':', first + 1);
    if (second == std::string_view::npos || catalogItemId.find(':', second + 1) != std::string_view::npos)
        return std::nullopt;
    return CatalogItemIdParts{catalogItemId.substr(0, first), catalogItemId.substr(first + 1, second - first - 1),
                              catalogItemId.substr(second + 1)};
}

std::optional<std::string> normaliseTerm(std::string_view text) {
    const std::string lower = text::toLower(text);
    std::string_view rest = lower;
    const bool iso = !rest.empty() && rest.front() == 'p';
    if (iso) rest.remove_prefix(1);
    int years = 0;
    auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), years);
    if (ec != std::errc{}) return std::nullopt;
    rest.remove_prefix(std::size_t(end - rest.data()));
    const bool spelledOk = iso ? rest == "y" : (rest == "year" || rest == "years");
    if (!spelledOk || (years != 1 && years != 3 && years != 5)) return std::nullopt;
    return "P" + std::to_string(years) + "Y";
}

int termYears(std::string_view normalisedTerm) noexcept {
    int years = 0;
    if (normalisedTerm.size() >= 3)
        std::from_chars(normalisedTerm.data() + 1, normalisedTerm.data() + normalisedTerm.size() - 1, years);
    return years;
}

std::string durationSpelling(std::string_view term) {
    const auto normalised = normaliseTerm(term);
    if (!normalised || term.size() != 3 || (term.front() != 'P' && term.front() != 'p')) return std::string(term);
    const int years = termYears(*normalised);
    return std::to_string(years) + (years == 1 ? "Year" : "Years");
}

}  // namespace partnercenter::catalog
