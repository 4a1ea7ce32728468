// Every resource operation of the client against pcsim, App+User credentials, e2e world.
#include "client_fixture.hpp"

#include <set>

namespace pcsim::client_testing {
namespace {

namespace pc = partnercenter;
namespace models = partnercenter::models;

class ResourcesTest : public ClientTest {
protected:
    void SetUp() override { start("e2e.yaml"); }

    static models::Cart oneLineCart(const std::string& subscriptionId, int quantity) {
        models::CartLineItem line;
        line.id = 0;
        line.catalogItemId = kD4sP1Y;
        line.quantity = quantity;
        line.billingCycle = models::BillingCycle::one_time;
        line.termDuration = "P1Y";
        line.provisioningContext =
            std::map<std::string, std::string>{{"subscriptionId", subscriptionId}, {"scope", "shared"}};
        models::Cart cart;
        cart.lineItems.push_back(line);
        return cart;
    }

    // Buys two D4s_v3 for Fabrikam through the resource API; returns the order id.
    std::string placeOrder(const pc::PartnerClient& partner) {
        auto carts = partner.customers().byId(kCustomer).carts();
        auto cart = carts.create(oneLineCart(kRegisteredSub, 2));
        auto result = carts.byId(*cart.id).checkout();
        EXPECT_TRUE(result.orderErrors.empty());
        EXPECT_EQ(result.orders.size(), 1u);
        return result.orders.at(0).id.value();
    }
};

TEST_F(ResourcesTest, CustomerByIdCarriesTheBillingCountry) {
    auto customer = appUserClient().customers().byId(kCustomer).get();
    EXPECT_EQ(customer.id, kCustomer);
    EXPECT_EQ(customer.companyProfile->companyName, "Fabrikam Test Ltd");
    EXPECT_EQ(customer.billingProfile->defaultAddress->country, "US");
}

TEST_F(ResourcesTest, SubscriptionsListAndById) {
    auto subscriptions = appUserClient().customers().byId(kCustomer).subscriptions();
    auto all = subscriptions.get();
    ASSERT_EQ(all.items.size(), 3u);
    std::set<std::string> statuses;
    for (const auto& s : all.items) statuses.insert(s.status);
    EXPECT_EQ(statuses, (std::set<std::string>{"active", "suspended"}));

    auto one = subscriptions.byId(kSuspendedSub).get();
    EXPECT_EQ(one.id, kSuspendedSub);
    EXPECT_EQ(one.status, "suspended");
    EXPECT_EQ(one.entitlementId, "2b0a9f8e-7d6c-4b54-8392-8a7f6e5d4c3b");
}

TEST_F(ResourcesTest, RegistrationTurnsNotRegisteredIntoRegistered) {
    auto subscription = appUserClient().customers().byId(kCustomer).subscriptions().byId(kUnregisteredSub);
    EXPECT_TRUE(pc::text::equalsIgnoreCase(subscription.registrationStatus().status, "notregistered"));
    std::string location = subscription.registerForReservedInstances();
    EXPECT_EQ(location, "/customers/" + kCustomer + "/subscriptions/" + kUnregisteredSub + "/registrationstatus");
    auto status = subscription.registrationStatus();
    EXPECT_EQ(status.subscriptionId, kUnregisteredSub);
    EXPECT_TRUE(pc::text::equalsIgnoreCase(status.status, "registered"));
}

TEST_F(ResourcesTest, GlobalCatalogFromProductsToOneAvailability) {
    auto catalog = appUserClient().products("US");
    auto products = catalog.byTargetView("AzureReservationsVM");
    ASSERT_EQ(products.items.size(), 1u);
    EXPECT_EQ(products.items[0].id, "DZH318Z0BQ3Q");

    auto product = catalog.byId("DZH318Z0BQ3Q");
    EXPECT_EQ(product.get().title, "Virtual Machines DSv3 Series");
    auto skus = product.skus().get();
    EXPECT_EQ(skus.items.size(), 2u);
    auto sku = product.skus().byId("00G1").get();
    EXPECT_EQ(sku.dynamicAttributes.at("armSkuName"), "Standard_D4s_v3");

    auto availabilities = product.skus().byId("00G1").availabilities().get();
    ASSERT_EQ(availabilities.items.size(), 2u);
    EXPECT_FALSE(availabilities.items[0].pricing) << "prices only when asked for";
    auto availability = product.skus().byId("00G1").availabilities().byId("DZH318XZXK7M").get();
    EXPECT_EQ(availability.catalogItemId, kD4sP1Y);
    EXPECT_EQ(availability.terms->at(0).duration, "P1Y");
}

TEST_F(ResourcesTest, PricesWhenAskedFor) {
    auto availability = appUserClient()
                            .products("US")
                            .withPrices()
                            .byId("DZH318Z0BQ3Q")
                            .skus()
                            .byId("00G1")
                            .availabilities()
                            .byId("DZH318XZXK7M")
                            .get();
    ASSERT_TRUE(availability.pricing);
    EXPECT_DOUBLE_EQ(availability.pricing->listPrice, 1051.20);
    EXPECT_EQ(availability.pricing->currencyCode, "USD");
}

TEST_F(ResourcesTest, CustomerScopedCatalogNeedsNoCountry) {
    auto catalog = appUserClient().customers().byId(kCustomer).products();
    EXPECT_EQ(catalog.byTargetView("AzureReservationsVM").items.size(), 1u);
    auto availabilities = catalog.byId("DZH318Z0BQ3Q").skus().byId("00G1").availabilities().get();
    EXPECT_EQ(availabilities.items.size(), 2u);
    auto calls =
        attempts.matching("GET", "/v1/customers/" + kCustomer + "/products/DZH318Z0BQ3Q/skus/00G1/availabilities");
    ASSERT_EQ(calls.size(), 1u);
    EXPECT_EQ(calls[0].url.find("country="), std::string::npos);
}

TEST_F(ResourcesTest, InventoryCheckReportsTheRestrictedRegion) {
    models::InventoryCheckRequest request;
    request.targetItems = {{"DZH318Z0BQ3Q", std::string("00G1")}, {"DZH318Z0BQ3Q", std::string("00G2")}};
    request.inventoryContext = {{"customerId", kCustomer},
                                {"azureSubscriptionId", "0f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19"}};
    auto items = appUserClient().inventory("US").check(request);
    ASSERT_EQ(items.size(), 2u);
    for (const auto& item : items) {
        SCOPED_TRACE(item.skuId.value_or(""));
        // 00G2 is in westus, where Fabrikam's inventory is restricted.
        EXPECT_EQ(item.isRestricted, item.skuId == "00G2");
    }
}

TEST_F(ResourcesTest, CartCreateGetUpdateCheckout) {
    auto carts = appUserClient().customers().byId(kCustomer).carts();
    auto created = carts.create(oneLineCart(kRegisteredSub, 1));
    ASSERT_TRUE(created.id);
    EXPECT_TRUE(pc::text::equalsIgnoreCase(created.status.value_or(""), "active"));
    EXPECT_FALSE(created.lineItems.at(0).error);

    auto cart = carts.byId(*created.id);
    EXPECT_EQ(cart.get().lineItems.at(0).quantity, 1);
    auto updated = cart.update(oneLineCart(kRegisteredSub, 3));
    EXPECT_EQ(updated.lineItems.at(0).quantity, 3);
    EXPECT_EQ(cart.get().lineItems.at(0).quantity, 3);

    auto result = cart.checkout();
    ASSERT_EQ(result.orders.size(), 1u);
    EXPECT_EQ(result.orders[0].lineItems.at(0).quantity, 3);
    EXPECT_TRUE(pc::text::equalsIgnoreCase(cart.get().status.value_or(""), "ordered"));
}

TEST_F(ResourcesTest, CartLineErrorsComeBackOnTheLine) {
    auto created = appUserClient().customers().byId(kCustomer).carts().create(oneLineCart(kUnregisteredSub, 1));
    ASSERT_TRUE(created.lineItems.at(0).error);
    EXPECT_EQ(created.lineItems[0].error->errorCode, int(models::CartErrorCode::subscription_not_registered));
}

TEST_F(ResourcesTest, OrdersListGetWithPricesProvisioningStatusAndBillingCycle) {
    auto partner = appUserClient();
    const std::string orderId = placeOrder(partner);
    auto orders = partner.customers().byId(kCustomer).orders();

    auto all = orders.get();
    ASSERT_EQ(all.items.size(), 1u);
    EXPECT_EQ(all.items[0].id, orderId);
    EXPECT_FALSE(all.items[0].totalPrice) << "no prices unless asked for";

    auto priced = orders.withPrices().byId(orderId).get();
    EXPECT_EQ(priced.status, "completed");
    ASSERT_TRUE(priced.totalPrice);
    EXPECT_DOUBLE_EQ(*priced.totalPrice, 2 * 1051.20);

    auto provisioning = orders.byId(orderId).provisioningStatus();
    ASSERT_EQ(provisioning.items.size(), 1u);
    EXPECT_TRUE(pc::text::equalsIgnoreCase(provisioning.items[0].status, "fulfilled"));

    EXPECT_EQ(orders.byBillingCycle(models::BillingCycle::one_time).items.size(), 1u);
    EXPECT_EQ(orders.byBillingCycle(models::BillingCycle::monthly).items.size(), 0u);
}

TEST_F(ResourcesTest, CancellingOutsideTheSandboxIsRefusedWithTheServiceCode) {
    auto partner = appUserClient();
    const std::string orderId = placeOrder(partner);
    try {
        (void)partner.customers().byId(kCustomer).orders().byId(orderId).cancel();
        FAIL() << "cancel must be refused for a partner outside the integration sandbox";
    } catch (const pc::PartnerCenterError& e) {
        EXPECT_EQ(e.kind(), pc::PartnerCenterError::Kind::service);
        EXPECT_EQ(e.httpStatus(), 403);
        EXPECT_EQ(e.code(), 800019);
        EXPECT_FALSE(e.description().empty());
        auto patches = attempts.matching("PATCH", "/orders/" + orderId);
        ASSERT_EQ(patches.size(), 1u) << "403 is never retried";
        EXPECT_EQ(e.requestId(), patches[0].requestId);
        EXPECT_EQ(e.correlationId(), patches[0].correlationId);
    }
}

TEST_F(ResourcesTest, EntitlementsLeadToTheReservations) {
    auto partner = appUserClient();
    const std::string orderId = placeOrder(partner);
    auto entitlements = partner.customers().byId(kCustomer).entitlements();
    auto list = entitlements.get("reservedInstance");
    ASSERT_EQ(list.items.size(), 1u);
    const auto& entitlement = list.items[0];
    EXPECT_EQ(entitlement.referenceOrder->id, orderId);
    ASSERT_EQ(entitlement.entitledArtifacts.size(), 1u);
    auto details = entitlements.artifactDetails(entitlement.entitledArtifacts[0]);
    ASSERT_EQ(details.reservations.size(), 1u);
    EXPECT_EQ(details.reservations[0].quantity, 2);
    EXPECT_EQ(details.reservations[0].scopeType, "Shared");
}

TEST_F(ResourcesTest, AppTokenIsRefusedWhereAppUserIsRequired) {
    try {
        (void)appClient().customers().byId(kCustomer).entitlements().get();
        FAIL() << "entitlements need App+User";
    } catch (const pc::PartnerCenterError& e) {
        EXPECT_EQ(e.httpStatus(), 403);
        EXPECT_EQ(e.code(), 2032);
    }
}

TEST_F(ResourcesTest, UnknownCustomerIsA404WithTheIdsOfTheCall) {
    try {
        (void)appUserClient().customers().byId("00000000-0000-4000-8000-000000000000").get();
        FAIL() << "expected 404";
    } catch (const pc::PartnerCenterError& e) {
        EXPECT_EQ(e.httpStatus(), 404);
        EXPECT_NE(e.code(), 0);
        auto calls = attempts.matching("GET", "/v1/customers/00000000-0000-4000-8000-000000000000");
        ASSERT_EQ(calls.size(), 1u) << "404 is never retried";
        EXPECT_EQ(e.requestId(), calls[0].requestId);
        EXPECT_NE(std::string(e.what()).find("HTTP 404"), std::string::npos) << e.what();
    }
}

TEST_F(ResourcesTest, OneCorrelationIdPerCallUnlessTheCallerSetsOne) {
    auto partner = appUserClient();
    (void)partner.customers().byId(kCustomer).get();
    (void)partner.customers().byId(kCustomer).get();
    auto fixed = partner.withCorrelationId("0d1c2b3a-4f5e-4d6c-8b7a-9f8e7d6c5b4a");
    (void)fixed.customers().byId(kCustomer).get();
    (void)fixed.customers().byId(kCustomer).subscriptions().get();

    auto calls = attempts.matching("GET", "/v1/customers/");
    ASSERT_EQ(calls.size(), 4u);
    EXPECT_NE(calls[0].correlationId, calls[1].correlationId);
    EXPECT_NE(calls[0].requestId, calls[1].requestId);
    EXPECT_EQ(calls[2].correlationId, "0d1c2b3a-4f5e-4d6c-8b7a-9f8e7d6c5b4a");
    EXPECT_EQ(calls[3].correlationId, "0d1c2b3a-4f5e-4d6c-8b7a-9f8e7d6c5b4a");
    EXPECT_NE(calls[2].requestId, calls[3].requestId);
}

}  // namespace
}  // namespace pcsim::client_testing
