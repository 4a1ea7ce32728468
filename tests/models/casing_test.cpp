// Input is matched case-insensitively (the .NET SDK sends PascalCase); output is camelCase with
// snake_case enum values.
#include "partnercenter/models/models.hpp"

#include <gtest/gtest.h>

namespace pm = partnercenter::models;
using nlohmann::json;

namespace {

constexpr const char* kCamel = R"({
  "lineItems": [ {
    "id": 0,
    "catalogItemId": "DZH318Z0BQ3Q:00G1:DZH318XZXK7M",
    "friendlyName": "RI",
    "quantity": 2,
    "billingCycle": "one_time",
    "termDuration": "P1Y",
    "participants": [ { "key": "transaction_reseller", "value": "1234567" } ],
    "provisioningContext": { "subscriptionId": "S1", "scope": "shared", "duration": "1Year" },
    "renewsTo": { "termDuration": "P1Y" }
  } ]
})";

constexpr const char* kPascal = R"({
  "LineItems": [ {
    "Id": 0,
    "CatalogItemId": "DZH318Z0BQ3Q:00G1:DZH318XZXK7M",
    "FriendlyName": "RI",
    "Quantity": 2,
    "BillingCycle": "OneTime",
    "TermDuration": "P1Y",
    "Participants": [ { "Key": "transaction_reseller", "Value": "1234567" } ],
    "ProvisioningContext": { "subscriptionId": "S1", "scope": "shared", "duration": "1Year" },
    "RenewsTo": { "TermDuration": "P1Y" }
  } ]
})";

}  // namespace

TEST(Casing, PascalCaseCartEqualsCamelCaseCart) {
    const auto camel = pm::parse<pm::Cart>(json::parse(kCamel));
    const auto pascal = pm::parse<pm::Cart>(json::parse(kPascal));
    EXPECT_EQ(pascal, camel);
    ASSERT_EQ(pascal.lineItems.size(), 1U);
    EXPECT_EQ(pascal.lineItems[0].quantity, 2);
    EXPECT_EQ(pascal.lineItems[0].billingCycle, pm::BillingCycle::one_time);
    ASSERT_TRUE(pascal.lineItems[0].participants);
    EXPECT_EQ(pascal.lineItems[0].participants->at(0).value, "1234567");
}

TEST(Casing, OutputIsCamelCaseWithSnakeEnums) {
    const json out = pm::parse<pm::Cart>(json::parse(kPascal));
    EXPECT_EQ(out, json::parse(kCamel));
    EXPECT_TRUE(out.contains("lineItems"));
    EXPECT_FALSE(out.contains("LineItems"));
    EXPECT_EQ(out["lineItems"][0]["billingCycle"], "one_time");
}

TEST(Casing, AnyMixOfCaseMatches) {
    const auto cart = pm::parse<pm::Cart>(
        json::parse(R"({"LINEITEMS":[{"catalogitemid":"a","qUaNtItY":3,"BILLINGCYCLE":"ONE_TIME"}]})"));
    ASSERT_EQ(cart.lineItems.size(), 1U);
    EXPECT_EQ(cart.lineItems[0].catalogItemId, "a");
    EXPECT_EQ(cart.lineItems[0].quantity, 3);
    EXPECT_EQ(cart.lineItems[0].billingCycle, pm::BillingCycle::one_time);
}

TEST(Casing, ExactSpellingWinsOverOtherCasings) {
    const auto item = pm::parse<pm::CartLineItem>(json::parse(R"({"catalogItemId":"a","Quantity":9,"quantity":4})"));
    EXPECT_EQ(item.quantity, 4);
}

TEST(Casing, UnknownPropertiesAreIgnored) {
    const auto item = pm::parse<pm::CartLineItem>(
        json::parse(R"({"catalogItemId":"a","quantity":1,"somethingNew":{"x":[1,2]},"Extra":null})"));
    EXPECT_EQ(item, (pm::CartLineItem{.catalogItemId = "a", .quantity = 1}));
    EXPECT_EQ(json(item), json::parse(R"({"catalogItemId":"a","quantity":1})"));
}

TEST(Casing, NullOptionalIsAbsent) {
    const auto item = pm::parse<pm::CartLineItem>(
        json::parse(R"({"catalogItemId":"a","quantity":1,"friendlyName":null,"provisioningContext":null})"));
    EXPECT_FALSE(item.friendlyName);
    EXPECT_FALSE(item.provisioningContext);
}

TEST(Casing, ProvisioningContextKeysKeptAndFoundCaseInsensitively) {
    const auto item = pm::parse<pm::CartLineItem>(json::parse(
        R"({"CatalogItemId":"a","Quantity":1,"ProvisioningContext":{"SubscriptionId":"S1","SCOPE":"Shared"}})"));
    ASSERT_TRUE(item.provisioningContext);
    EXPECT_EQ(item.provisioningContext->count("SubscriptionId"), 1U);  // kept as given
    const std::string* sub = pm::findCaseInsensitive(*item.provisioningContext, "subscriptionId");
    ASSERT_NE(sub, nullptr);
    EXPECT_EQ(*sub, "S1");
    const std::string* scope = pm::findCaseInsensitive(*item.provisioningContext, "scope");
    ASSERT_NE(scope, nullptr);
    EXPECT_EQ(*scope, "Shared");
    EXPECT_EQ(pm::findCaseInsensitive(*item.provisioningContext, "duration"), nullptr);
}

TEST(Casing, FindCaseInsensitivePrefersExactKey) {
    const std::map<std::string, std::string> m{{"Scope", "single"}, {"scope", "shared"}};
    EXPECT_EQ(*pm::findCaseInsensitive(m, "scope"), "shared");
    EXPECT_EQ(*pm::findCaseInsensitive(m, "Scope"), "single");
    EXPECT_NE(pm::findCaseInsensitive(m, "SCOPE"), nullptr);
}

TEST(Casing, PascalCaseInventoryRequest) {
    const auto r = pm::parse<pm::InventoryCheckRequest>(
        json::parse(R"({"TargetItems":[{"ProductId":"P","SkuId":"S"}],"InventoryContext":{"CustomerId":"c"}})"));
    ASSERT_EQ(r.targetItems.size(), 1U);
    EXPECT_EQ(r.targetItems[0].productId, "P");
    EXPECT_EQ(r.targetItems[0].skuId, "S");
    EXPECT_EQ(*pm::findCaseInsensitive(r.inventoryContext, "customerId"), "c");
}

TEST(Casing, PascalCaseOrderPatch) {
    const auto o = pm::parse<pm::Order>(json::parse(R"({"Id":"o1","Status":"cancelled"})"));
    EXPECT_EQ(o.id, "o1");
    EXPECT_EQ(o.status, "cancelled");
    EXPECT_TRUE(o.lineItems.empty());
}

// ---- BillingCycle ------------------------------------------------------------------------------

TEST(BillingCycle, ReadsSnakePascalAndAnyCase) {
    for (const char* s : {"one_time", "OneTime", "onetime", "ONE_TIME", "One_Time"}) {
        EXPECT_EQ(pm::parse<pm::BillingCycle>(json(s)), pm::BillingCycle::one_time) << s;
    }
    EXPECT_EQ(pm::parse<pm::BillingCycle>(json("Monthly")), pm::BillingCycle::monthly);
    EXPECT_EQ(pm::parse<pm::BillingCycle>(json("annual")), pm::BillingCycle::annual);
    EXPECT_EQ(pm::parse<pm::BillingCycle>(json("NONE")), pm::BillingCycle::none);
    EXPECT_EQ(pm::parse<pm::BillingCycle>(json("Triennial")), pm::BillingCycle::triennial);
    EXPECT_EQ(pm::parse<pm::BillingCycle>(json("biennial")), pm::BillingCycle::biennial);
    EXPECT_EQ(pm::parse<pm::BillingCycle>(json("unknown")), pm::BillingCycle::unknown);
}

TEST(BillingCycle, ReadsIntegers) {
    EXPECT_EQ(pm::parse<pm::BillingCycle>(json(0)), pm::BillingCycle::unknown);
    EXPECT_EQ(pm::parse<pm::BillingCycle>(json(4)), pm::BillingCycle::one_time);
    EXPECT_EQ(pm::parse<pm::BillingCycle>(json(6)), pm::BillingCycle::biennial);
    EXPECT_THROW((void)pm::parse<pm::BillingCycle>(json(7)), pm::ParseError);
    EXPECT_THROW((void)pm::parse<pm::BillingCycle>(json(4.5)), pm::ParseError);
}

TEST(BillingCycle, RejectsUnknownStrings) {
    for (const char* s : {"weekly", "", "one time", "one-time", "_", "onetimes"}) {
        EXPECT_THROW((void)pm::parse<pm::BillingCycle>(json(s)), pm::ParseError) << s;
    }
}

TEST(BillingCycle, WritesLowerSnakeCase) {
    EXPECT_EQ(json(pm::BillingCycle::one_time), "one_time");
    EXPECT_EQ(json(pm::BillingCycle::monthly), "monthly");
    EXPECT_EQ(json(pm::BillingCycle::biennial), "biennial");
    EXPECT_EQ(nlohmann::ordered_json(pm::BillingCycle::triennial), "triennial");
    EXPECT_EQ(pm::to_string(pm::BillingCycle::none), "none");
    EXPECT_EQ(pm::billing_cycle_from_string("OneTime"), pm::BillingCycle::one_time);
    EXPECT_EQ(pm::billing_cycle_from_string("fortnightly"), std::nullopt);
}

TEST(CartErrorCode, ReadFromIntegerDigitsOrName) {
    const auto code = [](const char* value) {
        return pm::parse<pm::CartError>(
                   json::parse(std::string(R"({"errorCode":)") + value + R"(,"errorDescription":"d"})"))
            .errorCode;
    };
    EXPECT_EQ(code("10011"), 10011);
    EXPECT_EQ(code(R"("10011")"), 10011);
    EXPECT_EQ(code(R"("subscription_not_registered")"), 10011);
    EXPECT_EQ(code(R"("SubscriptionIsNotEnabledForRI")"), 10008);
    EXPECT_EQ(code(R"("subscription_is_not_enabled_for_r_i")"), 10008);
    EXPECT_EQ(code(R"("legacy_offer_not_eligible_for_purchase")"), 500600);
    EXPECT_THROW((void)code(R"("no_such_code")"), pm::ParseError);
    EXPECT_EQ(pm::cart_error_code_from_name("InvalidInput"), 10010);
    EXPECT_EQ(pm::cart_error_code_from_name("invalid_inputs"), std::nullopt);
}
