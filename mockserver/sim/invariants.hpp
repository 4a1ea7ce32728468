#pragma once
// The invariants of a world, checked on its current state: what must hold whatever requests came
// before, so that a test can end any scenario with "nothing is broken". The caller holds the world's
// lock. Pure: no HTTP, no clock move, no engine catch-up (the state is judged as it is).
//
// Purchase invariants (contract/partner-center-api.md, DECISIONS.md):
//   entitlement-per-fulfilled-line  every fulfilled order line has exactly one entitlement, of the
//                                   line's product, SKU and quantity
//   reservation-order-has-line      every reservation order (what an entitlement shows) belongs to an
//                                   order line of its customer that names it: no entitlement without order
//   one-order-per-cart              a cart's orders are exactly the ones its single checkout created,
//                                   at most one per order group
//   ordered-cart-has-order          an Ordered cart has its orders; an Active one has none
//   order-total                     total = Σ quantity × unit price, unit prices as the catalog's
//   reservation-scope               Single: exactly one applied scope, a subscription (or its resource
//                                   group) of the customer; Shared: none
//   reservation-quantity            the live reservations of an order add up to its quantity (split and
//                                   merge keep it)
// Reservation engine invariants (docs/reservation-engine.md): see sim/engine/engine_invariants.hpp.
#include "sim/invariant_report.hpp"
#include "sim/world.hpp"

namespace pcsim::sim {

// Every invariant: the purchase ones, then the engine's.
InvariantReport checkInvariants(const World& world);
void checkPurchaseInvariants(const World& world, InvariantReport& report);

}  // namespace pcsim::sim
