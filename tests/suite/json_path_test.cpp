// JSON paths as suites write them.
#include <gtest/gtest.h>

#include "suite/json_path.hpp"

namespace pcsim::suite {
namespace {

const nlohmann::json kDocument = nlohmann::json::parse(R"({
  "totalCount": 2,
  "items": [{"id": "a", "lineItems": [{"quantity": 1}]}, {"id": "b", "lineItems": []}],
  "odd.key": {"x": true},
  "nothing": null
})");

std::optional<nlohmann::json> at(const std::string& path) {
    std::string problem;
    auto parsed = JsonPath::parse(path, &problem);
    EXPECT_TRUE(parsed.has_value()) << problem;
    return parsed ? parsed->find(kDocument) : std::nullopt;
}

TEST(JsonPath, DollarIsTheWholeDocument) { EXPECT_EQ(at("$"), kDocument); }

TEST(JsonPath, MembersAndIndexesWithOrWithoutTheLeadingDollar) {
    EXPECT_EQ(at("$.items[0].id"), "a");
    EXPECT_EQ(at("items[1].id"), "b");
    EXPECT_EQ(at("$.items[0].lineItems[0].quantity"), 1);
    EXPECT_EQ(at("totalCount"), 2);
}

TEST(JsonPath, NegativeIndexCountsFromTheEnd) { EXPECT_EQ(at("$.items[-1].id"), "b"); }

TEST(JsonPath, StarCollectsFromEveryElement) {
    EXPECT_EQ(at("$.items[*].id"), nlohmann::json::array({"a", "b"}));
    EXPECT_EQ(at("$.items[*].lineItems[0].quantity"), nlohmann::json::array({1}));
}

TEST(JsonPath, NumbersAndStarsAfterADotNeedNoBrackets) {
    EXPECT_EQ(at("items.0.id"), "a");
    EXPECT_EQ(at("$.items.-1.id"), "b");
    EXPECT_EQ(at("items.*.id"), nlohmann::json::array({"a", "b"}));
    EXPECT_EQ(at("items.x"), std::nullopt);  // an array has no members
}

TEST(JsonPath, QuotedNamesHoldDots) { EXPECT_EQ(at("$['odd.key'].x"), true); }

TEST(JsonPath, PathsThatLeadNowhereFindNothing) {
    EXPECT_EQ(at("$.missing"), std::nullopt);
    EXPECT_EQ(at("$.items[5]"), std::nullopt);
    EXPECT_EQ(at("$.totalCount.x"), std::nullopt);
    EXPECT_EQ(at("$.items.id"), std::nullopt);  // an array has no members
    EXPECT_EQ(at("$.nothing"), nlohmann::json(nullptr));
}

TEST(JsonPath, MalformedPathsSayWhy) {
    for (const char* bad : {"", "$.", "$x", "$.items[", "$.items[one]", "a..b"}) {
        std::string problem;
        EXPECT_FALSE(JsonPath::parse(bad, &problem).has_value()) << bad;
        EXPECT_NE(problem.find("is not a JSON path"), std::string::npos) << bad << ": " << problem;
    }
}

}  // namespace
}  // namespace pcsim::suite
