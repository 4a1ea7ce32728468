#include "http/faults.hpp"

#include <algorithm>

#include "http/request_match.hpp"

namespace pcsim::http {

FaultInjector::FaultInjector(std::vector<sim::FaultRule> rules, std::uint64_t seed)
    : rules_(std::move(rules)), matched_(rules_.size(), 0), rng_(seed) {}

bool FaultInjector::fires(const sim::FaultTrigger& when, std::int64_t n) {
    if (when.always()) return true;
    if (std::find(when.nth.begin(), when.nth.end(), n) != when.nth.end()) return true;
    if (when.everyNth > 0 && n % when.everyNth == 0) return true;
    if (when.after > 0 && n > when.after) return true;
    if (when.probability) return std::uniform_real_distribution<double>(0, 1)(rng_) < *when.probability;
    return false;
}

std::optional<FiredFault> FaultInjector::onRequest(std::string_view method, std::string_view path) {
    if (rules_.empty()) return std::nullopt;  // the rule list never changes: no lock needed to see it is empty
    std::lock_guard lock(mutex_);
    std::optional<FiredFault> fired;
    for (std::size_t i = 0; i < rules_.size(); ++i) {
        if (!requestMatches(rules_[i].match, method, path)) continue;
        // Every matching rule counts the request, so `nth` means "the Nth request this rule matched",
        // whatever rules before it did.
        std::int64_t n = ++matched_[i];
        if (!fired && fires(rules_[i].when, n)) fired = FiredFault{rules_[i].name, rules_[i].respond};
    }
    return fired;
}

std::vector<sim::FaultRule> FaultInjector::rules() const {
    std::lock_guard lock(mutex_);
    return rules_;
}

}  // namespace pcsim::http
