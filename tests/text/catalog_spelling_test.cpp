// The spellings client and simulator share: catalog item ids and reservation terms.
#include <gtest/gtest.h>

#include "partnercenter/catalog_spelling.hpp"

namespace partnercenter::catalog {
namespace {

TEST(CatalogItemId, JoinsAndSplitsTheThreeParts) {
    EXPECT_EQ(catalogItemId("DZH318Z0BQ3P", "00G1", "DZH318XQ8CKX"), "DZH318Z0BQ3P:00G1:DZH318XQ8CKX");
    const auto parts = splitCatalogItemId("DZH318Z0BQ3P:00G1:DZH318XQ8CKX");
    ASSERT_TRUE(parts);
    EXPECT_EQ(parts->productId, "DZH318Z0BQ3P");
    EXPECT_EQ(parts->skuId, "00G1");
    EXPECT_EQ(parts->availabilityId, "DZH318XQ8CKX");
}

TEST(CatalogItemId, AnythingButExactlyThreePartsIsNoId) {
    EXPECT_FALSE(splitCatalogItemId(""));
    EXPECT_FALSE(splitCatalogItemId("P"));
    EXPECT_FALSE(splitCatalogItemId("P:S"));
    EXPECT_FALSE(splitCatalogItemId("P:S:A:X"));
    const auto empty = splitCatalogItemId("::");
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->productId.empty() && empty->skuId.empty() && empty->availabilityId.empty());
}

TEST(Term, BothSpellingsNormaliseToIso) {
    EXPECT_EQ(normaliseTerm("P1Y"), "P1Y");
    EXPECT_EQ(normaliseTerm("p3y"), "P3Y");
    EXPECT_EQ(normaliseTerm("1Year"), "P1Y");
    EXPECT_EQ(normaliseTerm("3Years"), "P3Y");
    EXPECT_EQ(normaliseTerm("5year"), "P5Y");
    for (const char* wrong : {"", "P", "P2Y", "P1M", "1 Year", "Y1P", "P1YX", "P-1Y", "12Years"})
        EXPECT_FALSE(normaliseTerm(wrong)) << wrong;
}

TEST(Term, YearsOfANormalisedTerm) {
    EXPECT_EQ(termYears("P1Y"), 1);
    EXPECT_EQ(termYears("P5Y"), 5);
    EXPECT_EQ(termYears("1Year"), 0);
}

TEST(Term, DurationSpellingOfIsoTermsOnly) {
    EXPECT_EQ(durationSpelling("P1Y"), "1Year");
    EXPECT_EQ(durationSpelling("P3Y"), "3Years");
    EXPECT_EQ(durationSpelling("p5y"), "5Years");
    EXPECT_EQ(durationSpelling("1Year"), "1Year");
    EXPECT_EQ(durationSpelling("P2Y"), "P2Y");
}

}  // namespace
}  // namespace partnercenter::catalog
