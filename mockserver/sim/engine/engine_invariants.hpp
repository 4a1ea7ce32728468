#pragma once
// The reservation engine's invariants, checked on what its ledger recorded (docs/reservation-engine.md):
//   capacity-bound   in no hour does a reservation apply more than quantity × ratio units, counted
//                    both from its own record and from the shares the VMs received
//   usage-bound      in no hour does a VM get more units covered than it used
//   scope-soundness  a share goes only to a VM the reservation could cover in that hour: same
//                    customer, inside the scope it had then, same region, same ISF group (the exact
//                    size with flexibility Off), not Spot, on an eligible offer
//   time-soundness   shares only in hours that start within the reservation's term (and before its
//                    order's cancellation), only in hours the engine has applied, runs in order
#include "sim/invariant_report.hpp"
#include "sim/world.hpp"

namespace pcsim::sim::engine {

void checkEngineInvariants(const World& world, InvariantReport& report);

}  // namespace pcsim::sim::engine
