#include "partnercenter/text.hpp"

#include <algorithm>

namespace partnercenter::text {

// No locale call per character: it showed in profiles of the simulator's request path.
namespace {
char asciiLower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }
char asciiUpper(char c) { return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c; }
}  // namespace

std::string toLower(std::string_view text) {
    std::string out(text);
    for (auto& c : out) c = asciiLower(c);
    return out;
}

std::string toUpper(std::string_view text) {
    std::string out(text);
    for (auto& c : out) c = asciiUpper(c);
    return out;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) noexcept {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return asciiLower(x) == asciiLower(y); });
}

bool startsWithIgnoreCase(std::string_view text, std::string_view prefix) noexcept {
    return text.size() >= prefix.size() && equalsIgnoreCase(text.substr(0, prefix.size()), prefix);
}

}  // namespace partnercenter::text
