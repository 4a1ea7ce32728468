#include "http/throttle.hpp"

#include "http/request_match.hpp"

namespace pcsim::http {

Throttler::Throttler(sim::Throttling config) : config_(std::move(config)) {}

std::optional<std::int64_t> Throttler::onRequest(std::string_view method, std::string_view path,
                                                 const std::string& tenant, sim::Timestamp now) {
    if (!config_.enabled) return std::nullopt;
    std::lock_guard lock(mutex_);
    for (std::size_t i = 0; i < config_.rules.size(); ++i) {
        const auto& rule = config_.rules[i];
        if (!requestMatches(rule.match, method, path)) continue;
        auto& window = windows_[{i, tenant}];
        auto length = std::chrono::seconds(rule.windowSeconds);
        while (!window.empty() && window.front() + length <= now) window.pop_front();
        if (std::int64_t(window.size()) >= rule.limit) {
            auto wait = window.front() + length - now;
            auto seconds = std::chrono::ceil<std::chrono::seconds>(wait).count();
            return std::max<std::int64_t>(seconds, 1);
        }
    }
    // Counted only once every matching rule has room, so a refused request uses no budget.
    for (std::size_t i = 0; i < config_.rules.size(); ++i)
        if (requestMatches(config_.rules[i].match, method, path)) windows_[{i, tenant}].push_back(now);
    return std::nullopt;
}

std::vector<ThrottleWindow> Throttler::snapshot() const {
    std::lock_guard lock(mutex_);
    std::vector<ThrottleWindow> out;
    for (const auto& [key, arrivals] : windows_)
        if (!arrivals.empty()) out.push_back({key.first, key.second, {arrivals.begin(), arrivals.end()}});
    return out;
}

void Throttler::restore(const std::vector<ThrottleWindow>& windows) {
    std::lock_guard lock(mutex_);
    windows_.clear();
    for (const auto& window : windows)
        if (window.rule < config_.rules.size())
            windows_[{window.rule, window.tenant}].assign(window.arrivals.begin(), window.arrivals.end());
}

}  // namespace pcsim::http
