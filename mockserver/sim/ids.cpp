#include "sim/ids.hpp"

#include <algorithm>
#include <cctype>

namespace pcsim::sim {

std::string IdGenerator::hex(std::size_t length) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out(length, '0');
    for (auto& c : out) c = digits[rng_() & 15];
    return out;
}

std::string IdGenerator::guid() {
    std::string h = hex(32);
    h[12] = '4';
    h[16] = "89ab"[rng_() & 3];
    return h.substr(0, 8) + '-' + h.substr(8, 4) + '-' + h.substr(12, 4) + '-' + h.substr(16, 4) + '-' + h.substr(20);
}

std::string IdGenerator::upperGuid() {
    std::string g = guid();
    std::transform(g.begin(), g.end(), g.begin(), [](unsigned char c) { return char(std::toupper(c)); });
    return g;
}

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
