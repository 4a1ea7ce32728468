#pragma once
// Fault injection from the scenario's `faults:` list, changed at run time through the control plane
// (add, remove, clear): the first rule whose match and trigger fire decides the request's fate (a
// substitute status, a delay, or a dropped connection).
#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "sim/scenario.hpp"

namespace pcsim::http {

struct FiredFault {
    std::string name;
    sim::FaultResponse respond;
};

// A rule with how many requests it has matched so far (its `nth` counts these).
struct CountedFault {
    sim::FaultRule rule;
    std::int64_t matched = 0;
};

class FaultInjector {
public:
    FaultInjector(std::vector<sim::FaultRule> rules, std::uint64_t seed);

    // Counts this request against every matching rule and returns the first that fires.
    std::optional<FiredFault> onRequest(std::string_view method, std::string_view path);
    std::vector<CountedFault> list() const;

    // A new rule goes last and starts counting from zero. False when the name is taken.
    bool add(sim::FaultRule rule);
    bool remove(std::string_view name);  // false when no rule has that name
    void clear();

    // Everything that decides the next answers: rules, counts and the random stream (bundles).
    struct Snapshot {
        std::vector<CountedFault> rules;
        std::string random;  // the state of the generator `probability` draws from
    };
    Snapshot snapshot() const;
    void restore(Snapshot snapshot);  // throws std::invalid_argument when `random` is not a state

private:
    bool fires(const sim::FaultTrigger& when, std::int64_t matchNumber);

    mutable std::mutex mutex_;
    std::vector<CountedFault> rules_;
    std::atomic<std::size_t> ruleCount_{0};  // read without the lock: most sandboxes have no rule
    std::mt19937_64 rng_;
};

}  // namespace pcsim::http
