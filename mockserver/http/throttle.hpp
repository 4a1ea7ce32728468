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

#include "sim/scenario.hpp"
#include "sim/time.hpp"

namespace pcsim::http {

class Throttler {
public:
    explicit Throttler(sim::Throttling config);

    // Records the request; returns the Retry-After seconds when it is over a limit (the request is
    // then not counted against the window).
    std::optional<std::int64_t> onRequest(std::string_view method, std::string_view path, const std::string& tenant,
                                          sim::Timestamp now);

private:
    sim::Throttling config_;
    std::mutex mutex_;
    std::map<std::pair<std::size_t, std::string>, std::deque<sim::Timestamp>> windows_;  // (rule, tenant)
};

}  // namespace pcsim::http
