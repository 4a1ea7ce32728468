// For every model: a value with every field set survives parse<T>(json(x)) == x, through both
// nlohmann::json and ordered_json; absent optionals are omitted, never null; the ordered output
// follows the contract's property order; write_json writes the same text as the ordered DOM.
#include "partnercenter/models/models.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

namespace pm = partnercenter::models;
using nlohmann::json;
using nlohmann::ordered_json;

namespace {

bool contains_null(const json& j) {
    if (j.is_null()) return true;
    if (j.is_structured()) {
        for (const auto& e : j) {
            if (contains_null(e)) return true;
        }
    }
    return false;
}

template <class T>
void expect_round_trip(const T& x) {
    const json j = x;
    EXPECT_FALSE(contains_null(j)) << j.dump();
    EXPECT_EQ(pm::parse<T>(j), x) << j.dump(2);
    const ordered_json o = x;
    EXPECT_EQ(pm::parse<T>(o), x);
    EXPECT_EQ(json(o), j);
    EXPECT_EQ(pm::parse_text<T>(pm::serialize(x)), x);
    // Written straight to text, the same bytes as the ordered DOM's dump.
    std::string text;
    pm::text::append_value(text, x);
    EXPECT_EQ(text, o.dump(-1, ' ', false, ordered_json::error_handler_t::replace));
}

std::vector<std::string> keys(const ordered_json& j) {
    std::vector<std::string> out;
    for (const auto& [k, v] : j.items()) out.push_back(k);
    return out;
}

pm::Link link(const std::string& uri) {
    return pm::Link{uri, "GET", {{"MS-ContinuationToken", "tok"}}, json{{"b", 1}}};
}

pm::ResourceAttributes attrs(const std::string& type) { return pm::ResourceAttributes{"etag-1", type}; }

pm::Address address() {
    return {"US",  "West", "Redmond", "WA",         "1 Way",  "Suite 2", "Floor 3",      "98052",
            "Ada", "B",    "Lovell",  "4255550100", "addr-1", "King",    "a@example.com"};
}

pm::ItemType item_type() { return {"Azure", "Azure", pm::ItemSubType{"VirtualMachines", "Virtual machines"}}; }

pm::Product product() {
    return {"DZH318Z0BQ3Q",
            "Dv3",
            "desc",
            item_type(),
            true,
            "Microsoft",
            pm::ProductLinks{link("/products/p/skus"), link("/products/p")},
            attrs("Product")};
}

pm::Sku sku() {
    return {"00G1",
            "DZH318Z0BQ3Q",
            "title",
            "description",
            1,
            999999999,
            false,
            std::vector{pm::BillingCycle::one_time, pm::BillingCycle::monthly},
            std::vector<std::string>{"AzureSubscriptionRegistration", "InventoryCheck"},
            std::vector<std::string>{"CustomerId", "AzureSubscriptionId", "ArmRegionName"},
            std::vector<std::string>{"Scope", "SubscriptionId", "Duration"},
            json{{"armSkuName", "Standard_D4s_v3"}, {"cores", "4"}, {"nested", {{"x", 1.5}}}},
            pm::SkuAttestationProperties{true, "WindowsSoftware"},
            "consumption",
            json::array({json{{"type", "seat"}}}),
            pm::SkuLinks{link("/av"), link("/sku")},
            attrs("Sku")};
}

pm::OrderLineItem order_line() {
    return {0,
            "P:S:A",
            "sub-1",
            "parent-1",
            "P1Y",
            "New",
            "friendly",
            2,
            pm::Pricing{100.5, 90.25, 80.125, 70.0, 141.0},
            "1234567",
            std::vector<std::string>{"7654321"},
            std::map<std::string, std::string>{{"scope", "shared"}, {"subscriptionId", "S"}},
            pm::RenewsTo{"P1Y"},
            "promo",
            "2025-01-01",
            true,
            pm::OrderLineItemLinks{link("/p"), link("/s"), link("/a"), link("/sub"), link("/ps"), link("/act")}};
}

pm::Order order() {
    return {"Qm3x",
            "5e1d9c3b7a20",
            "cust",
            pm::BillingCycle::one_time,
            "USD",
            "$",
            {order_line(), order_line()},
            "2024-05-06T09:12:30.5550000Z",
            "pending",
            "UserPurchase",
            282.0,
            true,
            pm::OrderLinks{link("/self"), link("/ps"), pm::Link{"/patch", "PATCH", {}, json()}},
            json::object(),
            attrs("Order")};
}

pm::CartLineItem cart_line() {
    pm::CartLineItem addon{1, "ADD:ON:X", std::nullopt, 1};
    return {0,
            "P:S:A",
            "friendly",
            2,
            "USD",
            pm::BillingCycle::one_time,
            "P1Y",
            std::vector<pm::Participant>{{"transaction_reseller", "1234567"}},
            std::map<std::string, std::string>{{"subscriptionId", "S"}, {"scope", "shared"}, {"duration", "1Year"}},
            "0",
            std::vector<pm::CartLineItem>{addon},
            pm::RenewsTo{"P1Y"},
            pm::CartError{10011, "not registered", json{{"k", "v"}}},
            "promo",
            "2025-01-01",
            true,
            "commerce"};
}

pm::Cart cart() {
    return {"cart-1",
            "2024-05-06T09:10:11.1234567Z",
            "2024-05-06T09:10:12Z",
            "2024-05-13T09:10:11Z",
            "user",
            "Active",
            {cart_line()},
            true,
            pm::SelfLinks{link("/cart")},
            attrs("Cart")};
}

pm::Entitlement entitlement() {
    pm::Entitlement inner;
    inner.entitlementType = "software";
    return {{inner},
            pm::ReferenceOrder{"Qm3x", "0", "5e1d9c3b7a20"},
            "P",
            "S",
            2,
            std::vector<pm::QuantityDetail>{{2, "Fulfilled"}},
            "reservedinstance",
            {pm::Artifact{"reservedinstance", json{{"reservationType", "virtualmachines"}}, link("/art"), "ro-1"}},
            "fulfilled",
            "2025-05-06",
            json{{"reservationType", "virtualmachines"}},
            attrs("Entitlement")};
}

}  // namespace

TEST(RoundTrip, Common) {
    expect_round_trip(pm::LinkHeader{"k", "v"});
    expect_round_trip(link("/x"));
    expect_round_trip(pm::SelfLinks{link("/x")});
    expect_round_trip(pm::CollectionLinks{link("/a"), link("/b"), link("/c")});
    expect_round_trip(attrs("Cart"));
    expect_round_trip(pm::ResourceAttributes{std::nullopt, "Collection"});
    for (auto c :
         {pm::BillingCycle::unknown, pm::BillingCycle::monthly, pm::BillingCycle::annual, pm::BillingCycle::none,
          pm::BillingCycle::one_time, pm::BillingCycle::triennial, pm::BillingCycle::biennial}) {
        expect_round_trip(c);
    }
}

TEST(RoundTrip, Collection) {
    auto c = pm::Collection<pm::Product>::of({product(), product()},
                                             pm::CollectionLinks{link("/a"), link("/n"), std::nullopt});
    c.continuationToken = "token";
    EXPECT_EQ(c.totalCount, 2);
    EXPECT_EQ(c.attributes.objectType, "Collection");
    expect_round_trip(c);
    expect_round_trip(pm::Collection<pm::Customer>{});
}

TEST(RoundTrip, Customer) {
    expect_round_trip(address());
    const pm::CustomerCompanyProfile company{
        "t", "d.example", "Co", address(), "e@x", "reg", pm::SelfLinks{link("/c")}, attrs("CustomerCompanyProfile")};
    const pm::CustomerBillingProfile billing{"b",
                                             "Ada",
                                             "Lovell",
                                             "e@x",
                                             "en-US",
                                             "en",
                                             "Co",
                                             address(),
                                             pm::SelfLinks{link("/b")},
                                             attrs("CustomerBillingProfile")};
    expect_round_trip(company);
    expect_round_trip(billing);
    expect_round_trip(pm::UserCredentials{"u", "p"});
    expect_round_trip(pm::Customer{"id", "commerce", company, billing, "reseller", true, pm::UserCredentials{"u", "p"},
                                   std::vector<std::string>{"a.example"}, "partner", pm::SelfLinks{link("/x")},
                                   attrs("Customer")});
    expect_round_trip(pm::Customer{.id = "only-id"});
}

TEST(RoundTrip, Subscription) {
    const pm::Subscription s{"id",
                             "ent",
                             "offer",
                             "offerName",
                             "friendly",
                             item_type(),
                             1,
                             "Usage-based",
                             "parent",
                             "consumption",
                             "2020-01-01",
                             "2020-01-02",
                             "9999-12-31",
                             "9999-12-31T00:00:00Z",
                             "2020-01-08",
                             "2020-02-01",
                             "2020-02-01T00:00:00Z",
                             "active",
                             false,
                             "usage",
                             pm::BillingCycle::monthly,
                             false,
                             false,
                             true,
                             "Microsoft",
                             std::vector<std::string>{"edit", "cancel"},
                             "P1M",
                             "P1M",
                             std::vector<pm::SubscriptionRefundOption>{{"Full", "2020-01-08"}},
                             "partner",
                             std::vector<std::string>{"none"},
                             "subscription",
                             "order",
                             "promo",
                             pm::SubscriptionLinks{link("/o"), link("/e"), link("/p"), link("/pr"), link("/s"),
                                                   link("/a"), link("/act"), link("/self")},
                             attrs("Subscription")};
    expect_round_trip(s);
    expect_round_trip(pm::SubscriptionRegistrationStatus{"sub", "registered", attrs("SubscriptionRegistrationStatus")});
    expect_round_trip(
        pm::SubscriptionProvisioningStatus{"sku", "success", 3, "2025-01-01", attrs("SubscriptionProvisioningStatus")});
    expect_round_trip(pm::AzureEntitlement{"az", "friendly", "active", "sub"});
}

TEST(RoundTrip, Catalog) {
    expect_round_trip(item_type());
    expect_round_trip(product());
    expect_round_trip(sku());
    expect_round_trip(pm::CurrencyInfo{"USD", "$"});
    const pm::AvailabilityTerm term{
        "t1",
        "P1Y",
        "1 Year Prepaid",
        pm::BillingCycle::one_time,
        json::array({json{{"termDuration", "P1Y"}}}),
        std::vector<pm::CancellationPolicy>{{std::vector<pm::CancellationRefundOption>{{1, "Full", "P7D"}}}}};
    expect_round_trip(term);
    expect_round_trip(pm::Availability{
        "DZH318XZXK7M", "P", "S", "P:S:A", pm::CurrencyInfo{"USD", "$"}, "commercial", "US", true, false,
        json::array({json{{"renewToId", "x"}}}), std::vector<pm::AvailabilityTerm>{term}, json::array({1, 5}),
        product(), sku(), pm::AvailabilityPrice{1051.2, "USD"}, pm::SelfLinks{link("/a")}, attrs("Availability")});
    expect_round_trip(pm::InventoryCheckRequest{{{"P", "S"}, {"Q", std::nullopt}}, {{"customerId", "c"}}});
    expect_round_trip(pm::InventoryCheckRequest{});
    const pm::InventoryRestriction r{"NotAvailableForSubscription", "desc",
                                     std::map<std::string, std::string>{{"type", "Location"}}};
    expect_round_trip(r);
    expect_round_trip(pm::InventoryItem{"P", "S", true, std::vector<pm::InventoryRestriction>{r}});
    expect_round_trip(std::vector<pm::InventoryItem>{{"P", "S", false, std::nullopt}});
}

TEST(RoundTrip, CartAndCheckout) {
    expect_round_trip(pm::Participant{"transaction_reseller", "1"});
    expect_round_trip(pm::CartError{10001, "bad item", json()});
    expect_round_trip(cart_line());
    expect_round_trip(cart());
    expect_round_trip(pm::OrderError{"1", 800010, "Inventory is not available"});
    expect_round_trip(pm::CartCheckoutResult{{order()}, {{"1", 800010, "x"}}});
    expect_round_trip(pm::CartCheckoutResult{});
}

TEST(RoundTrip, Orders) {
    expect_round_trip(pm::RenewsTo{"P1M"});
    expect_round_trip(pm::Pricing{1.5, 2.25, std::nullopt, 0.1, 1e9});
    expect_round_trip(order_line());
    expect_round_trip(order());
    expect_round_trip(pm::Order{});
    expect_round_trip(pm::QuantityProvisioningInformation{2, "fulfilled"});
    expect_round_trip(pm::OrderLineItemProvisioningStatus{0, "oli-1", "Fulfilled", {{2, "fulfilled"}}});
    expect_round_trip(pm::Collection<pm::OrderLineItemProvisioningStatus>::of(
        {pm::OrderLineItemProvisioningStatus{1, std::nullopt, "PrefulfillmentPending", {}}}));
}

TEST(RoundTrip, Entitlements) {
    expect_round_trip(pm::ReferenceOrder{"o", "0", std::nullopt});
    expect_round_trip(pm::QuantityDetail{1, "Fulfilled"});
    expect_round_trip(pm::Artifact{"reservedinstance", json(), std::nullopt, std::nullopt});
    expect_round_trip(entitlement());
    const pm::Reservation single{"r1",
                                 "VM_RI",
                                 "Single",
                                 std::vector<std::string>{"/subscriptions/x"},
                                 3,
                                 "2025-05-06T00:00:00",
                                 "2024-05-06T09:15:00Z",
                                 "Created"};
    expect_round_trip(single);
    expect_round_trip(pm::ReservedInstanceArtifactDetails{"reservedinstance", {single, single}});
}

TEST(RoundTrip, Errors) {
    pm::ApiFault extended = pm::ApiFault::of(800002, "lineItems[0].quantity: expected an integer, got string");
    extended.source = "PartnerFD";
    extended.message = "m";
    extended.errorName = "InvalidInput";
    extended.isRetryable = false;
    extended.parameters = json{{"p", "v"}};
    extended.errorMessageExtended = "more";
    expect_round_trip(extended);
    expect_round_trip(pm::ApiFault{});
    expect_round_trip(pm::ThrottleFault{429, "Rate limit is exceeded. Try again in 5 seconds."});
    expect_round_trip(pm::AadTokenResponse{"Bearer", "3599", "3599", "1700000000", "1699996400",
                                           "https://api.partnercenter.microsoft.com", "eyJ0", "refresh",
                                           "user_impersonation", "id"});
    expect_round_trip(pm::AadError{
        "invalid_client", "AADSTS7000215: Invalid client secret.", {7000215}, "2024-05-06 09:10:11Z", "trace", "corr"});
}

// ---- specific rendering rules ------------------------------------------------------------------

TEST(Rendering, AbsentOptionalsAreOmitted) {
    const json j = pm::CartLineItem{.catalogItemId = "a", .quantity = 1};
    EXPECT_EQ(j, json::parse(R"({"catalogItemId":"a","quantity":1})"));
    EXPECT_EQ(json(pm::Cart{}), json::parse(R"({"lineItems":[]})"));
    EXPECT_EQ(json(pm::Link{.uri = "/x"}), json::parse(R"({"uri":"/x","method":"GET","headers":[]})"));
}

TEST(Rendering, ApiFaultOfMatchesDocumentedShape) {
    EXPECT_EQ(json(pm::ApiFault::of(800030, "This subscription is not registered")),
              json::parse(R"({"code":800030,"description":"This subscription is not registered","data":[]})"));
    EXPECT_TRUE(json(pm::ApiFault::of(1, "d"))["code"].is_number_integer());
}

TEST(Rendering, CollectionDefaults) {
    const json j = pm::Collection<pm::AzureEntitlement>::of({pm::AzureEntitlement{.id = "a"}});
    EXPECT_EQ(j, json::parse(R"({"totalCount":1,"items":[{"id":"a"}],"attributes":{"objectType":"Collection"}})"));
}

TEST(Rendering, OrderedOutputFollowsContract) {
    EXPECT_EQ(keys(pm::to_ordered_json(cart())),
              (std::vector<std::string>{"id", "creationTimestamp", "lastModifiedTimestamp", "expirationTimestamp",
                                        "lastModifiedUser", "status", "lineItems", "partnerOnRecordAttestationAccepted",
                                        "links", "attributes"}));
    EXPECT_EQ(keys(pm::to_ordered_json(pm::ApiFault::of(1, "d"))),
              (std::vector<std::string>{"code", "description", "data"}));
    const auto line = pm::to_ordered_json(
        pm::CartLineItem{.id = 0, .catalogItemId = "a", .quantity = 1, .billingCycle = pm::BillingCycle::one_time});
    EXPECT_EQ(keys(line), (std::vector<std::string>{"id", "catalogItemId", "quantity", "billingCycle"}));
    EXPECT_EQ(pm::serialize(pm::ThrottleFault{429, "m"}), R"({"statusCode":429,"message":"m"})");
}

TEST(Rendering, ArtifactDetailsArrayAliasesAreRead) {
    for (const char* name :
         {"reservations", "virtualMachineReservations", "reservation", "VirtualMachineReservations"}) {
        const json j = {{"type", "reservedinstance"},
                        {name, json::array({json{{"reservationId", "r"},
                                                 {"displayName", "d"},
                                                 {"scopeType", "Shared"},
                                                 {"quantity", 1},
                                                 {"expiryDateTime", "e"},
                                                 {"effectiveDateTime", "f"},
                                                 {"provisioningState", "Created"}}})}};
        const auto d = pm::parse<pm::ReservedInstanceArtifactDetails>(j);
        ASSERT_EQ(d.reservations.size(), 1U) << name;
        EXPECT_TRUE(json(d).contains("reservations"));
    }
}

TEST(Rendering, LenientLeafReaders) {
    const auto ref = pm::parse<pm::ReferenceOrder>(json::parse(R"({"id":"o","lineItemId":0})"));
    EXPECT_EQ(ref.lineItemId, "0");
    const auto token = pm::parse<pm::AadTokenResponse>(json::parse(
        R"({"token_type":"Bearer","expires_in":3599,"ext_expires_in":"3599","expires_on":"1","not_before":"0",
          "resource":"r","access_token":"a"})"));
    EXPECT_EQ(token.expires_in, "3599");
    EXPECT_FALSE(token.refresh_token);
}
