// ASCII case folding: protocol names compare without case, and only ASCII letters fold.
#include <gtest/gtest.h>

#include "partnercenter/text.hpp"

namespace partnercenter::text {
namespace {

TEST(CaseFolding, FoldsAsciiLettersOnly) {
    EXPECT_EQ(toLower("MS-AZR-0145P Az_09"), "ms-azr-0145p az_09");
    EXPECT_EQ(toUpper("ms-azr-0145p az_09"), "MS-AZR-0145P AZ_09");
    EXPECT_EQ(toLower("CAF\xC3\x89"), "caf\xC3\x89");  // É stays as it is: bytes past ASCII never fold
    EXPECT_EQ(toUpper(""), "");
}

TEST(CaseFolding, EqualityIgnoresCaseButNotLength) {
    EXPECT_TRUE(equalsIgnoreCase("NotRegistered", "notregistered"));
    EXPECT_FALSE(equalsIgnoreCase("registered", "notregistered"));
    EXPECT_FALSE(equalsIgnoreCase("abc", "abd"));
    EXPECT_FALSE(equalsIgnoreCase("[", "{"));  // 0x5B and 0x7B differ by the case bit but are not letters
    EXPECT_TRUE(equalsIgnoreCase("", ""));
}

TEST(CaseFolding, PrefixTestIgnoresCase) {
    EXPECT_TRUE(startsWithIgnoreCase("bearer abc", "Bearer "));
    EXPECT_TRUE(startsWithIgnoreCase("abc", ""));
    EXPECT_FALSE(startsWithIgnoreCase("Bear", "Bearer "));
    EXPECT_FALSE(startsWithIgnoreCase("Basic abc", "Bearer "));
}

}  // namespace
}  // namespace partnercenter::text
