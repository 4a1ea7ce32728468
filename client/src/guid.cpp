#include "partnercenter/partner_client.hpp"

#include <cstdint>
#include <cstdio>
#include <random>

namespace partnercenter {

std::string newGuid() {
    // One generator per thread, seeded from the OS: no lock, and no two threads share a sequence.
    thread_local std::mt19937_64 generator{[] {
        std::random_device device;
        return (std::uint64_t(device()) << 32) ^ device();
    }()};
    std::uint64_t high = generator();
    std::uint64_t low = generator();
    high = (high & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;  // version 4
    low = (low & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;    // RFC 4122 variant
    char text[37];
    std::snprintf(text, sizeof text, "%08x-%04x-%04x-%04x-%012llx", unsigned(high >> 32),
                  unsigned((high >> 16) & 0xFFFF), unsigned(high & 0xFFFF), unsigned(low >> 48),
                  static_cast<unsigned long long>(low & 0xFFFFFFFFFFFFULL));
    return text;
}

}  // namespace partnercenter
