// Every example body of the contract parses into its model, and rendering the model gives the
// same JSON back (compared as JSON values, through both nlohmann::json and ordered_json).
#include "contract_examples.hpp"

#include "partnercenter/models/models.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace pm = partnercenter::models;
namespace ex = pcsim_test::examples;
using nlohmann::json;

namespace {

// Property names in document order, recursively ("a", "a.b", ...). The keys of maps and
// free-form values (provisioningContext, dynamicAttributes, ...) are held in sorted containers,
// so only their set is compared: they are listed sorted.
void key_paths(const nlohmann::ordered_json& j, const std::string& prefix, std::vector<std::string>& out,
               bool sorted = false) {
    if (j.is_object()) {
        std::vector<std::string> names;
        for (const auto& [k, v] : j.items()) names.push_back(k);
        if (sorted) std::sort(names.begin(), names.end());
        for (const auto& k : names) {
            out.push_back(prefix + k);
            const bool map_like =
                k == "provisioningContext" || k == "dynamicAttributes" || k == "inventoryContext" || k == "properties";
            key_paths(j.at(k), prefix + k + ".", out, map_like);
        }
    } else if (j.is_array()) {
        for (const auto& e : j) key_paths(e, prefix + "[].", out);
    }
}

std::vector<std::string> key_paths(const nlohmann::ordered_json& j) {
    std::vector<std::string> out;
    key_paths(j, "", out);
    return out;
}

template <class T>
T expect_round_trip(const char* text, bool check_order = true) {
    const json original = json::parse(text);
    const T model = pm::parse<T>(original);
    EXPECT_EQ(json(model), original) << "rendered: " << json(model).dump(2);
    EXPECT_EQ(json(pm::to_ordered_json(model)), original);
    EXPECT_EQ(pm::parse<T>(json(model)), model);
    // The ordered rendering lists properties in the example's order.
    if (check_order) {
        EXPECT_EQ(key_paths(pm::to_ordered_json(model)), key_paths(nlohmann::ordered_json::parse(text)));
    }
    return model;
}

}  // namespace

TEST(ContractExamples, ErrorBody) {
    const auto f = expect_round_trip<pm::ApiFault>(ex::kErrorBody);
    EXPECT_EQ(f.code, 800030);
    EXPECT_EQ(f.description, "This subscription is not registered");
    EXPECT_EQ(f.data, json::array());
    EXPECT_EQ(f.source, "PartnerFD");
}

TEST(ContractExamples, ThrottleBody) {
    const auto f = expect_round_trip<pm::ThrottleFault>(ex::kThrottleBody);
    EXPECT_EQ(f.statusCode, 429);
    EXPECT_EQ(f.message, "Rate limit is exceeded. Try again in 57 seconds.");
}

TEST(ContractExamples, Customer) {
    const auto c = expect_round_trip<pm::Customer>(ex::kCustomer);
    EXPECT_EQ(c.id, "4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55");
    ASSERT_TRUE(c.billingProfile && c.billingProfile->defaultAddress);
    EXPECT_EQ(c.billingProfile->defaultAddress->postalCode, "98052");
    ASSERT_TRUE(c.billingProfile->attributes);
    EXPECT_EQ(c.billingProfile->attributes->etag, "-1234567890123456789");
    EXPECT_EQ(c.allowDelegatedAccess, true);
    ASSERT_TRUE(c.customDomains);
    EXPECT_EQ(c.customDomains->size(), 1U);
}

TEST(ContractExamples, Subscription) {
    const auto s = expect_round_trip<pm::Subscription>(ex::kSubscription);
    EXPECT_EQ(s.status, "active");
    EXPECT_EQ(s.quantity, 1);
    EXPECT_EQ(s.autoRenewEnabled, false);
    ASSERT_TRUE(s.links && s.links->offer);
    EXPECT_EQ(s.links->offer->uri, "/offers/MS-AZR-0145P?country=US");
}

TEST(ContractExamples, RegistrationStatus) {
    const auto r = expect_round_trip<pm::SubscriptionRegistrationStatus>(ex::kRegistrationStatus);
    EXPECT_EQ(r.subscriptionId, "2E6B0F4A-9C1D-4B7E-8F3A-5D2C1B0A9E87");
    EXPECT_EQ(r.status, "Registered");
}

TEST(ContractExamples, Product) {
    const auto p = expect_round_trip<pm::Product>(ex::kProduct);
    ASSERT_TRUE(p.productType && p.productType->subType);
    EXPECT_EQ(p.productType->subType->id, "VirtualMachines");
    EXPECT_FALSE(p.attributes);
}

TEST(ContractExamples, Sku) {
    const auto s = expect_round_trip<pm::Sku>(ex::kSku);
    EXPECT_EQ(s.maximumQuantity, 999999999);
    ASSERT_TRUE(s.supportedBillingCycles);
    EXPECT_EQ(*s.supportedBillingCycles, std::vector<pm::BillingCycle>{pm::BillingCycle::one_time});
    EXPECT_EQ(s.dynamicAttributes.at("armRegionName"), "eastus2");
}

TEST(ContractExamples, Availability) {
    const auto a = expect_round_trip<pm::Availability>(ex::kAvailability);
    EXPECT_EQ(a.catalogItemId, "DZH318Z0BQ3Q:00G1:DZH318XZXK7M");
    ASSERT_TRUE(a.defaultCurrency);
    EXPECT_EQ(a.defaultCurrency->symbol, "$");
    ASSERT_TRUE(a.terms);
    EXPECT_EQ(a.terms->at(0).duration, "P1Y");
}

TEST(ContractExamples, CollectionWrapper) {
    const auto c = expect_round_trip<pm::Collection<json>>(ex::kCollection);
    EXPECT_EQ(c.totalCount, 1);
    ASSERT_TRUE(c.links);
    EXPECT_EQ(c.links->self.method, "GET");
    EXPECT_EQ(c.attributes.objectType, "Collection");
}

TEST(ContractExamples, InventoryRequest) {
    const auto r = expect_round_trip<pm::InventoryCheckRequest>(ex::kInventoryRequest);
    ASSERT_EQ(r.targetItems.size(), 1U);
    EXPECT_EQ(r.targetItems[0].skuId, "00G1");
    EXPECT_EQ(r.inventoryContext.at("armRegionName"), "eastus2");
}

TEST(ContractExamples, InventoryResponseIsABareArray) {
    const auto items = expect_round_trip<std::vector<pm::InventoryItem>>(ex::kInventoryResponse);
    ASSERT_EQ(items.size(), 1U);
    EXPECT_TRUE(items[0].isRestricted);
    ASSERT_TRUE(items[0].restrictions);
    EXPECT_EQ(items[0].restrictions->at(0).reasonCode, "NotAvailableForSubscription");
    EXPECT_EQ(items[0].restrictions->at(0).properties->at("values"), "eastus2");
}

TEST(ContractExamples, CreateCartRequest) {
    const auto cart = expect_round_trip<pm::Cart>(ex::kCreateCartRequest);
    EXPECT_FALSE(cart.id);
    ASSERT_EQ(cart.lineItems.size(), 1U);
    const auto& line = cart.lineItems[0];
    EXPECT_EQ(line.id, 0);
    EXPECT_EQ(line.quantity, 2);
    EXPECT_EQ(line.billingCycle, pm::BillingCycle::one_time);
    ASSERT_TRUE(line.provisioningContext);
    EXPECT_EQ(line.provisioningContext->at("scope"), "shared");
}

TEST(ContractExamples, CreateCartResponse) {
    const auto cart = expect_round_trip<pm::Cart>(ex::kCreateCartResponse);
    EXPECT_EQ(cart.status, "Active");
    EXPECT_EQ(cart.expirationTimestamp, "2024-05-13T09:10:11.1234567Z");
    ASSERT_EQ(cart.lineItems.size(), 1U);
    EXPECT_EQ(cart.lineItems[0].orderGroup, "0");
    EXPECT_EQ(cart.lineItems[0].currencyCode, "USD");
}

TEST(ContractExamples, LineItemWithError) {
    const auto line = expect_round_trip<pm::CartLineItem>(ex::kLineItemWithError);
    ASSERT_TRUE(line.error);
    EXPECT_EQ(line.error->errorCode, 10011);
    EXPECT_EQ(line.error->errorCode, static_cast<int>(pm::CartErrorCode::subscription_not_registered));
}

TEST(ContractExamples, CheckoutResult) {
    const auto r = expect_round_trip<pm::CartCheckoutResult>(ex::kCheckoutResult);
    ASSERT_EQ(r.orders.size(), 1U);
    EXPECT_EQ(r.orders[0].status, "pending");
    EXPECT_EQ(r.orders[0].billingCycle, pm::BillingCycle::one_time);
    ASSERT_EQ(r.orderErrors.size(), 1U);
    EXPECT_EQ(r.orderErrors[0].code, 800010);
    EXPECT_EQ(r.orderErrors[0].orderGroupId, "1");
}

TEST(ContractExamples, Order) {
    // Order of properties not checked: this example lists links as {provisioningStatus, self}, the
    // checkout example (§14) as {self, provisioningStatus}; the models follow §14.
    const auto o = expect_round_trip<pm::Order>(ex::kOrder, /*check_order=*/false);
    EXPECT_EQ(o.alternateId, "5e1d9c3b7a20");
    ASSERT_EQ(o.lineItems.size(), 1U);
    EXPECT_EQ(o.lineItems[0].lineItemNumber, 0);
    EXPECT_EQ(o.lineItems[0].offerId, "DZH318Z0BQ3Q:00G1:DZH318XZXK7M");
    EXPECT_FALSE(o.lineItems[0].subscriptionId);
    ASSERT_TRUE(o.links && o.links->provisioningStatus);
}

TEST(ContractExamples, OrderProvisioningStatus) {
    const auto c = expect_round_trip<pm::Collection<pm::OrderLineItemProvisioningStatus>>(ex::kOrderProvisioningStatus);
    EXPECT_FALSE(c.links);
    ASSERT_EQ(c.items.size(), 1U);
    EXPECT_EQ(c.items[0].status, "fulfilled");
    EXPECT_EQ(c.items[0].quantityProvisioningInformation.at(0).quantity, 2);
}

TEST(ContractExamples, EntitlementCollection) {
    const auto c = expect_round_trip<pm::Collection<pm::Entitlement>>(ex::kEntitlements);
    ASSERT_EQ(c.items.size(), 1U);
    const auto& e = c.items[0];
    EXPECT_TRUE(e.includedEntitlements.empty());
    ASSERT_TRUE(e.referenceOrder);
    EXPECT_EQ(e.referenceOrder->lineItemId, "0");
    ASSERT_EQ(e.entitledArtifacts.size(), 1U);
    EXPECT_EQ(e.entitledArtifacts[0].resourceId, "1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a");
    EXPECT_EQ(e.entitledArtifacts[0].dynamicAttributes.at("reservationType"), "virtualmachines");
}

TEST(ContractExamples, ArtifactDetails) {
    const auto d = expect_round_trip<pm::ReservedInstanceArtifactDetails>(ex::kArtifactDetails);
    ASSERT_EQ(d.reservations.size(), 1U);
    EXPECT_EQ(d.reservations[0].scopeType, "Shared");
    EXPECT_EQ(d.reservations[0].quantity, 2);
    EXPECT_FALSE(d.reservations[0].appliedScopes);
}
