// The Azure-side surface over real HTTP on the default scenario: ARM conventions, reservations read,
// PATCHed, split and merged, utilization, recommendations, and the walk-through of
// docs/reservation-engine.md.
#include "azure_fixture.hpp"

namespace pcsim::testing {
namespace {

using nlohmann::json;

TEST_F(AzureSurfaceTest, ArmRoutesNeedApiVersionAndAnswerArmErrors) {
    auto missing = call("GET", orderPath("00000000-0000-4000-8000-000000000000"));
    EXPECT_EQ(missing.status, 400);
    EXPECT_EQ(missing.json()["error"]["code"], "MissingApiVersionParameter");
    auto unknown = arm("GET", "/PROVIDERS/microsoft.capacity/RESERVATIONORDERS/00000000-0000-4000-8000-000000000000");
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.json()["error"]["code"], "ReservationOrderNotFound");
    auto anonymous = http_.send("GET", server_->url(orderPath("x") + "?" + kApiVersion));
    EXPECT_EQ(anonymous.status, 401);
    EXPECT_EQ(anonymous.json()["error"]["code"], "AuthenticationFailed");  // ARM's shape, not Partner Center's
    auto forged = http_.send("GET", server_->url(orderPath("x") + "?" + kApiVersion), {},
                             {{"Authorization", "Bearer not.a.token"}});
    EXPECT_EQ(forged.status, 401);
    EXPECT_EQ(forged.json()["error"]["code"], "InvalidAuthenticationToken");
    auto appOnly = http_.send("GET", server_->url(orderPath("x") + "?" + kApiVersion), {},
                              {{"Authorization", "Bearer " + appToken_}});
    EXPECT_EQ(appOnly.status, 404);  // an App token is enough: the order just does not exist
}

// What Azure tools ask right after a login: the subscriptions the partner's token sees, in ARM's shape.
TEST_F(AzureSurfaceTest, TheSubscriptionListHasEveryCustomersAzureSubscriptionsInArmsShape) {
    auto list = arm("GET", "/subscriptions");
    ASSERT_EQ(list.status, 200) << list.body;
    auto body = list.json();
    ASSERT_GE(body["value"].size(), 4u);
    EXPECT_EQ(body["count"]["value"], body["value"].size());
    json production;
    for (const auto& s : body["value"])
        if (s["subscriptionId"] == "a1a1a1a1-0000-4000-8000-000000000001") production = s;
    ASSERT_FALSE(production.is_null()) << list.body;
    EXPECT_EQ(production["id"], "/subscriptions/a1a1a1a1-0000-4000-8000-000000000001");
    EXPECT_EQ(production["tenantId"], "c1000000-0000-4000-8000-000000000001");  // the customer's
    EXPECT_EQ(production["managedByTenants"][0]["tenantId"], kPartnerTenant);
    EXPECT_EQ(production["state"], "Enabled");
    EXPECT_EQ(production["subscriptionPolicies"]["quotaId"], "CSP_2015-05-01");
    auto one = arm("GET", "/subscriptions/A1A1A1A1-0000-4000-8000-000000000001");
    ASSERT_EQ(one.status, 200) << one.body;
    EXPECT_EQ(one.json(), production);
    auto unknown = arm("GET", "/subscriptions/00000000-0000-4000-8000-000000000000");
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.json()["error"]["code"], "SubscriptionNotFound");
}

TEST_F(AzureSurfaceTest, TheCloudMetadataNamesThisServerForResourceManagerAndLogin) {
    for (const std::string path : {"/metadata/endpoints", "//metadata/endpoints"}) {
        auto answer = http_.send("GET", server_->url(path + "?api-version=2019-05-01"));
        ASSERT_EQ(answer.status, 200) << path << " " << answer.body;
        auto clouds = answer.json();
        ASSERT_TRUE(clouds.is_array());
        EXPECT_EQ(clouds[0]["resourceManager"], server_->url("/"));
        EXPECT_EQ(clouds[0]["authentication"]["loginEndpoint"], server_->url("/"));
        EXPECT_EQ(clouds[0]["authentication"]["audiences"][0], "https://management.core.windows.net/");
    }
    EXPECT_EQ(http_.send("GET", server_->url("/metadata/endpoints")).status, 400);
}

TEST_F(AzureSurfaceTest, TheReservationOrderAndItsReservationHaveTheArmShape) {
    const std::string orderId = buy(kProduction, "single", 2);
    auto order = arm("GET", orderPath(orderId));
    ASSERT_EQ(order.status, 200) << order.body;
    EXPECT_EQ(order.json()["id"], "/providers/Microsoft.Capacity/reservationOrders/" + orderId);
    EXPECT_EQ(order.json()["properties"]["originalQuantity"], 2);
    EXPECT_EQ(order.json()["properties"]["term"], "P1Y");

    auto list = arm("GET", orderPath(orderId) + "/reservations");
    ASSERT_EQ(list.status, 200) << list.body;
    ASSERT_EQ(list.json()["value"].size(), 1u);
    const json r = list.json()["value"][0];
    const std::string reservationId = reservationOf(orderId);
    EXPECT_EQ(r["id"], orderPath(orderId) + "/reservations/" + reservationId);
    EXPECT_EQ(r["type"], "Microsoft.Capacity/reservationOrders/reservations");
    EXPECT_EQ(r["location"], "eastus2");
    EXPECT_EQ(r["sku"]["name"], "Standard_D4s_v3");
    const json& p = r["properties"];
    EXPECT_EQ(p["quantity"], 2);
    EXPECT_EQ(p["appliedScopeType"], "Single");
    EXPECT_EQ(p["appliedScopes"], json::array({"/subscriptions/" + kProductionAzure}));
    EXPECT_EQ(p["instanceFlexibility"], "On");
    EXPECT_EQ(p["provisioningState"], "Succeeded");
    EXPECT_EQ(p["effectiveDateTime"], "2026-01-05T09:00:00.0000000Z");
    EXPECT_EQ(p["expiryDateTime"], "2027-01-05T09:00:00.0000000Z");
    EXPECT_EQ(p["term"], "P1Y");
    EXPECT_EQ(p["billingPlan"], "Upfront");
    EXPECT_EQ(p["reservedResourceType"], "VirtualMachines");
    EXPECT_TRUE(p.contains("displayName") && p.contains("splitProperties") && p.contains("mergeProperties"));

    auto one = arm("GET", orderPath(orderId) + "/reservations/" + reservationId);
    ASSERT_EQ(one.status, 200);
    EXPECT_EQ(one.json(), r);
    EXPECT_EQ(arm("GET", orderPath(orderId) + "/reservations/nope").json()["error"]["code"],
              "ReservationIdNotInReservationOrder");
}

TEST_F(AzureSurfaceTest, PatchChangesTheScopeAndRefusesWhatTheServiceRefuses) {
    const std::string orderId = buy(kProduction, "shared");
    const std::string path = orderPath(orderId) + "/reservations/" + reservationOf(orderId);
    auto single = arm("PATCH", path,
                      R"({"properties": {"appliedScopeType": "Single", "appliedScopes": ["/subscriptions/)" +
                          kProductionAzure + R"("]}})");
    ASSERT_EQ(single.status, 200) << single.body;
    EXPECT_EQ(single.json()["properties"]["appliedScopeType"], "Single");
    EXPECT_EQ(single.json()["properties"]["appliedScopeProperties"]["subscriptionId"],
              "/subscriptions/" + kProductionAzure);

    auto code = [&](const std::string& body) {
        auto r = arm("PATCH", path, body);
        EXPECT_EQ(r.status, 400) << r.body;
        return r.json()["error"]["code"].get<std::string>();
    };
    EXPECT_EQ(code(R"({"properties": {"appliedScopeType": "Single"}})"), "MissingAppliedScopesForSingle");
    EXPECT_EQ(
        code(
            R"({"properties": {"appliedScopeType": "Single", "appliedScopes": ["/subscriptions/a", "/subscriptions/b"]}})"),
        "InvalidSingleAppliedScopesCount");
    EXPECT_EQ(code(R"({"properties": {"appliedScopeType": "Single", "appliedScopes": ["/subscriptions/)" +
                   kProductionAzure + R"("]}})"),
              "AppliedScopesSameAsExisting");
    EXPECT_EQ(code(R"({"properties": {"appliedScopeType": "Single", "appliedScopes": ["/subscriptions/)" +
                   kTailspinAzure + R"("]}})"),
              "AppliedScopesNotAssociatedWithCommerceAccount");
    EXPECT_EQ(code(R"({"properties": {"instanceFlexibility": "Sometimes"}})"), "InvalidRequestContent");
    EXPECT_EQ(code(R"(not json)"), "InvalidRequestContent");

    auto shared = arm("PATCH", path, R"({"properties": {"appliedScopeType": "Shared", "displayName": "web tier"}})");
    ASSERT_EQ(shared.status, 200) << shared.body;
    EXPECT_EQ(shared.json()["properties"]["appliedScopeType"], "Shared");
    EXPECT_TRUE(shared.json()["properties"]["appliedScopes"].is_null());
    EXPECT_EQ(shared.json()["properties"]["displayName"], "web tier");
}

TEST_F(AzureSurfaceTest, SplitThenMergeRecordTheirLineage) {
    const std::string orderId = buy(kProduction, "shared", 3);
    const std::string source = orderPath(orderId) + "/reservations/" + reservationOf(orderId);
    auto bad = arm("POST", orderPath(orderId) + "/split",
                   R"({"properties": {"quantities": [1, 1], "reservationId": ")" + source + R"("}})");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.json()["error"]["code"], "InvalidRequestContent");

    auto split = arm("POST", orderPath(orderId) + "/split",
                     R"({"properties": {"quantities": [1, 2], "reservationId": ")" + source + R"("}})");
    ASSERT_EQ(split.status, 200) << split.body;
    ASSERT_EQ(split.json().size(), 3u);  // the two new reservations, then the one split
    const json first = split.json()[0], second = split.json()[1], retired = split.json()[2];
    EXPECT_EQ(first["properties"]["quantity"], 1);
    EXPECT_EQ(second["properties"]["quantity"], 2);
    EXPECT_EQ(first["properties"]["splitProperties"]["splitSource"], source);
    EXPECT_EQ(retired["properties"]["provisioningState"], "Split");
    EXPECT_EQ(retired["properties"]["splitProperties"]["splitDestinations"], json::array({first["id"], second["id"]}));
    EXPECT_EQ(first["properties"]["expiryDateTime"], retired["properties"]["expiryDateTime"]);

    auto merge = arm("POST", orderPath(orderId) + "/merge",
                     json{{"properties", {{"sources", {first["id"], second["id"]}}}}}.dump());
    ASSERT_EQ(merge.status, 200) << merge.body;
    EXPECT_EQ(merge.json()[0]["properties"]["quantity"], 3);
    EXPECT_EQ(merge.json()[0]["properties"]["mergeProperties"]["mergeSources"],
              json::array({first["id"], second["id"]}));
    EXPECT_EQ(merge.json()[1]["properties"]["provisioningState"], "Merged");
    EXPECT_EQ(merge.json()[1]["properties"]["mergeProperties"]["mergeDestination"], merge.json()[0]["id"]);
    EXPECT_EQ(arm("GET", orderPath(orderId) + "/reservations").json()["value"].size(), 4u);
}

// The walk-through: the same purchase, scoped to a subscription without matching VMs and shared.
TEST_F(AzureSurfaceTest, WalkThroughSingleScopeWithoutMatchingVmsUsesNothingSharedIsFullyUsed) {
    registerDevelopment();
    const std::string single = buy(kDevelopment, "single");  // Development runs only B-series in eastus
    const std::string shared = buy(kDevelopment, "shared");  // Production runs DSv3 in eastus2
    advanceClock("PT24H");

    auto summaries =
        arm("GET",
            orderPath(single) +
                "/providers/Microsoft.Consumption/reservationSummaries?grain=daily"
                "&$filter=properties%2FusageDate%20ge%202026-01-05%20AND%20properties%2FusageDate%20le%202026-01-06");
    ASSERT_EQ(summaries.status, 200) << summaries.body;
    ASSERT_EQ(summaries.json()["value"].size(), 2u);  // 09:00-24:00 on the 5th, 00:00-09:00 on the 6th
    const json day = summaries.json()["value"][0];
    EXPECT_EQ(day["type"], "Microsoft.Consumption/reservationSummaries");
    EXPECT_EQ(day["properties"]["usageDate"], "2026-01-05T00:00:00Z");
    EXPECT_EQ(day["properties"]["skuName"], "Standard_D4s_v3");
    EXPECT_EQ(day["properties"]["reservedHours"], 15);
    EXPECT_EQ(day["properties"]["kind"], "Reservation");

    EXPECT_EQ(dailyTotals(single), (std::pair<double, double>{24, 0}));   // 0 % used
    EXPECT_EQ(dailyTotals(shared), (std::pair<double, double>{24, 24}));  // 100 % used
    auto monthly =
        arm("GET", orderPath(shared) + "/providers/Microsoft.Consumption/reservationSummaries?grain=monthly");
    ASSERT_EQ(monthly.json()["value"].size(), 1u);
    EXPECT_EQ(monthly.json()["value"][0]["properties"]["avgUtilizationPercentage"], 100);
    EXPECT_EQ(monthly.json()["value"][0]["properties"]["usageDate"], "2026-01-01T00:00:00Z");

    // Rescoping the unused one to Shared applies from the next hour on.
    const std::string reservation = orderPath(single) + "/reservations/" + reservationOf(single);
    ASSERT_EQ(arm("PATCH", reservation, R"({"properties": {"appliedScopeType": "Shared"}})").status, 200);
    advanceClock("PT24H");
    EXPECT_EQ(dailyTotals(single), (std::pair<double, double>{48, 24}));

    // Who got the discount: the shared reservations covered Production's VMs in eastus2.
    auto details = arm("GET", orderPath(shared) +
                                  "/providers/Microsoft.Consumption/reservationDetails"
                                  "?$filter=properties/usageDate eq 2026-01-06");
    ASSERT_EQ(details.status, 200) << details.body;
    double usedHours = 0;
    const auto detailsBody = details.json();
    for (const auto& row : detailsBody["value"]) {
        EXPECT_NE(row["properties"]["instanceId"].get<std::string>().find("/subscriptions/" + kProductionAzure + "/"),
                  std::string::npos);
        usedHours += row["properties"]["usedHours"].get<double>() *
                     row["properties"]["instanceFlexibilityRatio"].get<double>() / 4;
    }
    EXPECT_DOUBLE_EQ(usedHours, 24);  // in D4s_v3 hours: the whole day
}

TEST_F(AzureSurfaceTest, CoverageReportAndVmRoutesLetATestChangeUsage) {
    const std::string vms = "/_pcsim/customers/" + kFabrikam + "/subscriptions/" + kProduction + "/vms";
    auto list = control("GET", vms);
    ASSERT_EQ(list.status, 200) << list.body;
    EXPECT_EQ(list.json()["totalCount"], 4);
    EXPECT_EQ(list.json()["items"][2]["hours"], "08:00-18:00");

    // Replace all DSv3 usage in eastus2 with one D2s_v3, then buy a shared D4s_v3: half of it is used.
    for (const char* id : {"web-01", "api-01", "batch-01"}) ASSERT_EQ(control("DELETE", vms + "/" + id).status, 204);
    auto added =
        control("POST", vms, R"({"id": "solo", "resourceGroup": "rg-solo", "region": "eastus2", "size": "d2s_v3"})");
    ASSERT_EQ(added.status, 201) << added.body;
    EXPECT_EQ(added.json()["size"], "Standard_D2s_v3");
    EXPECT_EQ(control("POST", vms, R"({"region": "eastus2", "size": "Standard_F2"})").status, 400);
    EXPECT_EQ(control("POST", vms, R"({"region": "eastus2", "size": "Standard_D2s_v3", "colour": "red"})").status, 400);
    EXPECT_EQ(control("DELETE", vms + "/nope").status, 404);
    EXPECT_EQ(control("PATCH", vms + "/solo", R"({"count": 0})").status, 400);
    EXPECT_EQ(control("PATCH", vms + "/solo", R"({"hours": "25:00-26:00"})").status, 400);

    const std::string orderId = buy(kProduction, "shared");
    advanceClock("PT2H");
    auto patched = control("PATCH", vms + "/solo", R"({"count": 2})");
    ASSERT_EQ(patched.status, 200) << patched.body;
    advanceClock("PT1H");

    auto report = control("GET", "/_pcsim/customers/" + kFabrikam + "/coverage?grain=hour&from=2026-01-05T09:00:00Z");
    ASSERT_EQ(report.status, 200) << report.body;
    std::vector<double> soloCovered;
    const auto reportBody = report.json();
    for (const auto& row : reportBody["rows"])
        if (row["vmId"] == "solo") {
            soloCovered.push_back(row["coveredUnits"]);
            EXPECT_EQ(row["payAsYouGoUnits"], 0);
            if (!row["coveredBy"].empty()) {
                EXPECT_EQ(row["coveredBy"][0]["reservationOrderId"], orderId);
            }
        }
    EXPECT_EQ(soloCovered, (std::vector<double>{2, 2, 4}));  // two D2s_v3 from the third hour on
    auto day = control("GET", "/_pcsim/customers/" + kFabrikam + "/coverage");
    ASSERT_EQ(day.status, 200);
    EXPECT_EQ(day.json()["grain"], "day");
    EXPECT_EQ(control("GET", "/_pcsim/customers/nobody/coverage").status, 404);
}

TEST_F(AzureSurfaceTest, RecommendationsForASubscriptionAndForTheCustomer) {
    auto single = arm("GET", "/subscriptions/" + kProductionAzure +
                                 "/providers/Microsoft.Consumption/reservationRecommendations"
                                 "?$filter=properties/scope eq 'Single' and properties/lookBackPeriod eq 'Last7Days'");
    ASSERT_EQ(single.status, 200) << single.body;
    bool dsv3 = false;
    const auto singleBody = single.json();
    for (const auto& r : singleBody["value"]) {
        EXPECT_EQ(r["kind"], "legacy");
        EXPECT_EQ(r["properties"]["scope"], "Single");
        EXPECT_EQ(r["properties"]["subscriptionId"], kProductionAzure);
        if (r["location"] == "eastus2" && r["properties"]["instanceFlexibilityGroup"] == "DSv3 Series") {
            dsv3 = true;
            // web-01 (3 x D2s_v3) and api-01 (2 x D4s_v3) run all day: 14 units = 7 x D2s_v3; the
            // D8s_v3 running 10 h a day does not pay for more.
            EXPECT_EQ(r["sku"], "Standard_D2s_v3");
            EXPECT_EQ(r["properties"]["recommendedQuantity"], 7);
            EXPECT_GT(r["properties"]["netSavings"].get<double>(), 0);
        }
    }
    EXPECT_TRUE(dsv3) << single.body;
    auto shared = arm("GET", "/providers/Microsoft.Billing/billingAccounts/any/customers/" + kFabrikam +
                                 "/providers/Microsoft.Consumption/reservationRecommendations"
                                 "?$filter=properties/scope eq 'Shared' and properties/term eq 'P3Y'");
    ASSERT_EQ(shared.status, 200) << shared.body;
    const auto sharedBody = shared.json();
    ASSERT_FALSE(sharedBody["value"].empty()) << shared.body;
    for (const auto& r : sharedBody["value"]) {
        EXPECT_EQ(r["properties"]["scope"], "Shared");
        EXPECT_EQ(r["properties"]["term"], "P3Y");
    }
    EXPECT_EQ(arm("GET", "/subscriptions/nope/providers/Microsoft.Consumption/reservationRecommendations").status, 404);
    EXPECT_EQ(arm("GET", "/subscriptions/" + kProductionAzure +
                             "/providers/Microsoft.Consumption/"
                             "reservationRecommendations?$filter=properties/lookBackPeriod eq 'Last9Days'")
                  .status,
              400);
}

}  // namespace
}  // namespace pcsim::testing
