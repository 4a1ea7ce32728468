// Human-readable output: aligned text tables and money amounts.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace pcctl {

class Table {
public:
    explicit Table(std::vector<std::string> headers) : headers_(std::move(headers)) {}
    void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
    /// Columns padded to their widest cell, two spaces apart; `indent` spaces before each line.
    void print(std::ostream& out, int indent = 0) const;

private:
    std::vector<std::string> headers_;
    std::vector<std::vector<std::string>> rows_;
};

/// "1051.20 USD"; `unknown` when there is no amount.
[[nodiscard]] std::string money(std::optional<double> amount, const std::string& currency,
                                const std::string& unknown = "-");

}  // namespace pcctl
