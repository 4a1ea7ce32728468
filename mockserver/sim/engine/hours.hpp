#pragma once
// The engine's unit of time: whole UTC hours, numbered from the Unix epoch. A reservation's hour is
// filled and locked hour by hour (contract azure-reservations §2.4), so everything the engine records
// is keyed by an HourIndex; days are groups of 24 of them (UTC, as the Consumption API reports).
#include <cstdint>

#include "sim/customer.hpp"
#include "sim/time.hpp"

namespace pcsim::sim::engine {

using HourIndex = std::int64_t;
using DayIndex = std::int64_t;

inline constexpr int kHoursPerDay = 24;

HourIndex hourContaining(Timestamp t);              // the hour that t falls in (floor)
HourIndex firstHourStartingAtOrAfter(Timestamp t);  // ceil
Timestamp startOfHour(HourIndex hour);
DayIndex dayOf(HourIndex hour);
HourIndex firstHourOfDay(DayIndex day);
Timestamp startOfDay(DayIndex day);

// The fraction of `hour` (0..1) a VM with this schedule runs: 1 for always, 0 for off, the overlap
// with the daily UTC window otherwise. Minutes are the schedule's resolution, so the result is a
// multiple of 1/60.
double runningFraction(const RunSchedule& schedule, HourIndex hour);

// Cuts the hours [first, end) ∩ [from, to) at period boundaries (periods of `periodHours` hours,
// aligned on UTC midnight) and calls visit(periodStart, hoursInPiece) for each piece, in order. This
// is how runs of the ledger are turned into hourly or daily figures.
template <class Visit>
void forEachPeriodPiece(HourIndex first, HourIndex end, HourIndex from, HourIndex to, int periodHours, Visit&& visit) {
    HourIndex hour = first > from ? first : from;
    const HourIndex stop = end < to ? end : to;
    while (hour < stop) {
        const HourIndex offset = ((hour % periodHours) + periodHours) % periodHours;
        const HourIndex periodStart = hour - offset;
        const HourIndex pieceEnd = periodStart + periodHours < stop ? periodStart + periodHours : stop;
        visit(periodStart, pieceEnd - hour);
        hour = pieceEnd;
    }
}

}  // namespace pcsim::sim::engine
