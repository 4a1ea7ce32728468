#pragma once
// One sandbox: a complete, isolated pcsim — a simulated world with everything that goes with it on
// the HTTP side: the scenario it was loaded from, its fault injector, throttling budget, MS-RequestId
// replay cache, request journal and the log of operations that changed it.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

#include "http/faults.hpp"
#include "http/journal.hpp"
#include "http/operation_log.hpp"
#include "http/replay.hpp"
#include "http/response_cache.hpp"
#include "http/throttle.hpp"
#include "sim/world.hpp"

namespace pcsim::http {

// How much a sandbox remembers: journal entries, and operations for bundle export.
struct SandboxCapacities {
    std::size_t journal = 1000;
    std::size_t operations = OperationLog::kDefaultCapacity;
};

// Everything that a reset replaces, swapped as one. A request takes the current state once and
// keeps it for its whole life, so a concurrent reset never pulls anything from under it.
struct SandboxState {
    explicit SandboxState(std::shared_ptr<const sim::Scenario> scenario, SandboxCapacities capacities = {});

    std::shared_ptr<const sim::Scenario> scenario;
    sim::World world;
    FaultInjector faults;
    Throttler throttler;
    ReplayCache replay;
    ResponseCache catalogResponses;  // the catalog is immutable: its GETs are rendered once
    Journal journal;
    OperationLog operations;
    // Access tokens carry the generation they were minted in (claim pcsim_gen); POST
    // /_pcsim/tokens/expire moves it on, and every older token of this sandbox is then expired.
    std::atomic<std::int64_t> tokenGeneration{0};
    // Likewise for refresh tokens (sim::refreshTokenAt): POST /_pcsim/tokens/expire {"tokens":
    // "refresh"} revokes every refresh token handed out so far, the scenario's own included.
    std::atomic<std::int64_t> refreshGeneration{0};
    // Held by every state-changing request from before it is logged until it has run, so that the
    // operation log holds the changes in the order they took effect (two concurrent checkouts replay
    // in the order that decided which one created the order). Only this sandbox's changes wait.
    std::mutex changes;
};

class Sandbox {
public:
    Sandbox(std::string name, std::shared_ptr<const sim::Scenario> scenario, SandboxCapacities capacities = {});

    const std::string& name() const { return name_; }
    std::shared_ptr<SandboxState> current() const;
    const SandboxCapacities& capacities() const { return capacities_; }

    // Back to the scenario as loaded (or to another scenario): fresh world, faults, budgets, replay,
    // journal and operation log.
    void reset();
    void load(std::shared_ptr<const sim::Scenario> scenario);
    // Puts a state built elsewhere in place (bundle import builds it before anyone can see it).
    void install(std::shared_ptr<SandboxState> state);

    // Bookkeeping for the registry: when it was created and last used, how many requests it served
    // and how many are running in it now (a sandbox with requests in flight is never evicted).
    sim::Timestamp createdAt() const { return createdAt_; }
    sim::Timestamp lastUsedAt() const { return sim::Timestamp{sim::Ticks{lastUsedWall_.load()}}; }
    std::chrono::steady_clock::time_point lastUsedIdle() const {
        return std::chrono::steady_clock::time_point{std::chrono::steady_clock::duration{lastUsedIdle_.load()}};
    }
    std::uint64_t requests() const { return requests_.load(); }
    int inFlight() const { return inFlight_.load(); }
    void touch(std::chrono::steady_clock::time_point idleNow);
    void enter() { ++inFlight_; }
    void leave() { --inFlight_; }

private:
    const std::string name_;
    const SandboxCapacities capacities_;
    mutable std::mutex mutex_;
    std::shared_ptr<SandboxState> state_;
    const sim::Timestamp createdAt_;
    std::atomic<sim::Ticks::rep> lastUsedWall_;
    std::atomic<std::chrono::steady_clock::rep> lastUsedIdle_{0};
    std::atomic<std::uint64_t> requests_{0};
    std::atomic<int> inFlight_{0};
};

// Wall-clock now, at the resolution of sim::Timestamp.
sim::Timestamp wallClockNow();

}  // namespace pcsim::http
