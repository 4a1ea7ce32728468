// ISO 8601 durations and timestamps (sim/time.hpp), as the control plane's clock reads them.
#include <gtest/gtest.h>

#include "sim/time.hpp"

namespace pcsim::sim {
namespace {

using namespace std::chrono_literals;

TEST(IsoDuration, DaysWeeksAndTimeParts) {
    EXPECT_EQ(parseIsoDuration("PT48H"), Ticks{48h});
    EXPECT_EQ(parseIsoDuration("P7D"), Ticks{7 * 24h});
    EXPECT_EQ(parseIsoDuration("P1DT2H30M"), Ticks{26h + 30min});
    EXPECT_EQ(parseIsoDuration("PT0.5S"), Ticks{500ms});
    EXPECT_EQ(parseIsoDuration("P2W"), Ticks{14 * 24h});
}

TEST(IsoDuration, YearsMonthsAndMalformedTextAreRefused) {
    for (const char* text : {"", "P", "PT", "P1Y", "P1M", "PT1D", "P1H", "PTT1H", "24H", "PT1.2.3S"})
        EXPECT_FALSE(parseIsoDuration(text).has_value()) << text;
}

// Found by fuzz/durations.cpp: a value past the 64-bit tick range was converted anyway (undefined
// behaviour; UBSan: "outside the range of representable values of type 'long'").
TEST(IsoDuration, DurationsBeyondTheClocksRangeAreRefused) {
    EXPECT_FALSE(parseIsoDuration("P2W08888888882W5").has_value());
    EXPECT_FALSE(parseIsoDuration("P999999999999999D").has_value());
    EXPECT_FALSE(parseIsoDuration("P11000000D").has_value());  // 30,000 years
    // Parts that fit alone but not together.
    EXPECT_FALSE(parseIsoDuration("P7000000DT100000000H").has_value());
    EXPECT_TRUE(parseIsoDuration("P3650000D").has_value());  // 10,000 years still fit
}

TEST(Timestamp, ParsesWhatItFormats) {
    auto t = parseTimestamp("2026-01-05T09:00:00.1234567+02:00");
    ASSERT_TRUE(t.has_value());
    EXPECT_EQ(formatTimestamp(*t), "2026-01-05T07:00:00.1234567Z");
    EXPECT_EQ(parseTimestamp(formatTimestamp(*t)), t);
}

}  // namespace
}  // namespace pcsim::sim
