#pragma once
// Throttling from the scenario's `throttling:`: per rule and partner tenant, at most `limit`
// requests in a sliding window of `windowSeconds` on the simulated clock; beyond it 429 with
// Retry-After (whole seconds until a slot frees).
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sim/scenario.hpp"
#include "sim/time.hpp"

namespace pcsim::http {

// The requests one rule has counted for one tenant, still inside its window (bundles carry these).
struct ThrottleWindow {
    std::size_t rule = 0;
    std::string tenant;
    std::vector<sim::Timestamp> arrivals;
};

class Throttler {
public:
    explicit Throttler(sim::Throttling config);

    // Records the request; returns the Retry-After seconds when it is over a limit (the request is
    // then not counted against the window).
    std::optional<std::int64_t> onRequest(std::string_view method, std::string_view path, const std::string& tenant,
                                          sim::Timestamp now);

    std::vector<ThrottleWindow> snapshot() const;
    void restore(const std::vector<ThrottleWindow>& windows);  // windows of rules it lacks are ignored

private:
    sim::Throttling config_;
    mutable std::mutex mutex_;
    std::map<std::pair<std::size_t, std::string>, std::deque<sim::Timestamp>> windows_;  // (rule, tenant)
};

}  // namespace pcsim::http
