#pragma once
// Simulated time: a UTC instant with 100 ns resolution (the 7 fractional digits Partner Center
// prints), ISO 8601 formatting and parsing, and ISO 8601 durations for the control plane.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pcsim::sim {

using Ticks = std::chrono::duration<std::int64_t, std::ratio<1, 10'000'000>>;  // 100 ns
using Timestamp = std::chrono::time_point<std::chrono::system_clock, Ticks>;

// "2026-01-05T09:00:00.0000000Z"
std::string formatTimestamp(Timestamp t);
// "2026-01-05T09:00:00Z" (no fraction), for reservation dates and the like
std::string formatTimestampSeconds(Timestamp t);
// Accepts "YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)" and "YYYY-MM-DD".
std::optional<Timestamp> parseTimestamp(std::string_view text);
// ISO 8601 durations with days and time parts: "PT24H", "P7D", "P1DT2H30M", "PT0.5S".
// Years and months are refused (their length depends on the date).
std::optional<Ticks> parseIsoDuration(std::string_view text);

// Adds whole calendar years (term ends: 2026-02-28 + 1 year = 2027-02-28; 29 Feb maps to 28 Feb).
Timestamp addYears(Timestamp t, int years);

}  // namespace pcsim::sim
