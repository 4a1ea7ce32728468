#pragma once
// Fault injection from the scenario's `faults:` list: the first rule whose match and trigger fire
// decides the request's fate (a substitute status, a delay, or a dropped connection).
#include <cstdint>
#include <mutex>
#include <optional>
#include <random>
#include <string_view>
#include <vector>

#include "sim/scenario.hpp"

namespace pcsim::http {

struct FiredFault {
    std::string name;
    sim::FaultResponse respond;
};

class FaultInjector {
public:
    FaultInjector(std::vector<sim::FaultRule> rules, std::uint64_t seed);

    // Counts this request against every matching rule and returns the first that fires.
    std::optional<FiredFault> onRequest(std::string_view method, std::string_view path);
    std::vector<sim::FaultRule> rules() const;

private:
    bool fires(const sim::FaultTrigger& when, std::int64_t matchNumber);

    mutable std::mutex mutex_;
    std::vector<sim::FaultRule> rules_;
    std::vector<std::int64_t> matched_;  // per rule: how many requests matched so far
    std::mt19937_64 rng_;
};

}  // namespace pcsim::http
