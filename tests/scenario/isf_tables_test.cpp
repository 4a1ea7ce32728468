// The built-in ISF tables against contract/azure-reservations.md §2.2–§2.3.
#include <gtest/gtest.h>

#include "sim/isf_tables.hpp"

namespace pcsim::sim {
namespace {

double ratio(std::string_view size) {
    const IsfEntry* entry = findIsf(size);
    EXPECT_NE(entry, nullptr) << size;
    return entry ? entry->ratio : -1;
}

TEST(IsfTables, AcceptsNamesWithAndWithoutPrefixInAnyCase) {
    const IsfEntry* withPrefix = findIsf("Standard_D4s_v3");
    ASSERT_NE(withPrefix, nullptr);
    EXPECT_EQ(findIsf("D4s_v3"), withPrefix);
    EXPECT_EQ(findIsf("standard_d4S_V3"), withPrefix);
    EXPECT_EQ(withPrefix->name, "D4s_v3");
    EXPECT_EQ(withPrefix->group, "DSv3 Series");
    EXPECT_EQ(withPrefix->cores, 4);
    EXPECT_DOUBLE_EQ(withPrefix->ramGb, 16);
    EXPECT_EQ(armSkuNameOf(*withPrefix), "Standard_D4s_v3");
}

TEST(IsfTables, UnknownSizesAreNotFound) {
    EXPECT_EQ(findIsf("Standard_F4s_v2"), nullptr);
    EXPECT_EQ(findIsf("Standard_"), nullptr);
    EXPECT_EQ(findIsf(""), nullptr);
    EXPECT_EQ(findIsf("Standard_D4s_v3x"), nullptr);
}

// §2.2 worked examples: one DS4_v2 covers eight DS1_v2, or two DS2_v2 plus one DS3_v2, or half a DS5_v2.
TEST(IsfTables, DocumentedWorkedExamplesHold) {
    EXPECT_DOUBLE_EQ(ratio("Standard_DS4_v2"), 8 * ratio("Standard_DS1_v2"));
    EXPECT_DOUBLE_EQ(ratio("Standard_DS4_v2"), 2 * ratio("Standard_DS2_v2") + ratio("Standard_DS3_v2"));
    EXPECT_DOUBLE_EQ(ratio("Standard_DS5_v2"), 2 * ratio("Standard_DS4_v2"));
    EXPECT_DOUBLE_EQ(ratio("Standard_D8s_v3"), 2 * ratio("Standard_D4s_v3"));
}

TEST(IsfTables, CurrentRatiosOfTheContractTables) {
    struct Expected {
        const char* size;
        const char* group;
        double ratio;
    };
    const Expected expected[] = {
        {"D2s_v3", "DSv3 Series", 2},
        {"D48s_v3", "DSv3 Series", 48},
        {"D64s_v3", "DSv3 Series", 64},
        {"D1_v2", "Dv2 Series", 1},
        {"D5_v2", "Dv2 Series", 16},
        {"D11_v2", "Dv2 Series High Memory", 2},
        {"D14_v2", "Dv2 Series High Memory", 16},
        {"D15_v2", "Dv2 Series High Memory", 20},
        {"DS1_v2", "DSv2 Series", 1},
        {"DS5_v2", "DSv2 Series", 16},
        {"B1ls", "BS Series", 0.25},
        {"B1s", "BS Series", 0.5},
        {"B2s", "BS Series", 2},
        {"B1ms", "BS Series High Memory", 0.5},
        {"B8ms", "BS Series High Memory", 8.05},
        {"B12ms", "BS Series High Memory", 12.06},
        {"B16ms", "BS Series High Memory", 16.09},
        {"B20ms", "BS Series High Memory", 20.1},
        {"E2s_v3", "ESv3 Series", 2},
        {"E20s_v3", "ESv3 Series", 20},
        {"E64s_v3", "ESv3 Series", 57.6},
        {"E64_v3", "Ev3 Series", 57.6},
    };
    for (const auto& e : expected) {
        const IsfEntry* entry = findIsf(e.size);
        ASSERT_NE(entry, nullptr) << e.size;
        EXPECT_EQ(entry->group, e.group) << e.size;
        EXPECT_DOUBLE_EQ(entry->ratio, e.ratio) << e.size;
    }
}

// Groups are narrow (§2.1): D and DS, DSv2 and its high-memory sizes, B and Bms are apart.
TEST(IsfTables, NeighbouringFamiliesAreSeparateGroups) {
    EXPECT_NE(findIsf("D1_v2")->group, findIsf("DS1_v2")->group);
    EXPECT_NE(findIsf("D2_v2")->group, findIsf("D11_v2")->group);
    EXPECT_NE(findIsf("B1s")->group, findIsf("B1ms")->group);
    EXPECT_NE(findIsf("D2s_v3")->group, findIsf("D2_v3")->group);
}

TEST(IsfTables, ConstrainedVcpuSizesHaveTheirParentsRatio) {
    const IsfEntry* constrained = findIsf("Standard_E4-2s_v3");
    ASSERT_NE(constrained, nullptr);
    EXPECT_EQ(constrained->constrainedOf, "E4s_v3");
    EXPECT_DOUBLE_EQ(constrained->ratio, ratio("E4s_v3"));
    EXPECT_EQ(constrained->cores, 2);
    EXPECT_DOUBLE_EQ(ratio("E64-16s_v3"), 57.6);
}

TEST(IsfTables, SizesOfAGroupAreInRatioOrderWithoutConstrainedSizes) {
    EXPECT_EQ(isfSizesOfGroup("DSv3 Series"),
              (std::vector<std::string>{"D2s_v3", "D4s_v3", "D8s_v3", "D16s_v3", "D32s_v3", "D48s_v3", "D64s_v3"}));
    EXPECT_EQ(isfSizesOfGroup("bs series"), (std::vector<std::string>{"B1ls", "B1s", "B2s"}));
    EXPECT_EQ(isfSizesOfGroup("ESv3 Series").size(), 8u);
    EXPECT_EQ(isfSizesOfGroup("Dv2 Series High Memory"),
              (std::vector<std::string>{"D11_v2", "D12_v2", "D13_v2", "D14_v2", "D15_v2"}));
    EXPECT_TRUE(isfSizesOfGroup("FSv2 Series").empty());
}

TEST(IsfTables, EveryRequiredGroupIsListedOnce) {
    const auto& groups = isfGroups();
    for (const char* required : {"DSv3 Series", "Dv2 Series", "Dv2 Series High Memory", "DSv2 Series", "BS Series",
                                 "BS Series High Memory", "ESv3 Series"})
        EXPECT_EQ(std::count(groups.begin(), groups.end(), required), 1) << required;
    EXPECT_EQ(canonicalIsfGroup("esv3 SERIES"), "ESv3 Series");
    EXPECT_EQ(canonicalIsfGroup("ESv4 Series"), "");
}

}  // namespace
}  // namespace pcsim::sim
