#pragma once
// WorldSpec → a live sim::World with a frozen clock, ready for the operations of mockserver/sim.
#include <memory>

#include "gen/world_spec.hpp"
#include "sim/world.hpp"

namespace pcsim::properties {

// When every generated world starts (the clock is frozen: it moves only when a property moves it).
sim::Timestamp worldStart();

std::shared_ptr<const sim::Scenario> buildScenario(const WorldSpec& spec);
std::unique_ptr<sim::World> buildWorld(const WorldSpec& spec);

}  // namespace pcsim::properties
