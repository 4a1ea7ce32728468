#pragma once
// A pcsim on port 0 serving scenarios/default.yaml (the world the docs' walk-through uses), fresh for
// each test, with the calls the Azure-side tests make: a partner token, ARM calls with api-version,
// buying a reservation through Partner Center, and moving the clock.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "support/raw_http.hpp"
#include "support/test_server.hpp"

namespace pcsim::testing {

// The default scenario's ids (scenarios/default.yaml).
inline const std::string kPartnerTenant = "7c1e2d3f-0000-4000-8000-000000000001";
inline const std::string kFabrikam = "c1000000-0000-4000-8000-000000000001";
inline const std::string kProduction = "A1000000-0000-4000-8000-000000000001";  // registered, DSv3 VMs in eastus2
inline const std::string kProductionAzure = "a1a1a1a1-0000-4000-8000-000000000001";
inline const std::string kDevelopment = "A1000000-0000-4000-8000-000000000002";  // not registered, B-series only
inline const std::string kDevelopmentAzure = "a1a1a1a1-0000-4000-8000-000000000002";
inline const std::string kTailspinAzure = "a2a2a2a2-0000-4000-8000-000000000001";
inline const std::string kD4sEastus2P1Y = "DZH318Z0BQ3Q:00G1:DZH318XZXK7M";
inline const std::string kApiVersion = "api-version=2022-11-01";

class AzureSurfaceTest : public ::testing::Test {
protected:
    void SetUp() override {
        server_ = std::make_unique<TestServer>(std::string(PCSIM_SCENARIOS_DIR "/default.yaml"));
        signIn();
    }

    // Tokens live an hour of simulated time: signing in again follows every clock move.
    void signIn() {
        auto r = http_.send("POST", server_->url("/" + kPartnerTenant + "/oauth2/token"),
                            "grant_type=client_credentials&client_id=0a0a0a0a-0000-4000-8000-00000000000a"
                            "&client_secret=dev-secret-1&resource=https%3A%2F%2Fmanagement.azure.com%2F",
                            {{"Content-Type", "application/x-www-form-urlencoded"}});
        ASSERT_EQ(r.status, 200) << r.body;
        appToken_ = r.json().at("access_token").get<std::string>();
        // An App+User token: the ARM routes take either kind, entitlements need this one.
        auto user = http_.send("POST", server_->url("/" + kPartnerTenant + "/oauth2/token"),
                               "grant_type=refresh_token&client_id=0a0a0a0a-0000-4000-8000-00000000000a"
                               "&refresh_token=dev-refresh-1",
                               {{"Content-Type", "application/x-www-form-urlencoded"}});
        ASSERT_EQ(user.status, 200) << user.body;
        token_ = user.json().at("access_token").get<std::string>();
        // ARM routes take only a token for ARM's audience.
        auto arm = http_.send("POST", server_->url("/" + kPartnerTenant + "/oauth2/token"),
                              "grant_type=refresh_token&client_id=0a0a0a0a-0000-4000-8000-00000000000a"
                              "&refresh_token=dev-refresh-1&resource=https%3A%2F%2Fmanagement.azure.com%2F",
                              {{"Content-Type", "application/x-www-form-urlencoded"}});
        ASSERT_EQ(arm.status, 200) << arm.body;
        armToken_ = arm.json().at("access_token").get<std::string>();
    }

    static bool isArmPath(std::string path) {
        for (auto& c : path) c = char(std::tolower(static_cast<unsigned char>(c)));
        return path.rfind("/subscriptions", 0) == 0 || path.rfind("/providers", 0) == 0;
    }

    RawResponse call(const std::string& method, const std::string& path, const std::string& body = {}) {
        std::map<std::string, std::string> headers{
            {"Accept", "application/json"}, {"Authorization", "Bearer " + (isArmPath(path) ? armToken_ : token_)}};
        if (!body.empty()) headers["Content-Type"] = "application/json";
        return http_.send(method, server_->url(path), body, headers);
    }

    // An ARM path with the api-version added; spaces and quotes of a $filter are percent-encoded.
    RawResponse arm(const std::string& method, const std::string& path, const std::string& body = {}) {
        std::string target;
        for (char c : path + (path.find('?') == std::string::npos ? "?" : "&") + kApiVersion) {
            if (c == ' ') target += "%20";
            else if (c == '\'') target += "%27";
            else target += c;
        }
        return call(method, target, body);
    }

    RawResponse control(const std::string& method, const std::string& path, const std::string& body = {}) {
        return http_.send(method, server_->url(path), body, {{"Content-Type", "application/json"}});
    }

    void advanceClock(const std::string& duration) {
        auto r = control("POST", "/_pcsim/clock", R"({"advance": ")" + duration + R"("})");
        ASSERT_EQ(r.status, 200) << r.body;
        signIn();
    }

    void registerDevelopment() {
        auto r = call("POST", "/v1/customers/" + kFabrikam + "/subscriptions/" + kDevelopment + "/registrations");
        ASSERT_EQ(r.status, 202) << r.body;
    }

    // Buys through Partner Center; returns the reservation order id (the entitlement artifact's resourceId).
    std::string buy(const std::string& subscriptionId, const std::string& scope, int quantity = 1) {
        nlohmann::json line = {{"id", 0},
                               {"catalogItemId", kD4sEastus2P1Y},
                               {"quantity", quantity},
                               {"billingCycle", "one_time"},
                               {"termDuration", "P1Y"},
                               {"provisioningContext", {{"subscriptionId", subscriptionId}, {"scope", scope}}}};
        auto cart = call("POST", "/v1/customers/" + kFabrikam + "/carts", nlohmann::json{{"lineItems", {line}}}.dump());
        EXPECT_EQ(cart.status, 201) << cart.body;
        auto checkout =
            call("POST", "/v1/customers/" + kFabrikam + "/carts/" + cart.json()["id"].get<std::string>() + "/checkout");
        EXPECT_EQ(checkout.status, 201) << checkout.body;
        const std::string orderId = checkout.json()["orders"][0]["id"];
        auto entitlements = call("GET", "/v1/customers/" + kFabrikam + "/entitlements");
        const auto body = entitlements.json();  // (a range-for over a temporary's member would dangle)
        for (const auto& item : body["items"])
            if (item["referenceOrder"]["id"] == orderId) return item["entitledArtifacts"][0]["resourceId"];
        ADD_FAILURE() << "no entitlement for order " << orderId << ": " << entitlements.body;
        return "";
    }

    static std::string orderPath(const std::string& reservationOrderId) {
        return "/providers/Microsoft.Capacity/reservationOrders/" + reservationOrderId;
    }

    // The order's only reservation id.
    std::string reservationOf(const std::string& reservationOrderId) {
        auto r = arm("GET", orderPath(reservationOrderId) + "/reservations");
        EXPECT_EQ(r.status, 200) << r.body;
        const std::string name = r.json()["value"][0]["name"];
        return name.substr(name.find('/') + 1);
    }

    // Sums of the daily summaries of an order: {reservedHours, usedHours}.
    std::pair<double, double> dailyTotals(const std::string& reservationOrderId) {
        auto r = arm(
            "GET", orderPath(reservationOrderId) + "/providers/Microsoft.Consumption/reservationSummaries?grain=daily");
        EXPECT_EQ(r.status, 200) << r.body;
        double reserved = 0, usedHours = 0;
        const auto body = r.json();
        for (const auto& row : body["value"]) {
            reserved += row["properties"]["reservedHours"].get<double>();
            usedHours += row["properties"]["usedHours"].get<double>();
        }
        return {reserved, usedHours};
    }

    RawHttp http_;
    std::unique_ptr<TestServer> server_;
    std::string token_;     // App+User
    std::string appToken_;  // App only, for ARM's audience
    std::string armToken_;  // App+User, for ARM's audience
};

}  // namespace pcsim::testing
