#include "http/sandboxes.hpp"

#include <algorithm>
#include <mutex>

#include "http/sandbox_address.hpp"

namespace pcsim::http {

namespace {
// Idle sandboxes are looked for on the way of ordinary requests, at most this often: no thread of
// its own, and nothing to stop when the server stops.
constexpr auto kSweepInterval = std::chrono::seconds(1);
}  // namespace

SandboxRegistry::SandboxRegistry(std::shared_ptr<const sim::Scenario> serverScenario, SandboxLimits limits,
                                 IdleClock clock)
    : serverScenario_(std::move(serverScenario)),
      limits_(limits),
      clock_(clock ? std::move(clock) : IdleClock([] { return std::chrono::steady_clock::now(); })) {
    default_ = std::make_shared<Sandbox>(std::string(kDefaultSandbox), serverScenario_, limits_.capacities());
    default_->touch(clock_());
    sandboxes_.emplace(default_->name(), default_);
}

SandboxLease SandboxRegistry::acquire(const std::string& name) {
    const auto now = clock_();
    dropIdleIfDue(now);
    {
        std::shared_lock lock(mutex_);
        if (auto it = sandboxes_.find(name); it != sandboxes_.end()) {
            it->second->enter();  // under the lock, so eviction (exclusive) sees it in use
            it->second->touch(now);
            return SandboxLease(it->second);
        }
    }
    // Built outside the lock: loading a world must not hold up requests to other sandboxes.
    auto created = std::make_shared<Sandbox>(name, serverScenario_, limits_.capacities());
    std::shared_ptr<Sandbox> evicted;  // destroyed after the lock is released (declared before it)
    std::unique_lock lock(mutex_);
    auto it = sandboxes_.find(name);
    if (it == sandboxes_.end()) {  // nobody created it meanwhile
        if (sandboxes_.size() >= limits_.maxSandboxes) {
            evicted = takeLeastRecentlyUsed();
            if (!evicted) return {};
        }
        it = sandboxes_.emplace(name, std::move(created)).first;
    }
    it->second->enter();
    it->second->touch(now);
    return SandboxLease(it->second);
}

std::shared_ptr<Sandbox> SandboxRegistry::find(const std::string& name) const {
    std::shared_lock lock(mutex_);
    auto it = sandboxes_.find(name);
    return it == sandboxes_.end() ? nullptr : it->second;
}

bool SandboxRegistry::remove(const std::string& name) {
    if (name == kDefaultSandbox) return false;
    std::shared_ptr<Sandbox> removed;  // destroyed outside the lock
    std::unique_lock lock(mutex_);
    auto it = sandboxes_.find(name);
    if (it == sandboxes_.end()) return false;
    removed = std::move(it->second);
    sandboxes_.erase(it);
    return true;
}

std::vector<SandboxSummary> SandboxRegistry::list() const {
    std::vector<SandboxSummary> out;
    {
        std::shared_lock lock(mutex_);
        for (const auto& [name, sandbox] : sandboxes_)
            out.push_back({name, sandbox->current()->scenario->name, sandbox->createdAt(), sandbox->lastUsedAt(),
                           sandbox->requests()});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    return out;
}

std::size_t SandboxRegistry::size() const {
    std::shared_lock lock(mutex_);
    return sandboxes_.size();
}

void SandboxRegistry::dropIdle() {
    const auto now = clock_();
    std::vector<std::shared_ptr<Sandbox>> dropped;  // destroyed outside the lock
    std::unique_lock lock(mutex_);
    for (auto it = sandboxes_.begin(); it != sandboxes_.end();) {
        const Sandbox& sandbox = *it->second;
        if (it->second != default_ && sandbox.inFlight() == 0 && now - sandbox.lastUsedIdle() > limits_.idleTimeout) {
            dropped.push_back(std::move(it->second));
            it = sandboxes_.erase(it);
        } else {
            ++it;
        }
    }
    lock.unlock();
}

void SandboxRegistry::dropIdleIfDue(std::chrono::steady_clock::time_point now) {
    auto due = nextSweep_.load(std::memory_order_relaxed);
    if (now.time_since_epoch().count() < due) return;
    const auto next = (now + kSweepInterval).time_since_epoch().count();
    // One request does the sweep; the others go on.
    if (!nextSweep_.compare_exchange_strong(due, next)) return;
    dropIdle();
}

std::shared_ptr<Sandbox> SandboxRegistry::takeLeastRecentlyUsed() {
    auto victim = sandboxes_.end();
    for (auto it = sandboxes_.begin(); it != sandboxes_.end(); ++it) {
        if (it->second == default_ || it->second->inFlight() > 0) continue;
        if (victim == sandboxes_.end() || it->second->lastUsedIdle() < victim->second->lastUsedIdle()) victim = it;
    }
    if (victim == sandboxes_.end()) return nullptr;
    auto taken = std::move(victim->second);
    sandboxes_.erase(victim);
    return taken;
}

}  // namespace pcsim::http
