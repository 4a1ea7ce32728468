#include "scenario/run_schedule.hpp"

#include "partnercenter/text.hpp"

namespace pcsim::scenario {

using partnercenter::text::equalsIgnoreCase;
namespace {

// "HH:MM" → minutes after midnight; 24:00 only when `allowMidnightEnd`.
std::optional<int> parseClockTime(std::string_view text, bool allowMidnightEnd) {
    if (text.size() != 5 || text[2] != ':') return std::nullopt;
    for (std::size_t i : {0, 1, 3, 4})
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
    int hours = (text[0] - '0') * 10 + (text[1] - '0');
    int minutes = (text[3] - '0') * 10 + (text[4] - '0');
    if (minutes > 59) return std::nullopt;
    if (hours == 24 && minutes == 0 && allowMidnightEnd) return 24 * 60;
    if (hours > 23) return std::nullopt;
    return hours * 60 + minutes;
}

}  // namespace

std::optional<sim::RunSchedule> parseRunSchedule(std::string_view text) {
    sim::RunSchedule schedule;
    if (equalsIgnoreCase(text, "always")) return schedule;
    if (equalsIgnoreCase(text, "off")) {
        schedule.kind = sim::RunSchedule::Kind::off;
        return schedule;
    }
    auto dash = text.find('-');
    if (dash == std::string_view::npos) return std::nullopt;
    auto start = parseClockTime(text.substr(0, dash), false);
    auto end = parseClockTime(text.substr(dash + 1), true);
    if (!start || !end || *start == *end % (24 * 60)) return std::nullopt;  // an empty window is no window
    schedule.kind = sim::RunSchedule::Kind::window;
    schedule.startMinute = *start;
    schedule.endMinute = *end;
    return schedule;
}

}  // namespace pcsim::scenario
