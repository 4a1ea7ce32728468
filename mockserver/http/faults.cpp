#include "http/faults.hpp"

#include <algorithm>
#include <sstream>
#include <stdexcept>

#include "http/request_match.hpp"

namespace pcsim::http {

FaultInjector::FaultInjector(std::vector<sim::FaultRule> rules, std::uint64_t seed) : rng_(seed) {
    for (auto& rule : rules) rules_.push_back({std::move(rule), 0});
    ruleCount_ = rules_.size();
}

bool FaultInjector::fires(const sim::FaultTrigger& when, std::int64_t n) {
    if (when.always()) return true;
    if (std::find(when.nth.begin(), when.nth.end(), n) != when.nth.end()) return true;
    if (when.everyNth > 0 && n % when.everyNth == 0) return true;
    if (when.after > 0 && n > when.after) return true;
    if (when.probability) return std::uniform_real_distribution<double>(0, 1)(rng_) < *when.probability;
    return false;
}

std::optional<FiredFault> FaultInjector::onRequest(std::string_view method, std::string_view path) {
    if (ruleCount_.load(std::memory_order_relaxed) == 0) return std::nullopt;
    std::lock_guard lock(mutex_);
    std::optional<FiredFault> fired;
    for (auto& [rule, matched] : rules_) {
        if (!requestMatches(rule.match, method, path)) continue;
        // Every matching rule counts the request, so `nth` means "the Nth request this rule matched",
        // whatever rules before it did.
        std::int64_t n = ++matched;
        if (!fired && fires(rule.when, n)) fired = FiredFault{rule.name, rule.respond};
    }
    return fired;
}

std::vector<CountedFault> FaultInjector::list() const {
    std::lock_guard lock(mutex_);
    return rules_;
}

bool FaultInjector::add(sim::FaultRule rule) {
    std::lock_guard lock(mutex_);
    for (const auto& counted : rules_)
        if (counted.rule.name == rule.name) return false;
    rules_.push_back({std::move(rule), 0});
    ruleCount_ = rules_.size();
    return true;
}

bool FaultInjector::remove(std::string_view name) {
    std::lock_guard lock(mutex_);
    auto it = std::find_if(rules_.begin(), rules_.end(), [&](const CountedFault& c) { return c.rule.name == name; });
    if (it == rules_.end()) return false;
    rules_.erase(it);
    ruleCount_ = rules_.size();
    return true;
}

void FaultInjector::clear() {
    std::lock_guard lock(mutex_);
    rules_.clear();
    ruleCount_ = 0;
}

FaultInjector::Snapshot FaultInjector::snapshot() const {
    std::lock_guard lock(mutex_);
    std::ostringstream random;
    random << rng_;
    return {rules_, random.str()};
}

void FaultInjector::restore(Snapshot snapshot) {
    std::mt19937_64 rng;
    if (!snapshot.random.empty()) {
        std::istringstream in(snapshot.random);
        in >> rng;
        if (in.fail()) throw std::invalid_argument("the fault generator state is not valid");
    }
    std::lock_guard lock(mutex_);
    rules_ = std::move(snapshot.rules);
    ruleCount_ = rules_.size();
    if (!snapshot.random.empty()) rng_ = rng;
}

}  // namespace pcsim::http
