#include "sim/ids.hpp"

#include "partnercenter/ids.hpp"
#include "partnercenter/text.hpp"

namespace pcsim::sim {

std::string IdGenerator::hex(std::size_t length) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out(length, '0');
    for (auto& c : out) c = digits[rng_() & 15];
    return out;
}

std::string IdGenerator::guid() {
    // One draw per hex digit, then one for the variant digit: the order every seeded world (and
    // so every recorded run) was made with.
    std::uint64_t half[2] = {0, 0};
    for (int digit = 0; digit < 32; ++digit) half[digit / 16] = (half[digit / 16] << 4) | (rng_() & 15);
    const std::uint64_t variantBits = rng_() & 3;
    half[1] = (half[1] & 0x0FFFFFFFFFFFFFFFULL) | (variantBits << 60);
    return partnercenter::ids::versionFourGuid(half[0], half[1]);
}

std::string IdGenerator::upperGuid() { return partnercenter::text::toUpper(guid()); }

std::string IdGenerator::catalogId(std::size_t length) {
    static constexpr char alphabet[] = "0123456789ABCDEFGHJKLMNPQRSTVWXZ";
    std::string out(length, '0');
    for (auto& c : out) c = alphabet[rng_() % 32];
    return out;
}

std::string IdGenerator::orderId() {
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    std::string out(33, '1');
    for (std::size_t i = 0; i + 1 < out.size(); ++i) out[i] = alphabet[rng_() % 62];
    return out;
}

}  // namespace pcsim::sim
