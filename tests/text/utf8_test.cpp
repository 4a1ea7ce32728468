// UTF-8 validity: what the server refuses in request bodies and token forms.
#include <gtest/gtest.h>

#include "partnercenter/text.hpp"

namespace partnercenter::text {
namespace {

TEST(Utf8, AcceptsEveryLengthOfSequence) {
    EXPECT_TRUE(isValidUtf8(""));
    EXPECT_TRUE(isValidUtf8("plain ascii"));
    EXPECT_TRUE(isValidUtf8("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"));
    EXPECT_TRUE(isValidUtf8(std::string_view("\0", 1)));
    EXPECT_TRUE(isValidUtf8("\xf4\x8f\xbf\xbf"));  // U+10FFFF, the last code point
    EXPECT_TRUE(isValidUtf8("\xee\x80\x80"));      // U+E000, just past the surrogates
}

TEST(Utf8, RefusesBytesThatStartNothing) {
    EXPECT_FALSE(isValidUtf8("\xff"));
    EXPECT_FALSE(isValidUtf8("\x80"));  // a lone continuation byte
    EXPECT_FALSE(isValidUtf8("\xf8\x88\x80\x80\x80"));
}

TEST(Utf8, RefusesTruncatedSequences) {
    EXPECT_FALSE(isValidUtf8("\xc3"));
    EXPECT_FALSE(isValidUtf8("\xe2\x82"));
    EXPECT_FALSE(isValidUtf8("\xf0\x9f\x98"));
    EXPECT_FALSE(isValidUtf8("\xc3 "));  // a continuation byte that is not one
}

TEST(Utf8, RefusesOverlongForms) {
    EXPECT_FALSE(isValidUtf8("\xc0\xaf"));          // '/' in two bytes
    EXPECT_FALSE(isValidUtf8("\xc1\xbf"));          // U+007F in two bytes
    EXPECT_FALSE(isValidUtf8("\xe0\x9f\xbf"));      // U+07FF in three bytes
    EXPECT_FALSE(isValidUtf8("\xf0\x8f\xbf\xbf"));  // U+FFFF in four bytes
}

TEST(Utf8, RefusesSurrogatesAndCodePointsPastTheLast) {
    EXPECT_FALSE(isValidUtf8("\xed\xa0\x80"));      // U+D800
    EXPECT_FALSE(isValidUtf8("\xed\xbf\xbf"));      // U+DFFF
    EXPECT_FALSE(isValidUtf8("\xf4\x90\x80\x80"));  // U+110000
}

}  // namespace
}  // namespace partnercenter::text
