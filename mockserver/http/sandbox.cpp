#include "http/sandbox.hpp"

namespace pcsim::http {

SandboxState::SandboxState(std::shared_ptr<const sim::Scenario> loaded)
    : scenario(std::move(loaded)),
      world(scenario),
      faults(scenario->faults, scenario->seed),
      throttler(scenario->throttling) {}

Sandbox::Sandbox(std::shared_ptr<const sim::Scenario> scenario)
    : state_(std::make_shared<SandboxState>(std::move(scenario))) {}

std::shared_ptr<SandboxState> Sandbox::current() const {
    std::lock_guard lock(mutex_);
    return state_;
}

void Sandbox::reset() { load(current()->scenario); }

void Sandbox::load(std::shared_ptr<const sim::Scenario> scenario) {
    auto fresh = std::make_shared<SandboxState>(std::move(scenario));
    std::lock_guard lock(mutex_);
    state_ = std::move(fresh);
}

}  // namespace pcsim::http
