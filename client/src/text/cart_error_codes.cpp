#include "partnercenter/cart_error_codes.hpp"

#include <array>
#include <utility>

namespace partnercenter {

namespace {

constexpr std::array cartErrors{
#define PARTNERCENTER_CART_ERROR_ENTRY(id, name, code) std::pair<std::string_view, int>{name, code},
    PARTNERCENTER_CART_ERROR_CODES(PARTNERCENTER_CART_ERROR_ENTRY)
#undef PARTNERCENTER_CART_ERROR_ENTRY
};

// Case-insensitive comparison that ignores underscores (snake and Pascal spellings match).
bool sameName(std::string_view a, std::string_view b) noexcept {
    std::size_t i = 0;
    std::size_t k = 0;
    for (;;) {
        while (i < a.size() && a[i] == '_') ++i;
        while (k < b.size() && b[k] == '_') ++k;
        if (i == a.size() || k == b.size()) return i == a.size() && k == b.size();
        char ca = a[i++];
        char cb = b[k++];
        if (ca >= 'A' && ca <= 'Z') ca = static_cast<char>(ca - 'A' + 'a');
        if (cb >= 'A' && cb <= 'Z') cb = static_cast<char>(cb - 'A' + 'a');
        if (ca != cb) return false;
    }
}

}  // namespace

std::optional<int> cartErrorCodeFromName(std::string_view name) noexcept {
    for (const auto& [known, code] : cartErrors)
        if (sameName(known, name)) return code;
    return std::nullopt;
}

std::optional<std::string_view> cartErrorName(int code) noexcept {
    for (const auto& [name, known] : cartErrors)
        if (known == code) return name;
    return std::nullopt;
}

}  // namespace partnercenter
