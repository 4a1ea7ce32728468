// The README's example program, built with the project, run against pcsim.
#include "client_fixture.hpp"
#include "process.hpp"

namespace pcsim::client_testing {
namespace {

class ExampleTest : public ClientTest {
protected:
    void SetUp() override { start("e2e.yaml"); }
};

TEST_F(ExampleTest, BuysOneReservationAndPrintsTheOrderNumber) {
    const std::map<std::string, std::string> environment{
        {"PARTNERCENTER_ENDPOINT", baseUrl()},    {"PARTNERCENTER_AUTHORITY", baseUrl()},
        {"PARTNERCENTER_TENANT", kTenant},        {"PARTNERCENTER_CLIENT_ID", kClientId},
        {"PARTNERCENTER_CLIENT_SECRET", kSecret}, {"PARTNERCENTER_REFRESH_TOKEN", kRefreshToken}};
    auto r = runProcess({PARTNERCENTER_EXAMPLE_BINARY, kCustomer, "Standard_D4s_v3", "eastus2"}, environment);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto orders = appUserClient().customers().byId(kCustomer).orders().get().items;
    ASSERT_EQ(orders.size(), 1u);
    EXPECT_EQ(r.out.rfind("order " + *orders[0].id + " completed\n", 0), 0u) << r.out;
    EXPECT_NE(r.out.find("reservation "), std::string::npos) << r.out;
}

}  // namespace
}  // namespace pcsim::client_testing
