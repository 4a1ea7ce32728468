#include "http/sandbox.hpp"

namespace pcsim::http {

sim::Timestamp wallClockNow() { return std::chrono::time_point_cast<sim::Ticks>(std::chrono::system_clock::now()); }

SandboxState::SandboxState(std::shared_ptr<const sim::Scenario> loaded, SandboxCapacities capacities)
    : scenario(std::move(loaded)),
      world(scenario),
      faults(scenario->faults, scenario->seed),
      throttler(scenario->throttling),
      journal(capacities.journal),
      operations(capacities.operations) {}

Sandbox::Sandbox(std::string name, std::shared_ptr<const sim::Scenario> scenario, SandboxCapacities capacities)
    : name_(std::move(name)),
      capacities_(capacities),
      state_(std::make_shared<SandboxState>(std::move(scenario), capacities)),
      createdAt_(wallClockNow()),
      lastUsedWall_(createdAt_.time_since_epoch().count()) {}

std::shared_ptr<SandboxState> Sandbox::current() const {
    std::lock_guard lock(mutex_);
    return state_;
}

void Sandbox::reset() { load(current()->scenario); }

void Sandbox::load(std::shared_ptr<const sim::Scenario> scenario) {
    install(std::make_shared<SandboxState>(std::move(scenario), capacities_));
}

void Sandbox::install(std::shared_ptr<SandboxState> fresh) {
    std::shared_ptr<SandboxState> old;
    {
        std::lock_guard lock(mutex_);
        old = std::move(state_);
        state_ = std::move(fresh);
    }
    // `old` is destroyed here, outside the lock (or later, by the last request still using it).
}

void Sandbox::touch(std::chrono::steady_clock::time_point idleNow) {
    lastUsedWall_ = wallClockNow().time_since_epoch().count();
    lastUsedIdle_ = idleNow.time_since_epoch().count();
    ++requests_;
}

}  // namespace pcsim::http
