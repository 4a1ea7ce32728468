#include "table.hpp"

#include <algorithm>
#include <cstdio>

namespace pcctl {

void Table::print(std::ostream& out, int indent) const {
    std::vector<std::size_t> widths(headers_.size(), 0);
    auto widen = [&](const std::vector<std::string>& row) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    };
    widen(headers_);
    for (const auto& row : rows_) widen(row);
    auto line = [&](const std::vector<std::string>& row) {
        std::string text(static_cast<std::size_t>(indent), ' ');
        for (std::size_t i = 0; i < widths.size(); ++i) {
            const std::string cell = i < row.size() ? row[i] : "";
            text += cell;
            if (i + 1 < widths.size()) text += std::string(widths[i] - cell.size() + 2, ' ');
        }
        while (!text.empty() && text.back() == ' ') text.pop_back();
        out << text << "\n";
    };
    line(headers_);
    for (const auto& row : rows_) line(row);
}

std::string money(std::optional<double> amount, const std::string& currency, const std::string& unknown) {
    if (!amount) return unknown;
    char text[64];
    std::snprintf(text, sizeof text, "%.2f", *amount);
    return currency.empty() ? text : std::string(text) + " " + currency;
}

}  // namespace pcctl
