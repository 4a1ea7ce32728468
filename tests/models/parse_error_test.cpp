// Structural errors: every one is a ParseError whose path names the offending value.
#include "partnercenter/models/models.hpp"

#include <gtest/gtest.h>

#include <string>

namespace pm = partnercenter::models;
using nlohmann::json;

namespace {

// Parses `text` as T, expecting a ParseError; returns it.
template <class T>
pm::ParseError parse_error(const std::string& text) {
    try {
        (void)pm::parse<T>(json::parse(text));
    } catch (const pm::ParseError& e) {
        return e;
    }
    ADD_FAILURE() << "no ParseError for " << text;
    return pm::ParseError("<none>", "<none>");
}

std::string cart_with_quantity(const std::string& quantity) {
    return R"({"lineItems":[{"catalogItemId":"P:S:A","quantity":)" + quantity + "}]}";
}

}  // namespace

TEST(ParseError, WrongTypeNamesFieldAndTypes) {
    const auto e = parse_error<pm::Cart>(cart_with_quantity(R"("2")"));
    EXPECT_EQ(e.path(), "lineItems[0].quantity");
    EXPECT_STREQ(e.what(), "lineItems[0].quantity: expected an integer, got string");
}

TEST(ParseError, WrongTypeOfAString) {
    const auto e = parse_error<pm::Cart>(R"({"lineItems":[{"catalogItemId":12,"quantity":1}]})");
    EXPECT_EQ(e.path(), "lineItems[0].catalogItemId");
    EXPECT_EQ(e.problem(), "expected a string, got 12");
}

TEST(ParseError, NullForARequiredField) {
    const auto e = parse_error<pm::Cart>(R"({"lineItems":[{"catalogItemId":null,"quantity":1}]})");
    EXPECT_STREQ(e.what(), "lineItems[0].catalogItemId: expected a string, got null");
}

TEST(ParseError, MissingLineItems) {
    const auto e = parse_error<pm::Cart>(R"({"id":"c"})");
    EXPECT_EQ(e.path(), "lineItems");
    EXPECT_STREQ(e.what(), "lineItems: missing required field");
}

TEST(ParseError, MissingCatalogItemIdInSecondLine) {
    const auto e = parse_error<pm::Cart>(R"({"lineItems":[{"catalogItemId":"a","quantity":1},{"quantity":1}]})");
    EXPECT_STREQ(e.what(), "lineItems[1].catalogItemId: missing required field");
}

TEST(ParseError, MissingQuantity) {
    const auto e = parse_error<pm::Cart>(R"({"lineItems":[{"catalogItemId":"a"}]})");
    EXPECT_EQ(e.path(), "lineItems[0].quantity");
    EXPECT_EQ(e.problem(), "missing required field");
}

TEST(ParseError, LineItemsNotAnArray) {
    const auto e = parse_error<pm::Cart>(R"({"lineItems":{"catalogItemId":"a","quantity":1}})");
    EXPECT_STREQ(e.what(), "lineItems: expected an array, got object");
}

TEST(ParseError, RootNotAnObject) {
    const auto e = parse_error<pm::Cart>("[1,2]");
    EXPECT_EQ(e.path(), "");
    EXPECT_STREQ(e.what(), "expected an object, got array");
}

TEST(ParseError, FractionalQuantity) {
    const auto e = parse_error<pm::Cart>(cart_with_quantity("2.5"));
    EXPECT_STREQ(e.what(), "lineItems[0].quantity: expected an integer, got 2.5");
}

TEST(ParseError, HugeFloatQuantity) {
    const auto e = parse_error<pm::Cart>(cart_with_quantity("1e30"));
    EXPECT_EQ(e.path(), "lineItems[0].quantity");
    EXPECT_EQ(e.problem(), "expected a 32-bit integer, got 1e+30");
}

TEST(ParseError, IntegersOutsideInt32) {
    for (const char* q : {"4294967296", "99999999999", "2147483648", "-2147483649", "18446744073709551615"}) {
        const auto e = parse_error<pm::Cart>(cart_with_quantity(q));
        EXPECT_EQ(e.path(), "lineItems[0].quantity") << q;
        EXPECT_EQ(e.problem(), std::string("expected a 32-bit integer, got ") + q);
    }
}

TEST(ParseError, Int32LimitsAndNegativesAreFineAtParseLevel) {
    EXPECT_EQ(pm::parse<pm::Cart>(json::parse(cart_with_quantity("-1"))).lineItems[0].quantity, -1);
    EXPECT_EQ(pm::parse<pm::Cart>(json::parse(cart_with_quantity("0"))).lineItems[0].quantity, 0);
    EXPECT_EQ(pm::parse<pm::Cart>(json::parse(cart_with_quantity("2147483647"))).lineItems[0].quantity, 2147483647);
    EXPECT_EQ(pm::parse<pm::Cart>(json::parse(cart_with_quantity("-2147483648"))).lineItems[0].quantity,
              -2147483647 - 1);
    // An integral float is an integer.
    EXPECT_EQ(pm::parse<pm::Cart>(json::parse(cart_with_quantity("2.0"))).lineItems[0].quantity, 2);
}

TEST(ParseError, UnknownBillingCycle) {
    const auto e =
        parse_error<pm::Cart>(R"({"lineItems":[{"catalogItemId":"a","quantity":1,"billingCycle":"weekly"}]})");
    EXPECT_EQ(e.path(), "lineItems[0].billingCycle");
    EXPECT_EQ(e.problem().rfind("unknown billing cycle 'weekly'", 0), 0U) << e.problem();
}

TEST(ParseError, BillingCycleOutOfRangeOrWrongType) {
    EXPECT_EQ(parse_error<pm::Order>(R"({"billingCycle":7})").problem(), "unknown billing cycle 7 (expected 0..6)");
    EXPECT_EQ(parse_error<pm::Order>(R"({"billingCycle":-1})").path(), "billingCycle");
    EXPECT_EQ(parse_error<pm::Order>(R"({"billingCycle":true})").problem(),
              "expected a billing cycle string, got boolean");
}

TEST(ParseError, ProvisioningContextValueMustBeAString) {
    const auto e = parse_error<pm::Cart>(
        R"({"lineItems":[{"catalogItemId":"a","quantity":1,"provisioningContext":{"scope":1}}]})");
    EXPECT_STREQ(e.what(), "lineItems[0].provisioningContext.scope: expected a string, got 1");
}

TEST(ParseError, OddKeysAreQuotedInThePath) {
    const auto e = parse_error<pm::Cart>(
        R"({"lineItems":[{"catalogItemId":"a","quantity":1,"provisioningContext":{"my key":false}}]})");
    EXPECT_EQ(e.path(), R"(lineItems[0].provisioningContext["my key"])");
}

TEST(ParseError, PathUsesContractSpellingWhenInputIsPascalCase) {
    const auto e = parse_error<pm::Cart>(R"({"LineItems":[{"CatalogItemId":"a","Quantity":"x"}]})");
    EXPECT_EQ(e.path(), "lineItems[0].quantity");
}

TEST(ParseError, PathsThroughCollectionsAndNestedArrays) {
    const auto e = parse_error<pm::Collection<pm::Entitlement>>(R"({
    "totalCount": 1,
    "items": [ { "entitlementType": "reservedinstance",
                 "entitledArtifacts": [ { "artifactType": "reservedinstance" }, { "resourceId": "r" } ] } ]
  })");
    EXPECT_STREQ(e.what(), "items[0].entitledArtifacts[1].artifactType: missing required field");
}

TEST(ParseError, PathsThroughBareArrays) {
    const auto e = parse_error<std::vector<pm::InventoryItem>>(
        R"([{"productId":"p","isRestricted":false},{"productId":"p","isRestricted":"no"}])");
    EXPECT_STREQ(e.what(), "[1].isRestricted: expected a boolean, got string");
}

TEST(ParseError, PathsThroughAddOnItems) {
    const auto e = parse_error<pm::Cart>(R"({"lineItems":[{"catalogItemId":"a","quantity":1,
      "addonItems":[{"catalogItemId":"b","quantity":1,"participants":[{"key":"transaction_reseller"}]}]}]})");
    EXPECT_EQ(e.path(), "lineItems[0].addonItems[0].participants[0].value");
}

TEST(ParseError, ApiFaultCodeAcceptsDigitsButNotWords) {
    EXPECT_EQ(pm::parse<pm::ApiFault>(json::parse(R"({"code":"800030","description":"d"})")).code, 800030);
    const auto e = parse_error<pm::ApiFault>(R"({"code":"InvalidInput","description":"d"})");
    EXPECT_STREQ(e.what(), "code: expected an integer or a string of digits, got string");
    EXPECT_EQ(parse_error<pm::ApiFault>(R"({"code":"99999999999","description":"d"})").path(), "code");
    EXPECT_EQ(parse_error<pm::ApiFault>(R"({"code":800030.5,"description":"d"})").path(), "code");
}

TEST(ParseError, MalformedTextIsAParseError) {
    try {
        (void)pm::parse_text<pm::Cart>(R"({"lineItems": [)");
        FAIL() << "no exception";
    } catch (const pm::ParseError& e) {
        EXPECT_EQ(e.path(), "");
        EXPECT_EQ(e.problem().rfind("malformed JSON", 0), 0U) << e.problem();
    }
}

TEST(ParseError, GetThroughNlohmannAlsoThrowsParseError) {
    const json j = json::parse(cart_with_quantity("true"));
    EXPECT_THROW((void)j.get<pm::Cart>(), pm::ParseError);
}

TEST(ParseError, DeepAddOnNestingIsRejectedNotACrash) {
    std::string text = R"({"catalogItemId":"a","quantity":1})";
    for (int i = 0; i < 200; ++i) {
        text = R"({"catalogItemId":"a","quantity":1,"addonItems":[)" + text + "]}";
    }
    const auto e = parse_error<pm::CartLineItem>(text);
    EXPECT_EQ(e.problem(), "nesting too deep");
    EXPECT_EQ(e.path().rfind("addonItems[0].addonItems[0]", 0), 0U);
}

TEST(ParseError, DeepFreeFormValueIsRejectedNotACrash) {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const auto e = parse_error<pm::Sku>(R"({"id":"s","dynamicAttributes":)" + deep + "}");
    EXPECT_EQ(e.path(), "dynamicAttributes");
    EXPECT_EQ(e.problem(), "nesting too deep");
}

TEST(ParseError, ReasonableNestingOfFreeFormValuesIsAccepted) {
    const std::string nested = std::string(20, '[') + "1" + std::string(20, ']');
    const auto sku = pm::parse<pm::Sku>(json::parse(R"({"id":"s","dynamicAttributes":)" + nested + "}"));
    EXPECT_EQ(sku.dynamicAttributes, json::parse(nested));
}
