#include <gtest/gtest.h>

#include "scenario/run_schedule.hpp"

namespace pcsim::scenario {
namespace {

using Kind = sim::RunSchedule::Kind;

TEST(RunSchedule, AlwaysAndOff) {
    EXPECT_EQ(parseRunSchedule("always")->kind, Kind::always);
    EXPECT_EQ(parseRunSchedule("OFF")->kind, Kind::off);
}

TEST(RunSchedule, DailyWindowsInMinutes) {
    auto office = parseRunSchedule("08:00-18:30");
    ASSERT_TRUE(office);
    EXPECT_EQ(office->kind, Kind::window);
    EXPECT_EQ(office->startMinute, 8 * 60);
    EXPECT_EQ(office->endMinute, 18 * 60 + 30);

    auto overnight = parseRunSchedule("22:00-06:00");
    ASSERT_TRUE(overnight);
    EXPECT_EQ(overnight->startMinute, 22 * 60);
    EXPECT_EQ(overnight->endMinute, 6 * 60);

    EXPECT_EQ(parseRunSchedule("18:00-24:00")->endMinute, 24 * 60);
}

TEST(RunSchedule, RefusesMalformedWindows) {
    for (const char* bad : {"", "8:00-18:00", "08:00", "08:00-18", "08:60-18:00", "24:00-06:00", "25:00-06:00",
                            "08:00-08:00", "00:00-24:00", "08:00 - 18:00", "sometimes", "08:00-18:00-20:00"})
        EXPECT_FALSE(parseRunSchedule(bad)) << bad;
}

}  // namespace
}  // namespace pcsim::scenario
