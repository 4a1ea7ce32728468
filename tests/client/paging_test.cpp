// Customers as a C++ range across pages: links.next + MS-ContinuationToken, one correlation id.
#include "client_fixture.hpp"

#include <algorithm>
#include <ranges>
#include <set>

namespace pcsim::client_testing {
namespace {

namespace models = partnercenter::models;

static_assert(std::ranges::input_range<partnercenter::PagedRange<models::Customer>>);

class PagingTest : public ClientTest {
protected:
    void SetUp() override { start("paging.yaml"); }
};

TEST_F(PagingTest, WalksEveryCustomerAcrossThreePagesInOrder) {
    auto partner = partnercenter::PartnerClient(partnercenter::AppCredentials{kTenant, kClientId, kSecret}, options());
    std::vector<std::string> ids;
    for (const models::Customer& customer : partner.customers().list(3)) ids.push_back(customer.id);

    std::vector<std::string> expected;
    for (int i = 1; i <= 8; ++i) expected.push_back("a0000000-0000-4000-8000-00000000000" + std::to_string(i));
    EXPECT_EQ(ids, expected) << "each customer once, in the scenario's order";

    auto pages = attempts.matching("GET", "/v1/customers");
    ASSERT_EQ(pages.size(), 3u) << "3 + 3 + 2";
    EXPECT_NE(pages[0].url.find("size=3"), std::string::npos);
    EXPECT_NE(pages[1].url.find("seekOperation=Next"), std::string::npos);
    EXPECT_EQ(pages[0].correlationId, pages[1].correlationId) << "one walk, one logical operation";
    EXPECT_EQ(pages[1].correlationId, pages[2].correlationId);
    EXPECT_NE(pages[0].requestId, pages[1].requestId) << "each page is its own call";
}

TEST_F(PagingTest, FetchesPagesOnlyAsFarAsTheWalkGoes) {
    auto partner = partnercenter::PartnerClient(partnercenter::AppCredentials{kTenant, kClientId, kSecret}, options());
    auto customers = partner.customers().list(3);
    auto firstFour = customers | std::views::take(4);
    std::vector<std::string> names;
    for (const auto& c : firstFour) names.push_back(*c.companyProfile->companyName);
    EXPECT_EQ(names, (std::vector<std::string>{"Alpha Ltd", "Bravo Ltd", "Charlie Ltd", "Delta Ltd"}));
    EXPECT_EQ(attempts.matching("GET", "/v1/customers").size(), 2u);
}

TEST_F(PagingTest, WorksWithRangeAlgorithms) {
    auto partner = partnercenter::PartnerClient(partnercenter::AppCredentials{kTenant, kClientId, kSecret}, options());
    auto customers = partner.customers().list(3);
    auto found = std::ranges::find_if(customers, [](const models::Customer& c) {
        return c.companyProfile && c.companyProfile->companyName == "Golf Ltd";
    });
    ASSERT_NE(found, customers.end());
    EXPECT_EQ(found->id, "a0000000-0000-4000-8000-000000000007");
}

TEST_F(PagingTest, DefaultPageSizeIsTheServicesOwn) {
    auto partner = partnercenter::PartnerClient(partnercenter::AppCredentials{kTenant, kClientId, kSecret}, options());
    auto customers = partner.customers().list();
    EXPECT_EQ(std::ranges::distance(customers.begin(), customers.end()), 8);
    auto pages = attempts.matching("GET", "/v1/customers");
    ASSERT_EQ(pages.size(), 1u);
    EXPECT_EQ(pages[0].url.find("size="), std::string::npos);
}

}  // namespace
}  // namespace pcsim::client_testing
