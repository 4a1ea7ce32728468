// ${variables} in suite texts and JSON bodies.
#include <gtest/gtest.h>

#include "suite/interpolation.hpp"

namespace pcsim::suite {
namespace {

std::optional<nlohmann::json> variables(const std::string& name) {
    if (name == "customer") return "c1";
    if (name == "qty") return 3;
    if (name == "order") return nlohmann::json{{"id", "o1"}};
    return std::nullopt;
}

TEST(Interpolation, ReplacesEachReference) {
    EXPECT_EQ(interpolate("/v1/customers/${customer}/carts", variables), "/v1/customers/c1/carts");
    EXPECT_EQ(interpolate("${customer}-${customer}", variables), "c1-c1");
}

TEST(Interpolation, NonStringValuesAreInsertedAsJson) {
    EXPECT_EQ(interpolate("n=${qty}", variables), "n=3");
    EXPECT_EQ(interpolate("${order}", variables), R"({"id":"o1"})");
}

TEST(Interpolation, DollarDollarBraceIsALiteral) {
    EXPECT_EQ(interpolate("cost $5, $${customer}", variables), "cost $5, ${customer}");
}

TEST(Interpolation, UnknownVariablesAndBrokenReferencesThrow) {
    EXPECT_THROW(interpolate("${nope}", variables), InterpolationError);
    EXPECT_THROW(interpolate("${customer", variables), InterpolationError);
}

TEST(Interpolation, ReferencedVariablesAreListedInOrder) {
    EXPECT_EQ(referencedVariables("${a}/x/${b}/$${c}"), (std::vector<std::string>{"a", "b"}));
    std::string problem;
    referencedVariables("${}", &problem);
    EXPECT_FALSE(problem.empty());
}

TEST(JsonTemplateRender, AValueThatIsOneReferenceTakesTheVariablesJsonValue) {
    JsonTemplate body;
    body.value = {
        {"quantity", "${qty}"}, {"order", "${order}"}, {"label", "n ${qty}"}, {"plain", "1${qty}"}, {"fixed", 1}};
    body.slots = {{nlohmann::json::json_pointer("/quantity"), "${qty}", false},
                  {nlohmann::json::json_pointer("/order"), "${order}", false},
                  {nlohmann::json::json_pointer("/label"), "n ${qty}", false},
                  {nlohmann::json::json_pointer("/plain"), "1${qty}", true}};
    nlohmann::json rendered = body.render(variables);
    EXPECT_EQ(rendered["quantity"], 3);
    EXPECT_EQ(rendered["order"], (nlohmann::json{{"id", "o1"}}));
    EXPECT_EQ(rendered["label"], "n 3");  // text around a reference: a string
    EXPECT_EQ(rendered["plain"], 13);     // unless unquoted in YAML, then typed like YAML
    EXPECT_EQ(rendered["fixed"], 1);
}

TEST(InferScalar, ReadsLikeYaml) {
    EXPECT_EQ(inferScalar("12"), 12);
    EXPECT_EQ(inferScalar("1.5"), 1.5);
    EXPECT_EQ(inferScalar("true"), true);
    EXPECT_EQ(inferScalar("null"), nullptr);
    EXPECT_EQ(inferScalar("00G1"), "00G1");
    EXPECT_EQ(inferScalar("inf"), "inf");
}

}  // namespace
}  // namespace pcsim::suite
