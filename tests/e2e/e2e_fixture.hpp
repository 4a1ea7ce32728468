#pragma once
// A pcsim on port 0 per test suite, with the calls every end-to-end test makes: tokens, and
// requests with a bearer token.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "support/raw_http.hpp"
#include "support/test_server.hpp"

namespace pcsim::testing {

inline const std::string kTenant = "11111111-1111-4111-8111-111111111111";
inline const std::string kClientId = "22222222-2222-4222-8222-222222222222";
inline const std::string kCustomer = "4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55";
inline const std::string kRegisteredSub = "2E6B0F4A-9C1D-4B7E-8F3A-5D2C1B0A9E87";
inline const std::string kUnregisteredSub = "3F7C1A5B-0D2E-4C8F-9A4B-6E3D2C1B0A98";
inline const std::string kSuspendedSub = "4A8D2B6C-1E3F-4D9A-8B5C-7F4E3D2C1B0A";
inline const std::string kOtherCustomer = "5d2c6a1f-3b8e-4f4c-8b21-7a3e9d0f2b66";
inline const std::string kD4sP1Y = "DZH318Z0BQ3Q:00G1:DZH318XZXK7M";
inline const std::string kD2sWestusP1Y = "DZH318Z0BQ3Q:00G2:DZH318XZXK8A";

class E2eTest : public ::testing::Test {
protected:
    // Each suite gets its own server on the scenario it names (default: e2e.yaml).
    static void startServer(const std::string& scenarioFile = std::string(PCSIM_E2E_DIR) + "/e2e.yaml") {
        server_ = std::make_unique<TestServer>(scenarioFile);
    }
    static void TearDownTestSuite() { server_.reset(); }

    static TestServer& server() { return *server_; }

    std::string appToken() {
        auto r = http_.send("POST", server().url("/" + kTenant + "/oauth2/token"),
                            "grant_type=client_credentials&client_id=" + kClientId +
                                "&client_secret=app-secret&resource=https%3A%2F%2Fapi.partnercenter.microsoft.com",
                            {{"Content-Type", "application/x-www-form-urlencoded"}});
        EXPECT_EQ(r.status, 200) << r.body;
        return r.json().at("access_token").get<std::string>();
    }

    std::string userToken() {
        auto r = http_.send("POST", server().url("/" + kTenant + "/oauth2/token"),
                            "grant_type=refresh_token&client_id=" + kClientId + "&refresh_token=user-refresh",
                            {{"Content-Type", "application/x-www-form-urlencoded"}});
        EXPECT_EQ(r.status, 200) << r.body;
        return r.json().at("access_token").get<std::string>();
    }

    RawResponse call(const std::string& method, const std::string& path, const std::string& token,
                     const std::string& body = {}, std::map<std::string, std::string> headers = {}) {
        if (!token.empty()) headers["Authorization"] = "Bearer " + token;
        headers.emplace("Accept", "application/json");
        return http_.send(method, server().url(path), body, headers);
    }

    // A one-line reservation cart body, camelCase as in the docs.
    static std::string cartBody(const std::string& catalogItemId, const std::string& subscriptionId, int quantity,
                                const std::string& scope = "shared", const std::string& term = "P1Y") {
        nlohmann::json line = {{"id", 0},
                               {"catalogItemId", catalogItemId},
                               {"friendlyName", "e2e reservation"},
                               {"quantity", quantity},
                               {"billingCycle", "one_time"},
                               {"termDuration", term},
                               {"provisioningContext", {{"subscriptionId", subscriptionId}, {"scope", scope}}}};
        return nlohmann::json{{"lineItems", {line}}}.dump();
    }

    RawHttp http_;

private:
    static inline std::unique_ptr<TestServer> server_;
};

}  // namespace pcsim::testing
