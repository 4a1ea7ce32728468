#pragma once
// One simulated world with everything that goes with it on the HTTP side: the scenario it was
// loaded from, its fault injector, throttling budget and MS-RequestId replay cache.
#include <memory>
#include <mutex>

#include "http/faults.hpp"
#include "http/replay.hpp"
#include "http/response_cache.hpp"
#include "http/throttle.hpp"
#include "sim/world.hpp"

namespace pcsim::http {

// Everything that a reset replaces, swapped as one. A request takes the current state once and
// keeps it for its whole life, so a concurrent reset never pulls anything from under it.
struct SandboxState {
    explicit SandboxState(std::shared_ptr<const sim::Scenario> scenario);

    std::shared_ptr<const sim::Scenario> scenario;
    sim::World world;
    FaultInjector faults;
    Throttler throttler;
    ReplayCache replay;
    ResponseCache catalogResponses;  // the catalog is immutable: its GETs are rendered once
};

class Sandbox {
public:
    explicit Sandbox(std::shared_ptr<const sim::Scenario> scenario);

    std::shared_ptr<SandboxState> current() const;

    // Back to the scenario as loaded (or to another scenario): fresh world, faults, budgets, replay.
    void reset();
    void load(std::shared_ptr<const sim::Scenario> scenario);

private:
    mutable std::mutex mutex_;
    std::shared_ptr<SandboxState> state_;
};

}  // namespace pcsim::http
