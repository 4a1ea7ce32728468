// GUIDs as the service writes them: lower-case 8-4-4-4-12, version 4 with the RFC 4122 variant.
#include <gtest/gtest.h>

#include <set>

#include "partnercenter/ids.hpp"

namespace partnercenter::ids {
namespace {

TEST(Guid, FormatsTheBitsMostSignificantDigitFirst) {
    EXPECT_EQ(formatGuid(0x0123456789ABCDEFULL, 0xFEDCBA9876543210ULL), "01234567-89ab-cdef-fedc-ba9876543210");
    EXPECT_EQ(formatGuid(0, 0), "00000000-0000-0000-0000-000000000000");
}

TEST(Guid, VersionFourSetsTheVersionAndVariantDigitsOnly) {
    EXPECT_EQ(versionFourGuid(0, 0), "00000000-0000-4000-8000-000000000000");
    EXPECT_EQ(versionFourGuid(~0ULL, ~0ULL), "ffffffff-ffff-4fff-bfff-ffffffffffff");
}

TEST(Guid, RandomGuidsAreVersionFourAndDiffer) {
    std::set<std::string> seen;
    for (int i = 0; i < 100; ++i) {
        const std::string guid = randomGuid();
        ASSERT_TRUE(isGuid(guid)) << guid;
        EXPECT_EQ(guid[14], '4');
        EXPECT_NE(std::string("89ab").find(guid[19]), std::string::npos) << guid;
        seen.insert(guid);
    }
    EXPECT_EQ(seen.size(), 100u);
}

TEST(Guid, RecognisesTheShapeInEitherCase) {
    EXPECT_TRUE(isGuid("4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55"));
    EXPECT_TRUE(isGuid("4C1B5F0E-2A7D-4E3B-9A10-6F2D8C9E1A55"));
    EXPECT_FALSE(isGuid(""));
    EXPECT_FALSE(isGuid("4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a5"));    // one digit short
    EXPECT_FALSE(isGuid("4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55a"));  // one too many
    EXPECT_FALSE(isGuid("4c1b5f0e2a7d-4e3b-9a10-6f2d8c9e1a55-"));   // a dash out of place
    EXPECT_FALSE(isGuid("4c1b5f0g-2a7d-4e3b-9a10-6f2d8c9e1a55"));   // not hex
}

}  // namespace
}  // namespace partnercenter::ids
