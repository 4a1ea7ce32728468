#pragma once
// The targeted reset `commerce`: forget every purchase — carts, orders, their entitlements and
// reservations, and what the reservation engine applied — but keep the rest of the world as it is
// now: the clock, subscriptions and their registrations, the VMs (also those changed at run time).
// A test can then buy again on the same world without rebuilding it.
#include "sim/world.hpp"

namespace pcsim::sim {

// The caller holds the world's lock. The engine starts over from the scenario's first hour with the
// VMs as they are now, so coverage shows that usage with nothing bought.
void resetCommerce(World& world);

}  // namespace pcsim::sim
