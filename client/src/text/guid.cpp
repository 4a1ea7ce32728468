#include <random>

#include "partnercenter/ids.hpp"

namespace partnercenter::ids {

std::string formatGuid(std::uint64_t high, std::uint64_t low) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string guid(36, '-');
    std::size_t at = 0;
    for (int nibble = 0; nibble < 32; ++nibble) {
        if (at == 8 || at == 13 || at == 18 || at == 23) ++at;
        const std::uint64_t half = nibble < 16 ? high : low;
        guid[at++] = digits[(half >> (4 * (15 - nibble % 16))) & 15];
    }
    return guid;
}

std::string versionFourGuid(std::uint64_t high, std::uint64_t low) {
    high = (high & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;  // version 4
    low = (low & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;    // RFC 4122 variant
    return formatGuid(high, low);
}

std::string randomGuid() {
    // One generator per thread, seeded from the OS: no lock, and no two threads share a sequence.
    thread_local std::mt19937_64 generator{[] {
        std::random_device device;
        return (std::uint64_t(device()) << 32) ^ device();
    }()};
    const std::uint64_t high = generator();
    return versionFourGuid(high, generator());
}

bool isGuid(std::string_view text) noexcept {
    if (text.size() != 36) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (dash ? c != '-' : !hex) return false;
    }
    return true;
}

}  // namespace partnercenter::ids
