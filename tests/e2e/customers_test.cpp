// Customers (seek paging through links.next + MS-ContinuationToken), subscriptions, registration.
#include "e2e_fixture.hpp"

namespace pcsim::testing {
namespace {

class CustomersTest : public E2eTest {
protected:
    static void SetUpTestSuite() { startServer(); }
};

TEST_F(CustomersTest, ListPagesThroughLinksNextAndTheContinuationHeader) {
    std::string token = appToken();
    auto page = call("GET", "/v1/customers?size=2", token);
    ASSERT_EQ(page.status, 200) << page.body;
    auto body = page.json();
    EXPECT_EQ(body["totalCount"], 2);
    EXPECT_EQ(body["attributes"]["objectType"], "Collection");
    ASSERT_TRUE(body["links"].contains("next"));
    EXPECT_FALSE(body["links"].contains("previous"));

    std::vector<std::string> ids;
    for (auto& c : body["items"]) ids.push_back(c["id"]);
    auto next = body["links"]["next"];
    std::string token2 = next["headers"][0]["value"];
    EXPECT_EQ(next["headers"][0]["key"], "MS-ContinuationToken");
    // Links are relative and without /v1 (contract §1): the client prefixes /v1.
    auto second = call("GET", "/v1" + next["uri"].get<std::string>(), token, {}, {{"MS-ContinuationToken", token2}});
    ASSERT_EQ(second.status, 200) << second.body;
    auto secondBody = second.json();
    for (auto& c : secondBody["items"]) ids.push_back(c["id"]);
    EXPECT_FALSE(second.json()["links"].contains("next"));
    EXPECT_EQ(ids, (std::vector<std::string>{kCustomer, kOtherCustomer, "6e3d7b2a-4c9f-4a5d-9c32-8b4f0e1a3c77"}));

    auto garbage = call("GET", "/v1/customers?size=2", token, {}, {{"MS-ContinuationToken", "not-a-token"}});
    EXPECT_EQ(garbage.status, 400);
    EXPECT_EQ(garbage.json()["code"], 800002);
}

TEST_F(CustomersTest, FilterByCompanyNamePrefix) {
    std::string filter = R"({"Field":"CompanyName","Value":"contoso","Operator":"starts_with"})";
    std::string encoded;
    for (unsigned char c : filter) {
        char buf[4];
        std::snprintf(buf, sizeof buf, "%%%02X", c);
        encoded += std::isalnum(c) ? std::string(1, char(c)) : std::string(buf);
    }
    auto r = call("GET", "/v1/customers?size=0&filter=" + encoded, appToken());
    ASSERT_EQ(r.status, 200) << r.body;
    ASSERT_EQ(r.json()["items"].size(), 1u);
    EXPECT_EQ(r.json()["items"][0]["companyProfile"]["companyName"], "Contoso Retail");
}

TEST_F(CustomersTest, CustomerByIdHasTheFullProfileAndUnknownIs404) {
    std::string token = appToken();
    auto r = call("GET", "/v1/customers/" + kCustomer, token);
    ASSERT_EQ(r.status, 200) << r.body;
    auto body = r.json();
    EXPECT_EQ(body["companyProfile"]["domain"], "fabrikamtest.onmicrosoft.com");
    EXPECT_EQ(body["attributes"]["objectType"], "Customer");
    EXPECT_TRUE(body.contains("billingProfile"));
    EXPECT_EQ(body["relationshipToPartner"], "reseller");

    auto unknown = call("GET", "/v1/customers/00000000-0000-4000-8000-000000000000", token);
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.json()["code"], 60003);
    EXPECT_EQ(unknown.json()["source"], "PartnerFD");
}

TEST_F(CustomersTest, SubscriptionsListAndById) {
    std::string token = appToken();
    auto list = call("GET", "/v1/customers/" + kCustomer + "/subscriptions", token);
    ASSERT_EQ(list.status, 200) << list.body;
    EXPECT_EQ(list.json()["totalCount"], 3);
    auto one = call("GET", "/v1/customers/" + kCustomer + "/subscriptions/" + kSuspendedSub, token);
    ASSERT_EQ(one.status, 200);
    EXPECT_EQ(one.json()["status"], "suspended");
    EXPECT_EQ(one.json()["offerId"], "MS-AZR-0145P");
    EXPECT_EQ(one.json()["entitlementId"], "2b0a9f8e-7d6c-4b54-8392-8a7f6e5d4c3b");
    auto missing =
        call("GET", "/v1/customers/" + kCustomer + "/subscriptions/00000000-0000-0000-0000-000000000000", token);
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(missing.json()["code"], 20003);
    // Tenant isolation: a subscription is only reachable under its own customer.
    auto crossed = call("GET", "/v1/customers/" + kOtherCustomer + "/subscriptions/" + kRegisteredSub, token);
    EXPECT_EQ(crossed.status, 404);
}

TEST_F(CustomersTest, RegistrationAnswers202WithLocationThenStatusIsRegistered) {
    std::string token = appToken();
    std::string base = "/v1/customers/" + kCustomer + "/subscriptions/" + kUnregisteredSub;
    auto before = call("GET", base + "/registrationstatus", token);
    ASSERT_EQ(before.status, 200);
    EXPECT_EQ(before.json()["status"], "notregistered");

    auto r = call("POST", base + "/registrations", token);
    EXPECT_EQ(r.status, 202);
    EXPECT_TRUE(r.body.empty());
    EXPECT_EQ(r.header("location"),
              "/customers/" + kCustomer + "/subscriptions/" + kUnregisteredSub + "/registrationstatus");

    auto after = call("GET", base + "/registrationstatus", token);
    EXPECT_EQ(after.json()["status"], "registered");
    EXPECT_EQ(after.json()["attributes"]["objectType"], "SubscriptionRegistrationStatus");

    auto suspended =
        call("POST", "/v1/customers/" + kCustomer + "/subscriptions/" + kSuspendedSub + "/registrations", token);
    EXPECT_EQ(suspended.status, 400);
    EXPECT_EQ(suspended.json()["code"], 800012);
}

}  // namespace
}  // namespace pcsim::testing
