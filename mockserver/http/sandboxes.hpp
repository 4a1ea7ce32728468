#pragma once
// The named sandboxes of one server. `default` (the scenario `pcsim serve` loaded) always exists;
// any other is created from the server's scenario on first use, dropped after it has been idle for
// the configured time, and their number is bounded: creating one more first drops the least recently
// used one that has no request in flight.
//
// Lookups take a shared lock on the name table only; everything else a request does happens in its
// own sandbox, so requests to different sandboxes never wait for each other.
#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "http/sandbox.hpp"

namespace pcsim::http {

struct SandboxLimits {
    std::size_t maxSandboxes = 256;  // `default` included
    std::chrono::seconds idleTimeout{900};
    std::size_t journalCapacity = 1000;
    std::size_t operationLogCapacity = OperationLog::kDefaultCapacity;

    SandboxCapacities capacities() const { return {journalCapacity, operationLogCapacity}; }
};

// What idle time is measured with; tests pass a clock they move by hand.
using IdleClock = std::function<std::chrono::steady_clock::time_point()>;

// A sandbox held for one request: counts as in flight (never evicted) until released.
class SandboxLease {
public:
    SandboxLease() = default;
    explicit SandboxLease(std::shared_ptr<Sandbox> sandbox) : sandbox_(std::move(sandbox)) {}
    SandboxLease(SandboxLease&& other) noexcept = default;
    SandboxLease& operator=(SandboxLease&& other) noexcept {
        release();
        sandbox_ = std::move(other.sandbox_);
        return *this;
    }
    ~SandboxLease() { release(); }

    explicit operator bool() const { return sandbox_ != nullptr; }
    Sandbox& operator*() const { return *sandbox_; }
    Sandbox* operator->() const { return sandbox_.get(); }

private:
    void release() {
        if (sandbox_) sandbox_->leave();
        sandbox_.reset();
    }
    std::shared_ptr<Sandbox> sandbox_;
};

struct SandboxSummary {
    std::string name;
    std::string scenario;
    sim::Timestamp createdAt{};
    sim::Timestamp lastUsedAt{};
    std::uint64_t requests = 0;
};

class SandboxRegistry {
public:
    SandboxRegistry(std::shared_ptr<const sim::Scenario> serverScenario, SandboxLimits limits, IdleClock clock = {});

    // The named sandbox, created on first use; empty when the limit is reached and no sandbox can be
    // dropped to make room. Marks it used now.
    SandboxLease acquire(const std::string& name);
    std::shared_ptr<Sandbox> find(const std::string& name) const;
    Sandbox& defaultSandbox() { return *default_; }
    // False when there is no such sandbox. `default` cannot be removed (the caller refuses it).
    bool remove(const std::string& name);
    std::vector<SandboxSummary> list() const;  // by name
    std::size_t size() const;
    const SandboxLimits& limits() const { return limits_; }
    // Drops every sandbox idle for longer than the limit (never `default`, never one in use).
    void dropIdle();

private:
    void dropIdleIfDue(std::chrono::steady_clock::time_point now);
    // Removes and returns the least recently used sandbox that can go; caller holds the exclusive lock.
    std::shared_ptr<Sandbox> takeLeastRecentlyUsed();

    const std::shared_ptr<const sim::Scenario> serverScenario_;
    const SandboxLimits limits_;
    const IdleClock clock_;
    mutable std::shared_mutex mutex_;
    std::unordered_map<std::string, std::shared_ptr<Sandbox>> sandboxes_;
    std::shared_ptr<Sandbox> default_;
    std::atomic<std::chrono::steady_clock::rep> nextSweep_{0};
};

}  // namespace pcsim::http
