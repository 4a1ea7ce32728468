// The suite runner's cost: N cases (default 1,000) of a typical 8-step purchase suite run with
// --jobs J (default 2), each case in its own sandbox, against a pcsim in this process — and, as the
// reference measured in the same run, the very same HTTP requests (token, 8 steps, sandbox delete)
// sent by a plain loop on as many threads, with no suite file, variables or assertions. The
// difference is what the runner itself costs.
//
//   bench_suites [CASES] [JOBS]
#include <curl/curl.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "http/app.hpp"
#include "http/server.hpp"
#include "scenario/loader.hpp"
#include "suite/http_client.hpp"
#include "suite/plan.hpp"

namespace {

using Clock = std::chrono::steady_clock;
namespace suite = pcsim::suite;

const std::string kCustomer = "c1000000-0000-4000-8000-000000000001";
const std::string kSubscription = "A1000000-0000-4000-8000-000000000001";
const std::string kItem = "DZH318Z0BQ3Q:00G1:DZH318XZXK7M";
const std::string kTenant = "7c1e2d3f-0000-4000-8000-000000000001";
const std::string kTokenForm =
    "grant_type=client_credentials&client_id=0a0a0a0a-0000-4000-8000-00000000000a&client_secret=dev-secret-1"
    "&resource=https%3A%2F%2Fapi.partnercenter.microsoft.com";

const std::string kCase = R"(
  - name: buy NUMBER
    steps:
      - request: { path: "/v1/customers/${customer}" }
        expect: { json: { id: "${customer}" } }
      - request: { path: /v1/products/DZH318Z0BQ3Q/skus/00G1/availabilities, query: { country: US } }
        expect: { json: { items.*.catalogItemId: { contains: "${item}" } } }
      - request: { method: POST, path: "${carts}", body: { lineItems: [ "${line}" ] } }
        expect: { status: 201, json: { lineItems.0.error: { absent: true } } }
        save: { cartId: id }
      - request: { path: "${carts}/${cartId}" }
        expect: { json: { status: Active } }
      - request: { method: POST, path: "${carts}/${cartId}/checkout" }
        expect: { status: 201, json: { orders: { length: 1 } } }
        save: { orderId: orders.0.id }
      - request: { path: "/v1/customers/${customer}/orders/${orderId}" }
        expect: { json: { status: completed } }
      - request: { path: "/v1/customers/${customer}/orders" }
        expect: { json: { totalCount: 1 } }
      - request: { path: "/v1/customers/${customer}/subscriptions" }
        expect: { json: { totalCount: 2 } }
)";

std::string suiteText(int cases) {
    std::string text = "pcsim-suite: 1\nname: bench\nscenario: " + std::string(PCSIM_DEFAULT_SCENARIO) +
                       "\nvariables:\n  customer: " + kCustomer + "\n  item: " + kItem +
                       "\n  carts: /v1/customers/${customer}/carts\n  line:\n    catalogItemId: ${item}\n"
                       "    quantity: 1\n    billingCycle: one_time\n    termDuration: P1Y\n"
                       "    provisioningContext: { subscriptionId: " +
                       kSubscription + ", scope: shared }\ncases:";
    for (int i = 1; i <= cases; ++i) {
        std::string one = kCase;
        one.replace(one.find("NUMBER"), 6, std::to_string(i));
        text += one;
    }
    return text;
}

double seconds(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// The runner's traffic, by hand: what each case sends, with only the parsing it cannot do without.
bool plainCase(suite::HttpClient& http, const std::string& server, const std::string& sandbox) {
    const std::string base = server + "/_sandbox/" + sandbox;
    auto send = [&](const char* method, const std::string& url, std::string body = {},
                    std::vector<std::pair<std::string, std::string>> headers = {}) {
        suite::HttpCall call;
        call.method = method;
        call.url = url;
        call.body = std::move(body);
        call.headers = std::move(headers);
        return http.send(call);
    };
    auto token = send("POST", base + "/" + kTenant + "/oauth2/token", kTokenForm,
                      {{"Content-Type", "application/x-www-form-urlencoded"}});
    if (token.status != 200) return false;
    const std::vector<std::pair<std::string, std::string>> auth = {
        {"Authorization", "Bearer " + nlohmann::json::parse(token.body)["access_token"].get<std::string>()},
        {"Accept", "application/json"}};
    auto withJson = auth;
    withJson.emplace_back("Content-Type", "application/json");
    const std::string carts = base + "/v1/customers/" + kCustomer + "/carts";
    const std::string line =
        R"({"lineItems":[{"catalogItemId":")" + kItem +
        R"(","quantity":1,"billingCycle":"one_time","termDuration":"P1Y","provisioningContext":{"subscriptionId":")" +
        kSubscription + R"(","scope":"shared"}}]})";
    bool ok = send("GET", base + "/v1/customers/" + kCustomer, {}, auth).status == 200;
    ok = ok &&
         send("GET", base + "/v1/products/DZH318Z0BQ3Q/skus/00G1/availabilities?country=US", {}, auth).status == 200;
    auto cart = send("POST", carts, line, withJson);
    if (!ok || cart.status != 201) return false;
    const std::string cartId = nlohmann::json::parse(cart.body)["id"];
    ok = send("GET", carts + "/" + cartId, {}, auth).status == 200;
    auto checkout = send("POST", carts + "/" + cartId + "/checkout", {}, auth);
    if (!ok || checkout.status != 201) return false;
    const std::string orderId = nlohmann::json::parse(checkout.body)["orders"][0]["id"];
    ok = send("GET", base + "/v1/customers/" + kCustomer + "/orders/" + orderId, {}, auth).status == 200;
    ok = ok && send("GET", base + "/v1/customers/" + kCustomer + "/orders", {}, auth).status == 200;
    ok = ok && send("GET", base + "/v1/customers/" + kCustomer + "/subscriptions", {}, auth).status == 200;
    send("DELETE", server + "/_pcsim/sandboxes/" + sandbox);
    return ok;
}

}  // namespace

int main(int argc, char** argv) {
    const int cases = argc > 1 ? std::stoi(argv[1]) : 1000;
    const int jobs = argc > 2 ? std::stoi(argv[2]) : 2;
    curl_global_init(CURL_GLOBAL_DEFAULT);

    auto loaded = pcsim::scenario::loadScenarioFile(PCSIM_DEFAULT_SCENARIO);
    pcsim::http::App app(loaded.scenario);
    pcsim::http::ServerOptions serverOptions;
    serverOptions.port = 0;
    serverOptions.threads = std::max(2, jobs);
    pcsim::http::Server server(app, serverOptions);
    server.start();

    const auto file = std::filesystem::temp_directory_path() / "pcsim-bench-suite.yaml";
    std::ofstream(file) << suiteText(cases);

    // The runner, as `pcsim run FILE --jobs J` does it: load, settle the scenario, run.
    const auto runStart = Clock::now();
    auto suites = suite::loadSuites({file.string()}, std::nullopt);
    if (!suites.ok()) {
        for (const auto& problem : suites.problems) std::fprintf(stderr, "%s\n", problem.toString().c_str());
        return 2;
    }
    const double loadSeconds = seconds(runStart);
    suite::settleScenarios(suites, *suite::firstNamedScenario(suites), std::nullopt);
    suite::RunOptions options;
    options.serverUrl = server.baseUrl();
    options.jobs = jobs;
    options.bundleDir = (std::filesystem::temp_directory_path() / "pcsim-bench-bundles").string();
    auto result = suite::runSuites(suites.suites, options);
    const double runnerSeconds = seconds(runStart);

    // The reference: the same requests from a plain loop on as many threads.
    std::atomic<int> next{0}, plainFailures{0};
    const auto plainStart = Clock::now();
    {
        std::vector<std::jthread> threads;
        for (int t = 0; t < jobs; ++t)
            threads.emplace_back([&] {
                suite::HttpClient http;
                for (int i = next++; i < cases; i = next++)
                    if (!plainCase(http, server.baseUrl(), "plain-" + std::to_string(i))) ++plainFailures;
            });
    }
    const double plainSeconds = seconds(plainStart);
    server.stop();
    std::filesystem::remove(file);

    const int failed = result.count(suite::Verdict::failed);
    std::printf(
        "suites     pcsim run: %d cases x 8 steps, --jobs %d   %6.2f s  (%.0f cases/s, %d failed; loading the file "
        "%.2f s)"
        "   target <= 10 s\n",
        cases, jobs, runnerSeconds, cases / runnerSeconds, failed, loadSeconds);
    std::printf("reference  the same requests, plain loop, %d threads   %6.2f s  (%d failed)   runner/plain %.2f\n",
                jobs, plainSeconds, plainFailures.load(), runnerSeconds / plainSeconds);
    curl_global_cleanup();
    return failed == 0 && plainFailures == 0 ? 0 : 1;
}
