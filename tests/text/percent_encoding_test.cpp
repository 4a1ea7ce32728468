// Percent-encoding of URL components (RFC 3986 §2.1) and its two decodings: paths keep '+',
// query strings and form bodies read it as a space.
#include <gtest/gtest.h>

#include "partnercenter/text.hpp"

namespace partnercenter::text {
namespace {

TEST(PercentEncoding, KeepsUnreservedCharactersAndEncodesEveryOtherByte) {
    EXPECT_EQ(percentEncode("AZaz09-_.~"), "AZaz09-_.~");
    EXPECT_EQ(percentEncode("a b/c?d=e&f+g%"), "a%20b%2Fc%3Fd%3De%26f%2Bg%25");
    EXPECT_EQ(percentEncode("caf\xC3\xA9"), "caf%C3%A9");  // UTF-8, byte by byte, upper-case hex
    EXPECT_EQ(percentEncode(std::string_view("\0\x7f", 2)), "%00%7F");
    EXPECT_EQ(percentEncode(""), "");
}

TEST(PercentDecoding, ReadsEitherCaseOfHex) {
    EXPECT_EQ(percentDecode("a%2Fb%2fc"), "a/b/c");
    EXPECT_EQ(percentDecode("caf%C3%A9"), "caf\xC3\xA9");
    EXPECT_EQ(percentDecode("%00"), std::string(1, '\0'));
}

TEST(PercentDecoding, LeavesAPercentWithoutTwoHexDigitsAsItIs) {
    EXPECT_EQ(percentDecode("100%"), "100%");
    EXPECT_EQ(percentDecode("%4"), "%4");
    EXPECT_EQ(percentDecode("%zz%4g"), "%zz%4g");
    EXPECT_EQ(percentDecode("%%41"), "%A");
}

TEST(PercentDecoding, PathKeepsPlusAndFormReadsItAsASpace) {
    EXPECT_EQ(percentDecode("a+b%20c"), "a+b c");
    EXPECT_EQ(formDecode("a+b%20c"), "a b c");
    EXPECT_EQ(formDecode("a%2Bb"), "a+b");
}

TEST(PercentEncoding, DecodingUndoesEncodingInBothFlavours) {
    const std::string awkward = "a b+c/d?e=f&g%h\xC3\xA9~";
    EXPECT_EQ(percentDecode(percentEncode(awkward)), awkward);
    EXPECT_EQ(formDecode(percentEncode(awkward)), awkward);
}

}  // namespace
}  // namespace partnercenter::text
