// The App pipeline in process: the order in which cross-cutting concerns apply.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "http/app.hpp"
#include "scenario/loader.hpp"
#include "sim/engine/hours.hpp"

namespace pcsim::http {
namespace {

std::shared_ptr<const sim::Scenario> loadWithFaults() {
    auto loaded = scenario::loadScenarioText(R"(
pcsim: 1
name: pipeline
partner:
  tenantId: 11111111-1111-4111-8111-111111111111
  apps: [{ clientId: 22222222-2222-4222-8222-222222222222, clientSecret: s }]
faults:
  - name: customers-down
    match: { method: GET, path: "/v1/customers" }
    respond: { status: 503 }
  - name: orders-down
    match: { method: GET, path: "/providers/Microsoft.Capacity/reservationOrders/down" }
    respond: { status: 503 }
  - name: orders-throttled
    match: { method: GET, path: "/providers/Microsoft.Capacity/reservationOrders/busy" }
    respond: { status: 429, retryAfterSeconds: 7 }
)",
                                             "pipeline.yaml");
    if (!loaded) throw std::runtime_error(loaded.diagnostics.front().toString());
    return loaded.scenario;
}

// An App token of the pipeline scenario for ARM's audience, from its token endpoint.
std::string armToken(App& app) {
    auto r = app.handle(makeRequest("POST", "/11111111-1111-4111-8111-111111111111/oauth2/token",
                                    "grant_type=client_credentials&client_id=22222222-2222-4222-8222-222222222222"
                                    "&client_secret=s&resource=https%3A%2F%2Fmanagement.azure.com%2F",
                                    {{"Content-Type", "application/x-www-form-urlencoded"}}));
    if (r.status != 200) throw std::runtime_error("no token: " + r.body);
    return nlohmann::json::parse(r.body).at("access_token").get<std::string>();
}

TEST(AppPipeline, ArmErrorsEchoingBytesThatAreNotUtf8StillRender) {
    App app(loadWithFaults());
    auto response = app.handle(makeRequest("GET", "/providers/Microsoft.Capacity/reservationOrders/%FF?api-version=x",
                                           {}, {{"Authorization", "Bearer " + armToken(app)}}));
    EXPECT_EQ(response.status, 404) << response.body;
    EXPECT_EQ(nlohmann::json::parse(response.body)["error"]["code"], "ReservationOrderNotFound");
}

std::string armCode(const HttpResponse& response) {
    auto body = nlohmann::json::parse(response.body);
    return body.contains("error") ? body["error"].value("code", "") : "(not ARM's shape: " + response.body + ")";
}

TEST(AppPipeline, PipelineAnswersOnArmRoutesHaveArmsShape) {
    AppOptions options;
    options.maxBodyBytes = 256;  // the token request's body fits
    App app(loadWithFaults(), options);
    const std::string token = armToken(app);
    const std::string orders = "/providers/Microsoft.Capacity/reservationOrders/";
    auto down = app.handle(makeRequest("GET", orders + "down?api-version=x"));
    EXPECT_EQ(down.status, 503);
    EXPECT_EQ(armCode(down), "ServiceUnavailable");
    auto busy = app.handle(makeRequest("GET", orders + "busy?api-version=x"));
    EXPECT_EQ(busy.status, 429);
    EXPECT_EQ(armCode(busy), "TooManyRequests");
    EXPECT_EQ(busy.header("Retry-After"), "7");

    const std::string reservation = orders + "o/reservations/r?api-version=x";
    auto call = [&](const std::string& body, const std::string& contentType) {
        return app.handle(makeRequest("PATCH", reservation, body,
                                      {{"Authorization", "Bearer " + token}, {"Content-Type", contentType}}));
    };
    auto malformed = call("{not json", "application/json");
    EXPECT_EQ(malformed.status, 400);
    EXPECT_EQ(armCode(malformed), "InvalidRequestContent");
    auto text = call("{}", "text/plain");
    EXPECT_EQ(text.status, 415);
    EXPECT_EQ(armCode(text), "UnsupportedMediaType");
    auto large = call(std::string(257, ' '), "application/json");
    EXPECT_EQ(large.status, 413);
    EXPECT_EQ(armCode(large), "RequestEntityTooLarge");
}

TEST(AppPipeline, FaultsApplyBeforeAuthenticationAndEchoIds) {
    App app(loadWithFaults());
    auto request = makeRequest("GET", "/v1/customers", {}, {{"MS-CorrelationId", "corr-1"}});
    auto response = app.handle(request);
    EXPECT_EQ(response.status, 503);
    EXPECT_EQ(response.header("X-PCSim-Fault"), "customers-down");
    EXPECT_EQ(response.header("MS-CorrelationId"), "corr-1");
    EXPECT_EQ(nlohmann::json::parse(response.body)["code"], 800003);
}

TEST(AppPipeline, ControlPlaneAnswersLoopbackOrTheAdminToken) {
    App open(loadWithFaults());
    auto remote = makeRequest("GET", "/_pcsim/health");
    remote.remoteAddress = "192.0.2.10";
    EXPECT_EQ(open.handle(remote).status, 403);
    auto local = remote;
    local.remoteAddress = "127.0.0.1";
    EXPECT_EQ(open.handle(local).status, 200);

    App guarded(loadWithFaults(), AppOptions{1 << 20, "admin-secret"});
    remote.headers["authorization"] = "Bearer admin-secret";
    EXPECT_EQ(guarded.handle(remote).status, 200);
}

// Found by fuzz_json_bodies: a number out of range answered 500 800003 on every JSON route.
TEST(AppPipeline, NumbersOutOfRangeInABodyAre400) {
    App app(loadWithFaults());
    auto clock = makeRequest("POST", "/_pcsim/clock", R"({"advance": 1e400})", {{"Content-Type", "application/json"}});
    clock.remoteAddress = "127.0.0.1";
    auto answer = app.handle(clock);
    EXPECT_EQ(answer.status, 400) << answer.body;
    EXPECT_EQ(nlohmann::json::parse(answer.body)["code"], 800002);
}

// Paths match in any letter case, so an unknown control path is the control plane's in any case too:
// guarded, and never given a Partner Center fault.
TEST(AppPipeline, UnknownControlPathsAreGuardedInAnyLetterCase) {
    App app(loadWithFaults());
    for (const char* path : {"/_pcsim/nothing-here", "/_PCSIM/nothing-here", "/_PcSim"}) {
        auto remote = makeRequest("GET", path);
        remote.remoteAddress = "192.0.2.10";
        EXPECT_EQ(app.handle(remote).status, 403) << path;
    }
    auto local = makeRequest("GET", "/_PCSIM/nothing-here");
    local.remoteAddress = "127.0.0.1";
    EXPECT_EQ(app.handle(local).status, 404);
}

TEST(AppPipeline, UnknownPathsAre404WithTheErrorShape) {
    App app(loadWithFaults());
    auto response = app.handle(makeRequest("GET", "/v1/unknown"));
    EXPECT_EQ(response.status, 404);
    auto body = nlohmann::json::parse(response.body);
    EXPECT_TRUE(body.contains("code") && body.contains("description"));
}

TEST(AppPipeline, AdvancingTheClockAppliesTheEngineHoursAtOnce) {
    App app(loadWithFaults());
    const auto& engine = app.sandbox().current()->world.reservationEngine;
    EXPECT_FALSE(engine.firstHour.has_value());

    auto moved = app.handle(
        makeRequest("POST", "/_pcsim/clock", R"({"advance": "PT5H"})", {{"Content-Type", "application/json"}}));
    ASSERT_EQ(moved.status, 200) << moved.body;
    // No read of usage happened: the move itself applied every hour that ended.
    const auto& world = app.sandbox().current()->world;
    ASSERT_TRUE(engine.firstHour.has_value());
    EXPECT_EQ(engine.processedUntil, sim::engine::hourContaining(world.now()));
    EXPECT_GE(engine.processedUntil - *engine.firstHour, 4);
}

}  // namespace
}  // namespace pcsim::http
