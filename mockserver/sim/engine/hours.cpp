#include "sim/engine/hours.hpp"

#include <algorithm>

namespace pcsim::sim::engine {
namespace {

constexpr int kMinutesPerDay = 24 * 60;

HourIndex floorDiv(HourIndex a, HourIndex b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

int overlapMinutes(int aBegin, int aEnd, int bBegin, int bEnd) {
    return std::max(0, std::min(aEnd, bEnd) - std::max(aBegin, bBegin));
}

}  // namespace

HourIndex hourContaining(Timestamp t) { return std::chrono::floor<std::chrono::hours>(t).time_since_epoch().count(); }

HourIndex firstHourStartingAtOrAfter(Timestamp t) {
    return std::chrono::ceil<std::chrono::hours>(t).time_since_epoch().count();
}

Timestamp startOfHour(HourIndex hour) { return Timestamp{std::chrono::hours{hour}}; }

DayIndex dayOf(HourIndex hour) { return floorDiv(hour, kHoursPerDay); }

HourIndex firstHourOfDay(DayIndex day) { return day * kHoursPerDay; }

Timestamp startOfDay(DayIndex day) { return startOfHour(firstHourOfDay(day)); }

double runningFraction(const RunSchedule& schedule, HourIndex hour) {
    switch (schedule.kind) {
        case RunSchedule::Kind::always: return 1.0;
        case RunSchedule::Kind::off: return 0.0;
        case RunSchedule::Kind::window: break;
    }
    const int begin = int(hour - floorDiv(hour, kHoursPerDay) * kHoursPerDay) * 60;
    const int end = begin + 60;
    int minutes = 0;
    if (schedule.startMinute < schedule.endMinute) {
        minutes = overlapMinutes(begin, end, schedule.startMinute, schedule.endMinute);
    } else {  // the window crosses midnight: [start, 24:00) plus [00:00, end)
        minutes = overlapMinutes(begin, end, schedule.startMinute, kMinutesPerDay) +
                  overlapMinutes(begin, end, 0, schedule.endMinute);
    }
    return minutes / 60.0;
}

}  // namespace pcsim::sim::engine
