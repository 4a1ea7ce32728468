#include "sim/time.hpp"

#include <charconv>
#include <cstdio>
#include <limits>

namespace pcsim::sim {
namespace {

using namespace std::chrono;

bool readInt(std::string_view& s, std::size_t digits, int& out) {
    if (s.size() < digits) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + digits, out);
    if (ec != std::errc{} || p != s.data() + digits) return false;
    s.remove_prefix(digits);
    return true;
}

bool expect(std::string_view& s, char c) {
    if (s.empty() || s.front() != c) return false;
    s.remove_prefix(1);
    return true;
}

}  // namespace

std::string formatTimestamp(Timestamp t) {
    auto day = floor<days>(t);
    year_month_day ymd{day};
    hh_mm_ss<Ticks> hms{t - day};
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%07lldZ", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()), int(hms.hours().count()), int(hms.minutes().count()), int(hms.seconds().count()),
                  static_cast<long long>(hms.subseconds().count()));
    return buf;
}

std::string formatTimestampSeconds(Timestamp t) {
    std::string full = formatTimestamp(t);
    return full.substr(0, 19) + "Z";
}

std::optional<Timestamp> parseTimestamp(std::string_view s) {
    int y, mo, d, h = 0, mi = 0, sec = 0;
    if (!readInt(s, 4, y) || !expect(s, '-') || !readInt(s, 2, mo) || !expect(s, '-') || !readInt(s, 2, d))
        return std::nullopt;
    year_month_day ymd{year{y}, month(unsigned(mo)), day(unsigned(d))};
    if (!ymd.ok()) return std::nullopt;
    Ticks fraction{0};
    int offsetMinutes = 0;
    if (!s.empty()) {
        if (!(expect(s, 'T') || expect(s, 't')) || !readInt(s, 2, h) || !expect(s, ':') || !readInt(s, 2, mi) ||
            !expect(s, ':') || !readInt(s, 2, sec))
            return std::nullopt;
        if (h > 23 || mi > 59 || sec > 60) return std::nullopt;
        if (!s.empty() && s.front() == '.') {
            s.remove_prefix(1);
            std::int64_t scale = 1'000'000;
            std::size_t n = 0;
            while (n < s.size() && s[n] >= '0' && s[n] <= '9') {
                if (scale > 0) fraction += Ticks{(s[n] - '0') * scale};
                scale /= 10;
                ++n;
            }
            if (n == 0) return std::nullopt;
            s.remove_prefix(n);
        }
        if (expect(s, 'Z') || expect(s, 'z')) {
        } else if (!s.empty() && (s.front() == '+' || s.front() == '-')) {
            int sign = s.front() == '-' ? -1 : 1;
            s.remove_prefix(1);
            int oh, om;
            if (!readInt(s, 2, oh) || !expect(s, ':') || !readInt(s, 2, om)) return std::nullopt;
            offsetMinutes = sign * (oh * 60 + om);
        } else {
            return std::nullopt;
        }
    }
    if (!s.empty()) return std::nullopt;
    Timestamp t = time_point_cast<Ticks>(sys_days{ymd}) + hours{h} + minutes{mi} + seconds{sec} + fraction;
    return t - minutes{offsetMinutes};
}

std::optional<Ticks> parseIsoDuration(std::string_view s) {
    if (!expect(s, 'P') || s.empty()) return std::nullopt;
    Ticks total{0};
    bool inTime = false, any = false;
    while (!s.empty()) {
        if (s.front() == 'T') {
            if (inTime) return std::nullopt;
            inTime = true;
            s.remove_prefix(1);
            continue;
        }
        std::size_t n = 0;
        while (n < s.size() && ((s[n] >= '0' && s[n] <= '9') || s[n] == '.')) ++n;
        if (n == 0 || n == s.size() || n > 15) return std::nullopt;
        double value = 0;
        auto [p, ec] = std::from_chars(s.data(), s.data() + n, value);
        if (ec != std::errc{} || p != s.data() + n) return std::nullopt;
        char unit = s[n];
        s.remove_prefix(n + 1);
        double secondsPerUnit;
        if (!inTime && unit == 'D') secondsPerUnit = 86400;
        else if (!inTime && unit == 'W') secondsPerUnit = 7 * 86400;
        else if (inTime && unit == 'H') secondsPerUnit = 3600;
        else if (inTime && unit == 'M') secondsPerUnit = 60;
        else if (inTime && unit == 'S') secondsPerUnit = 1;
        else return std::nullopt;
        // A duration must fit the clock's 64-bit ticks (about 29,000 years): converting a larger
        // double, or adding past the limit, is undefined behaviour, not just a wrong answer.
        const double ticks = value * secondsPerUnit * 1e7;
        if (!(ticks < double(std::numeric_limits<std::int64_t>::max() - total.count()))) return std::nullopt;
        total += Ticks{static_cast<std::int64_t>(ticks)};
        any = true;
    }
    if (!any) return std::nullopt;
    return total;
}

Timestamp addYears(Timestamp t, int years) {
    auto day = floor<days>(t);
    auto timeOfDay = t - day;
    year_month_day ymd{day};
    year_month_day shifted = ymd + std::chrono::years{years};
    if (!shifted.ok()) shifted = shifted.year() / shifted.month() / last;
    return time_point_cast<Ticks>(sys_days{shifted}) + timeOfDay;
}

}  // namespace pcsim::sim
