#pragma once
// An App on the end-to-end scenario (tests/e2e/e2e.yaml), called in process through App::handle:
// the harness's rules are about the pipeline, so most tests need no socket. Helpers address a
// sandbox by path prefix ("/_sandbox/a") or by header.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "http/app.hpp"
#include "scenario/loader.hpp"

namespace pcsim::testing {

inline const std::string kTenant = "11111111-1111-4111-8111-111111111111";
inline const std::string kClientId = "22222222-2222-4222-8222-222222222222";
inline const std::string kCustomer = "4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55";
inline const std::string kRegisteredSub = "2E6B0F4A-9C1D-4B7E-8F3A-5D2C1B0A9E87";
inline const std::string kD4sP1Y = "DZH318Z0BQ3Q:00G1:DZH318XZXK7M";

inline std::string e2eScenarioFile() { return std::string(PCSIM_E2E_DIR) + "/e2e.yaml"; }

inline std::shared_ptr<const sim::Scenario> loadScenario(const std::string& file) {
    auto loaded = scenario::loadScenarioFile(file);
    if (!loaded) throw std::runtime_error("scenario does not load: " + loaded.diagnostics.front().toString());
    return loaded.scenario;
}

inline std::shared_ptr<const sim::Scenario> e2eScenario() {
    static auto scenario = loadScenario(e2eScenarioFile());
    return scenario;
}

inline std::string cartBody(const std::string& catalogItemId, const std::string& subscriptionId, int quantity,
                            const std::string& scope = "shared") {
    nlohmann::json line = {{"id", 0},
                           {"catalogItemId", catalogItemId},
                           {"quantity", quantity},
                           {"billingCycle", "one_time"},
                           {"termDuration", "P1Y"},
                           {"provisioningContext", {{"subscriptionId", subscriptionId}, {"scope", scope}}}};
    return nlohmann::json{{"lineItems", {line}}}.dump();
}

class InProcessApp {
public:
    explicit InProcessApp(http::AppOptions options = {}, std::shared_ptr<const sim::Scenario> scenario = e2eScenario())
        : app_(std::make_unique<http::App>(std::move(scenario), std::move(options))) {}

    http::App& app() { return *app_; }

    http::HttpResponse send(const std::string& method, const std::string& target, const std::string& body = {},
                            std::map<std::string, std::string> headers = {}) {
        return app_->handle(http::makeRequest(method, target, body, std::move(headers)));
    }

    // `prefix`: "" or "/_sandbox/NAME"; `headers` may name the sandbox instead.
    std::string appToken(const std::string& prefix = "", std::map<std::string, std::string> headers = {}) {
        headers["Content-Type"] = "application/x-www-form-urlencoded";
        auto r = send("POST", prefix + "/" + kTenant + "/oauth2/token",
                      "grant_type=client_credentials&client_id=" + kClientId + "&client_secret=app-secret", headers);
        EXPECT_EQ(r.status, 200) << r.body;
        return nlohmann::json::parse(r.body).value("access_token", "");
    }

    std::string userToken(const std::string& prefix = "") {
        auto r = send("POST", prefix + "/" + kTenant + "/oauth2/token",
                      "grant_type=refresh_token&client_id=" + kClientId + "&refresh_token=user-refresh",
                      {{"Content-Type", "application/x-www-form-urlencoded"}});
        EXPECT_EQ(r.status, 200) << r.body;
        return nlohmann::json::parse(r.body).value("access_token", "");
    }

    http::HttpResponse call(const std::string& method, const std::string& target, const std::string& token,
                            const std::string& body = {}, std::map<std::string, std::string> headers = {}) {
        headers["Authorization"] = "Bearer " + token;
        if (!body.empty()) headers.emplace("Content-Type", "application/json");
        return send(method, target, body, std::move(headers));
    }

    // Creates a one-line cart and checks it out in the sandbox under `prefix`; returns the order.
    nlohmann::json buy(const std::string& prefix, const std::string& token, int quantity = 1,
                       const std::string& scope = "shared") {
        auto cart = call("POST", prefix + "/v1/customers/" + kCustomer + "/carts", token,
                         cartBody(kD4sP1Y, kRegisteredSub, quantity, scope));
        EXPECT_EQ(cart.status, 201) << cart.body;
        auto cartId = nlohmann::json::parse(cart.body).value("id", "");
        auto checkout = call("POST", prefix + "/v1/customers/" + kCustomer + "/carts/" + cartId + "/checkout", token);
        EXPECT_EQ(checkout.status, 201) << checkout.body;
        auto result = nlohmann::json::parse(checkout.body);
        return result["orders"].empty() ? nlohmann::json{} : result["orders"][0];
    }

    static nlohmann::json json(const http::HttpResponse& response) { return nlohmann::json::parse(response.body); }

private:
    std::unique_ptr<http::App> app_;
};

}  // namespace pcsim::testing
