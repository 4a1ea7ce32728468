// The built pcctl binary against pcsim: output, the purchase dialogue, and exit codes.
#include "client_fixture.hpp"
#include "http/server.hpp"
#include "http/transport/local_ca.hpp"
#include "http/transport/tls_session.hpp"
#include "process.hpp"
#include "support/free_port.hpp"

#include <filesystem>

#include <algorithm>
#include <stdexcept>

namespace pcsim::client_testing {
namespace {

class PcctlTest : public ClientTest {
protected:
    void SetUp() override { start("e2e.yaml"); }

    std::map<std::string, std::string> environment(bool withUser = true) {
        std::map<std::string, std::string> env{{"PARTNERCENTER_ENDPOINT", baseUrl()},
                                               {"PARTNERCENTER_AUTHORITY", baseUrl()},
                                               {"PARTNERCENTER_TENANT", kTenant},
                                               {"PARTNERCENTER_CLIENT_ID", kClientId},
                                               {"PARTNERCENTER_CLIENT_SECRET", kSecret}};
        if (withUser) env["PARTNERCENTER_REFRESH_TOKEN"] = kRefreshToken;
        return env;
    }

    ProcessResult pcctl(std::vector<std::string> args, const std::string& input = {}) {
        args.insert(args.begin(), PCCTL_BINARY);
        return runProcess(args, environment(), input);
    }

    static std::vector<std::string> buyArgs() {
        return {"buy",    "--customer",      kCustomer,  "--subscription", kRegisteredSub,
                "--size", "Standard_D4s_v3", "--region", "eastus2",        "--term",
                "P1Y",    "--quantity",      "2",        "--scope",        "shared"};
    }

    // The arguments with the value after `option` replaced.
    static std::vector<std::string> with(std::vector<std::string> args, const std::string& option, std::string value) {
        auto at = std::find(args.begin(), args.end(), option);
        if (at == args.end() || at + 1 == args.end())
            throw std::logic_error("no " + option + " VALUE in the arguments");
        *(at + 1) = std::move(value);
        return args;
    }

    std::size_t ordersOfFabrikam() { return appUserClient().customers().byId(kCustomer).orders().get().items.size(); }
};

// Over HTTPS pcctl verifies the server against --ca-file (or SSL_CERT_FILE); without pcsim's CA it
// refuses the connection, which is a transport failure.
TEST_F(PcctlTest, OverHttpsItTrustsTheCaFileItIsGivenAndNothingElse) {
    const auto caDir = std::filesystem::temp_directory_path() / ("pcctl-ca-" + std::to_string(::getpid()));
    const auto files = pcsim::http::issueServerCertificate(caDir.string());
    pcsim::http::ServerOptions options;
    options.port = 0;
    options.threads = 2;
    options.tls = std::make_shared<pcsim::http::TlsContext>(files.serverCertificate, files.serverKey);
    pcsim::http::Server secure(server().app(), options);
    secure.start();
    auto env = environment();
    env["PARTNERCENTER_ENDPOINT"] = env["PARTNERCENTER_AUTHORITY"] = secure.baseUrl();
    ASSERT_EQ(secure.baseUrl().rfind("https://", 0), 0u);

    auto withFile = runProcess({PCCTL_BINARY, "--ca-file", files.caCertificate, "--json", "customers", "list"}, env);
    EXPECT_EQ(withFile.exitCode, 0) << withFile.err;
    EXPECT_EQ(nlohmann::json::parse(withFile.out).size(), 3u);
    auto fromEnvironment = env;
    fromEnvironment["SSL_CERT_FILE"] = files.caCertificate;
    auto viaEnvironment = runProcess({PCCTL_BINARY, "customers", "list"}, fromEnvironment);
    EXPECT_EQ(viaEnvironment.exitCode, 0) << viaEnvironment.err;
    auto untrusted = runProcess({PCCTL_BINARY, "customers", "list"}, env);
    EXPECT_EQ(untrusted.exitCode, 4) << untrusted.out;  // the transport exit code
    EXPECT_NE(untrusted.err.find("certificate"), std::string::npos) << untrusted.err;
    secure.stop();
    std::filesystem::remove_all(caDir);
}

TEST_F(PcctlTest, CustomersListJsonIsOneArrayOfEveryCustomer) {
    auto r = pcctl({"--json", "customers", "list"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto customers = nlohmann::json::parse(r.out);
    ASSERT_TRUE(customers.is_array());
    ASSERT_EQ(customers.size(), 3u);
    EXPECT_EQ(customers[0]["id"], kCustomer);
    EXPECT_EQ(customers[0]["companyProfile"]["companyName"], "Fabrikam Test Ltd");
}

TEST_F(PcctlTest, CustomersListTableHasAHeaderAndARowPerCustomer) {
    auto r = pcctl({"customers", "list"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.rfind("ID ", 0), 0u) << r.out;
    EXPECT_NE(r.out.find(kCustomer + "  Fabrikam Test Ltd"), std::string::npos) << r.out;
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 4);
}

TEST_F(PcctlTest, SubscriptionsListShowsStatuses) {
    auto r = pcctl({"subscriptions", "list", kCustomer});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find(kSuspendedSub), std::string::npos);
    EXPECT_NE(r.out.find("suspended"), std::string::npos);
}

TEST_F(PcctlTest, RegisterWaitsUntilRegistered) {
    auto r = pcctl({"--json", "register", kCustomer, kUnregisteredSub, "--wait"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto status = nlohmann::json::parse(r.out);
    EXPECT_EQ(status["subscriptionId"], kUnregisteredSub);
    EXPECT_EQ(status["status"], "registered");
}

TEST_F(PcctlTest, CatalogSearchShowsThePrice) {
    auto r = pcctl({"catalog", "search", "--country", "US", "--size", "D4s_v3", "--term", "P1Y"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find(kD4sP1Y + "  Standard_D4s_v3  eastus2  P1Y   1051.20 USD"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("DZH318XZXK7N"), std::string::npos) << "the P3Y availability is filtered out";
}

// The document's bytes are pinned: scripts read these fields, in this order.
TEST_F(PcctlTest, CatalogSearchJsonIsOneArrayOfOfferSummaries) {
    auto r = pcctl({"--json", "catalog", "search", "--country", "US", "--size", "D4s_v3", "--term", "P1Y"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, R"([
  {
    "catalogItemId": "DZH318Z0BQ3Q:00G1:DZH318XZXK7M",
    "productId": "DZH318Z0BQ3Q",
    "skuId": "00G1",
    "availabilityId": "DZH318XZXK7M",
    "product": "Virtual Machines DSv3 Series",
    "size": "Standard_D4s_v3",
    "region": "eastus2",
    "regionName": "US East 2",
    "term": "P1Y",
    "unitPrice": 1051.2,
    "currencyCode": "USD"
  }
]
)");
}

TEST_F(PcctlTest, BuyYesJsonBuysAndPrintsOneDocument) {
    auto args = buyArgs();
    args.insert(args.begin(), "--json");
    args.push_back("--yes");
    auto r = pcctl(args);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto result = nlohmann::json::parse(r.out);  // stdout is nothing but the document
    const auto ordered = nlohmann::ordered_json::parse(r.out);
    std::vector<std::string> keys;
    for (const auto& [key, value] : ordered.items()) keys.push_back(key);
    EXPECT_EQ(keys, (std::vector<std::string>{"orderId", "status", "customerId", "subscriptionId", "cartId",
                                              "totalPrice", "currencyCode", "reservations", "orders"}))
        << "scripts read these fields, in this order";
    EXPECT_FALSE(result["orderId"].get<std::string>().empty());
    EXPECT_EQ(result["status"], "completed");
    ASSERT_EQ(result["reservations"].size(), 1u);
    EXPECT_EQ(result["reservations"][0]["quantity"], 2);
    EXPECT_DOUBLE_EQ(result["totalPrice"].get<double>(), 2102.40);
    EXPECT_NE(r.err.find("[8/10] check out"), std::string::npos) << "progress goes to stderr";
    EXPECT_NE(r.err.find("Total: 2102.40 USD"), std::string::npos) << "so does the review";
    auto orders = appUserClient().customers().byId(kCustomer).orders().get().items;
    ASSERT_EQ(orders.size(), 1u);
    EXPECT_EQ(orders[0].id, result["orderId"]);
}

TEST_F(PcctlTest, BuyAsksAndEndsWithTheOrderNumber) {
    auto r = pcctl(buyArgs(), "y\n");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("UNIT PRICE"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("1051.20 USD"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Scope: Shared"), std::string::npos) << r.out;
    EXPECT_NE(r.err.find("Buy these reservations? [y/N]"), std::string::npos);
    auto orders = appUserClient().customers().byId(kCustomer).orders().get().items;
    ASSERT_EQ(orders.size(), 1u);
    EXPECT_TRUE(r.out.ends_with("Order number: " + *orders[0].id + "\n")) << r.out;
}

TEST_F(PcctlTest, BuyDeclinedBuysNothingAndExitsOne) {
    auto r = pcctl(buyArgs(), "n\n");
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(r.err.find("Nothing was bought"), std::string::npos) << r.err;
    EXPECT_EQ(ordersOfFabrikam(), 0u);
}

TEST_F(PcctlTest, ServiceErrorExitsThree) {
    auto r = pcctl({"customers", "show", "00000000-0000-4000-8000-000000000000"});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_NE(r.err.find("HTTP 404"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("MS-RequestId"), std::string::npos) << r.err;
}

TEST_F(PcctlTest, FailedPurchaseStepExitsThreeAndNamesTheStep) {
    auto args = with(buyArgs(), "--subscription", kSuspendedSub);
    args.push_back("--yes");
    auto r = pcctl(args);
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_NE(r.err.find("pcctl: find an active Azure subscription: subscription"), std::string::npos) << r.err;
}

TEST_F(PcctlTest, UsageErrorsExitTwo) {
    auto missingOption = pcctl({"buy", "--customer", kCustomer});
    EXPECT_EQ(missingOption.exitCode, 2) << missingOption.err;
    auto badTerm = pcctl(with(buyArgs(), "--term", "P2Y"));
    EXPECT_EQ(badTerm.exitCode, 2) << badTerm.err;
    EXPECT_NE(badTerm.err.find("--term"), std::string::npos) << badTerm.err;
    auto noTenant = runProcess({PCCTL_BINARY, "customers", "list"}, {{"PARTNERCENTER_ENDPOINT", baseUrl()}});
    EXPECT_EQ(noTenant.exitCode, 2);
    EXPECT_NE(noTenant.err.find("PARTNERCENTER_TENANT"), std::string::npos) << noTenant.err;
}

// The back-off between the attempts is checked with a recorded sleeper (retry_test.cpp); here only
// that pcctl gives up with the transport exit code.
TEST_F(PcctlTest, NoServerExitsFour) {
    auto env = environment();
    env["PARTNERCENTER_ENDPOINT"] = env["PARTNERCENTER_AUTHORITY"] = pcsim::testing::closedLoopbackUrl();
    auto r = runProcess({PCCTL_BINARY, "customers", "list"}, env);
    EXPECT_EQ(r.exitCode, 4) << r.err;
    EXPECT_NE(r.err.find("transport error"), std::string::npos) << r.err;
}

TEST_F(PcctlTest, HelpDocumentsExitCodesAndEnvironment) {
    auto r = pcctl({"--help"});
    EXPECT_EQ(r.exitCode, 0);
    for (const char* text : {"Exit codes:", "4  transport", "PARTNERCENTER_REFRESH_TOKEN", "buy"})
        EXPECT_NE(r.out.find(text), std::string::npos) << text;
}

TEST_F(PcctlTest, OrdersAndEntitlementsAfterABuy) {
    auto buy = buyArgs();
    buy.push_back("--yes");
    ASSERT_EQ(pcctl(buy).exitCode, 0);
    auto orderId = *appUserClient().customers().byId(kCustomer).orders().get().items.at(0).id;

    auto list = pcctl({"orders", "list", kCustomer});
    ASSERT_EQ(list.exitCode, 0) << list.err;
    EXPECT_NE(list.out.find(orderId), std::string::npos);
    EXPECT_NE(list.out.find("2102.40 USD"), std::string::npos) << list.out;

    auto show = pcctl({"--json", "orders", "show", kCustomer, orderId});
    ASSERT_EQ(show.exitCode, 0) << show.err;
    EXPECT_EQ(nlohmann::json::parse(show.out)["status"], "completed");

    auto entitlements = pcctl({"--json", "entitlements", "list", kCustomer});
    ASSERT_EQ(entitlements.exitCode, 0) << entitlements.err;
    auto items = nlohmann::json::parse(entitlements.out);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0]["referenceOrder"]["id"], orderId);
}

}  // namespace
}  // namespace pcsim::client_testing
