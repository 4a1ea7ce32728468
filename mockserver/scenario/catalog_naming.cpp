#include "scenario/catalog_naming.hpp"

#include "partnercenter/text.hpp"

namespace pcsim::scenario {

using partnercenter::text::equalsIgnoreCase;
namespace {

std::string termSuffix(const std::vector<std::string>& terms) {
    if (terms.empty()) return "";
    for (const auto& term : terms)
        if (term != terms.front()) return "";
    return ", " + termDisplayName(terms.front());
}

bool endsWith(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && equalsIgnoreCase(text.substr(text.size() - suffix.size()), suffix);
}

}  // namespace

const std::vector<std::string>& reservationTerms() {
    static const std::vector<std::string> terms = {"P1Y", "P3Y", "P5Y"};
    return terms;
}

std::string termDisplayName(std::string_view term) {
    if (term.size() == 3 && term.front() == 'P' && term.back() == 'Y') {
        std::string years(1, term[1]);
        return years + (years == "1" ? " Year" : " Years");
    }
    return std::string(term);
}

std::string defaultSkuTitle(std::string_view armSkuName, std::string_view region,
                            const std::vector<std::string>& terms) {
    return "Reserved VM Instance, " + std::string(armSkuName) + ", " + std::string(region) + termSuffix(terms);
}

std::string defaultSkuDescription(std::string_view armSkuName, std::string_view region,
                                  const std::vector<std::string>& terms) {
    return "Reserved Virtual Machines Instance, " + std::string(armSkuName) + ", " + std::string(region) +
           termSuffix(terms);
}

std::string defaultProductTitle(std::string_view isfGroup) {
    return isfGroup.empty() ? "Reserved VM Instances" : "Virtual Machines " + std::string(isfGroup);
}

std::string defaultProductDescription(std::string_view isfGroup) {
    if (isfGroup.empty()) return "Reserved virtual machine instances";
    std::string series(isfGroup);
    if (auto at = series.find("Series"); at != std::string::npos) series[at] = 's';
    return "Reserved virtual machine instances, " + series;
}

std::string categoryOfGroup(std::string_view isfGroup) {
    bool memory =
        endsWith(isfGroup, "High Memory") || (!isfGroup.empty() && (isfGroup[0] == 'E' || isfGroup[0] == 'e'));
    return memory ? "Memory optimized" : "General purpose";
}

std::string currencySymbolOf(std::string_view code) {
    struct Known {
        const char* code;
        const char* symbol;
    };
    static constexpr Known known[] = {{"USD", "$"},  {"EUR", "€"}, {"GBP", "£"},   {"JPY", "¥"},  {"CAD", "$"},
                                      {"AUD", "$"},  {"NZD", "$"}, {"CHF", "CHF"}, {"SEK", "kr"}, {"NOK", "kr"},
                                      {"DKK", "kr"}, {"INR", "₹"}, {"BRL", "R$"},  {"KRW", "₩"}};
    for (const auto& entry : known)
        if (equalsIgnoreCase(entry.code, code)) return entry.symbol;
    return std::string(code);
}

}  // namespace pcsim::scenario
