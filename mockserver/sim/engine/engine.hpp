#pragma once
// The reservation engine's entry points. Every whole simulated hour is applied once, in order, and
// then locked: catchUp() applies the hours that ended since the last call, so its cost is the number
// of new hours times the size of the world, never the length of history.
//
// Callers hold the world's lock. Anything that changes what the engine reads — VMs, a reservation's
// scope or flexibility, split, merge — must catch up first and call noteChange() after, so that the
// change applies from the first hour not yet processed (the hour now is in) and never rewrites history.
#include "sim/engine/hours.hpp"
#include "sim/world.hpp"

namespace pcsim::sim::engine {

// Applies every hour that has ended by the world's current time.
void catchUp(World& world);
// Applies the hours before `end` (exclusive) that are not applied yet.
void advanceTo(World& world, HourIndex end);
// The VMs or a reservation changed: rebuild the plan before the next hour.
void noteChange(World& world);

// The sizes the world's VMs and reservations are matched with (catalog first, then the tables).
const SizeCatalog& sizeCatalog(World& world);

}  // namespace pcsim::sim::engine
