#include "scenario/diagnostic.hpp"

#include <yaml-cpp/yaml.h>
#include <algorithm>

namespace pcsim::scenario {

std::string Diagnostic::toString() const {
    if (line <= 0) return file + ": " + message;
    return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

void Diagnostics::error(const YAML::Mark& mark, std::string message) {
    // yaml-cpp marks are 0-based; a null mark (-1) means "no position".
    if (mark.is_null() || mark.line < 0) {
        fileError(std::move(message));
        return;
    }
    list_.push_back({file_, mark.line + 1, mark.column + 1, std::move(message)});
}

void Diagnostics::error(const YAML::Node& node, std::string message) {
    if (!node.IsDefined()) {
        fileError(std::move(message));
        return;
    }
    error(node.Mark(), std::move(message));
}

void Diagnostics::fileError(std::string message) { list_.push_back({file_, 0, 0, std::move(message)}); }

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> out = list_;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return out;
}

}  // namespace pcsim::scenario
