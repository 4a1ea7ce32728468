#pragma once
// Identifier generation. Seeded, so that two loads of one scenario give identical worlds and
// a run can be replayed. Formats follow the real service (contract §4.7).
#include <cstdint>
#include <random>
#include <string>

namespace pcsim::sim {

class IdGenerator {
public:
    explicit IdGenerator(std::uint64_t seed) : rng_(seed) {}

    std::string guid();                         // lowercase 8-4-4-4-12, version-4 shape
    std::string upperGuid();                    // subscription ids are uppercase in the examples
    std::string catalogId(std::size_t length);  // uppercase alphanumerics: product 12, sku 4, availability 12
    std::string orderId();                      // 33 URL-safe characters ending in '1'
    std::string hex(std::size_t length);        // lowercase hex: order alternateId (12), artifact group (32)
    std::uint64_t next() { return rng_(); }

private:
    std::mt19937_64 rng_;
};

}  // namespace pcsim::sim
