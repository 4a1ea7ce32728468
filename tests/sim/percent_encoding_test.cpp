// Percent-encoding of URL components (RFC 3986 §2.1).
#include <gtest/gtest.h>

#include "sim/percent_encoding.hpp"

namespace pcsim::sim {
namespace {

TEST(PercentEncoding, KeepsUnreservedCharactersAndEncodesEveryOtherByte) {
    EXPECT_EQ(percentEncode("AZaz09-_.~"), "AZaz09-_.~");
    EXPECT_EQ(percentEncode("a b/c?d=e&f+g%"), "a%20b%2Fc%3Fd%3De%26f%2Bg%25");
    EXPECT_EQ(percentEncode("caf\xC3\xA9"), "caf%C3%A9");  // UTF-8, byte by byte, upper-case hex
    EXPECT_EQ(percentEncode(std::string_view("\0\x7f", 2)), "%00%7F");
    EXPECT_EQ(percentEncode(""), "");
}

}  // namespace
}  // namespace pcsim::sim
