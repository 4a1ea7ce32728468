#pragma once
// Who may receive a reservation's benefit, and when a reservation gives any (contract
// azure-reservations §1.2, §2.1, §4.2): the subscription's offer type, and the reservation's time
// window and state. Matching by region, group and scope is the plan's job (plan.hpp).
#include "sim/engine/hours.hpp"
#include "sim/world.hpp"

namespace pcsim::sim::engine {

// EA (MS-AZR-0017P, -0148P), pay-as-you-go (MS-AZR-0003P, -0023P), CSP (MS-AZR-0145P) and the Azure
// plan. Usage under any other offer never receives the discount.
bool offerReceivesReservationDiscount(const Subscription& subscription);

// True when the reservation applies in `hour`: the hour starts in [effectiveDateTime, expiryDateTime)
// and the reservation is Succeeded. Split, Merged, Cancelled and every other state give nothing:
// whatever changes the state catches the engine up first (engine.hpp), so history is never rewritten.
bool appliesInHour(const Reservation& reservation, HourIndex hour);

// The state to show: Succeeded turns Expired once the term has ended.
std::string displayedProvisioningState(const Reservation& reservation, Timestamp now);

}  // namespace pcsim::sim::engine
