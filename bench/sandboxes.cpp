// bench_sandboxes — what sandboxes cost, measured on the App itself (App::handle, no sockets, so the
// figures are the server's and not a client's):
//   1. memory: RSS of N live sandboxes of a scenario, each after a purchase, a day of reservation
//      engine and a few reads (target for 200 of scenarios/default.yaml: <= 500 MB);
//   2. churn: a sandbox per test case — load the scenario text into a new sandbox, one request, drop
//      it — per case, the runner's overhead (target: 1,000 cases of a suite in <= 10 s), next to the
//      same one request on an existing sandbox (the reference, same run);
//   3. soak: M requests into one sandbox; the journal must stay at its bound (size, dropped, RSS
//      after, against the same before the soak: its own reference).
//
//   bench_sandboxes [SCENARIO] [SANDBOXES=200] [SOAK_REQUESTS=1000000] [JOURNAL_SIZE=1000]
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "http/app.hpp"
#include "scenario/loader.hpp"

#include "proc_status.hpp"

namespace {

using namespace pcsim;
using Clock = std::chrono::steady_clock;

// The default scenario's partner, customer and a purchasable SKU.
const std::string kTenant = "7c1e2d3f-0000-4000-8000-000000000001";
const std::string kCustomer = "c1000000-0000-4000-8000-000000000001";
const std::string kSubscription = "A1000000-0000-4000-8000-000000000001";
const std::string kCatalogItem = "DZH318Z0BQ3Q:00G1:DZH318XZXK7M";

long rssKb() { return pcsim::bench::procStatusKb("self", "VmRSS"); }

double mb(long kb) { return double(kb) / 1024.0; }

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

class Client {
public:
    explicit Client(http::App& app) : app_(app) {}

    http::HttpResponse send(const std::string& method, const std::string& target, const std::string& body = {},
                            std::map<std::string, std::string> headers = {}) {
        return app_.handle(http::makeRequest(method, target, body, std::move(headers)));
    }

    std::string token(const std::string& prefix) {
        auto r = send(
            "POST", prefix + "/" + kTenant + "/oauth2/token",
            "grant_type=client_credentials&client_id=0a0a0a0a-0000-4000-8000-00000000000a&client_secret=dev-secret-1",
            {{"Content-Type", "application/x-www-form-urlencoded"}});
        return nlohmann::json::parse(r.body).value("access_token", "");
    }

    http::HttpResponse call(const std::string& method, const std::string& target, const std::string& token,
                            const std::string& body = {}) {
        return send(method, target, body, {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}});
    }

    // A purchase, a day of engine, and the reads a test would do.
    bool liveCase(const std::string& prefix) {
        auto t = token(prefix);
        nlohmann::json line = {{"catalogItemId", kCatalogItem},
                               {"quantity", 2},
                               {"billingCycle", "one_time"},
                               {"termDuration", "P1Y"},
                               {"provisioningContext", {{"subscriptionId", kSubscription}, {"scope", "shared"}}}};
        auto cart = call("POST", prefix + "/v1/customers/" + kCustomer + "/carts", t,
                         nlohmann::json{{"lineItems", {line}}}.dump());
        if (cart.status != 201) return false;
        auto cartId = nlohmann::json::parse(cart.body).value("id", "");
        if (call("POST", prefix + "/v1/customers/" + kCustomer + "/carts/" + cartId + "/checkout", t).status != 201)
            return false;
        call("GET", prefix + "/v1/customers/" + kCustomer + "/orders", t);
        call("GET", prefix + "/v1/customers", t);
        if (send("POST", prefix + "/_pcsim/clock", R"({"advance":"PT24H"})").status != 200) return false;
        return send("GET", prefix + "/_pcsim/customers/" + kCustomer + "/coverage").status == 200;
    }

private:
    http::App& app_;
};

}  // namespace

int main(int argc, char** argv) {
    const std::string scenarioFile = argc > 1 ? argv[1] : PCSIM_DEFAULT_SCENARIO;
    const int sandboxes = argc > 2 ? std::stoi(argv[2]) : 200;
    const long soakRequests = argc > 3 ? std::stol(argv[3]) : 1'000'000;
    const std::size_t journalSize = argc > 4 ? std::stoul(argv[4]) : 1000;

    auto loaded = scenario::loadScenarioFile(scenarioFile);
    if (!loaded) {
        std::fprintf(stderr, "%s\n", loaded.diagnostics.front().toString().c_str());
        return 1;
    }
    http::AppOptions options;
    options.journalSize = journalSize;
    options.maxSandboxes = std::size_t(sandboxes) + 16;
    http::App app(loaded.scenario, options);
    Client client(app);
    std::printf("pcsim sandboxes benchmark (scenario %s, in process)\n", loaded.scenario->name.c_str());

    // 1. Memory of live sandboxes.
    const long before = rssKb();
    auto start = Clock::now();
    for (int i = 0; i < sandboxes; ++i)
        if (!client.liveCase("/_sandbox/live-" + std::to_string(i))) {
            std::fprintf(stderr, "the purchase flow failed in sandbox live-%d\n", i);
            return 1;
        }
    const double liveSeconds = secondsSince(start);
    const long after = rssKb();
    std::printf(
        "memory   %d live sandboxes (%zu in the server): RSS %.1f MB -> %.1f MB, +%.1f MB (%.3f MB each), "
        "built in %.2f s   (target <= 500 MB)\n",
        sandboxes, app.sandboxes().size(), mb(before), mb(after), mb(after - before), mb(after - before) / sandboxes,
        liveSeconds);

    // 2. A sandbox per test case: load the scenario text, one request, drop it.
    std::ifstream in(scenarioFile);
    std::ostringstream text;
    text << in.rdbuf();
    const int cases = 1000;
    start = Clock::now();
    for (int i = 0; i < cases; ++i) {
        const std::string prefix = "/_sandbox/case-" + std::to_string(i);
        if (client.send("PUT", prefix + "/_pcsim/scenario", text.str()).status != 200) return 1;
        client.send("GET", prefix + "/_pcsim/health");
        client.send("DELETE", "/_pcsim/sandboxes/case-" + std::to_string(i));
    }
    const double churnSeconds = secondsSince(start);
    start = Clock::now();
    for (int i = 0; i < cases; ++i) client.send("GET", "/_sandbox/live-0/_pcsim/health");
    const double requestSeconds = secondsSince(start);
    std::printf(
        "churn    %d cases (PUT scenario, 1 request, DELETE): %.3f s, %.0f us per case, %zu parse(s)"
        "   (the request alone, existing sandbox: %.1f us)\n",
        cases, churnSeconds, churnSeconds / cases * 1e6, app.scenarios().parses(), requestSeconds / cases * 1e6);

    // 3. Journal soak.
    const std::string prefix = "/_sandbox/soak";
    auto t = client.token(prefix);
    const std::string target = prefix + "/v1/customers/" + kCustomer + "/subscriptions";
    for (std::size_t i = 0; i < 2 * journalSize + 10; ++i) client.call("GET", target, t);  // the journal is full
    auto sandbox = app.sandboxes().find("soak");
    const auto& journal = sandbox->current()->journal;
    const long soakBefore = rssKb();
    std::printf("soak     before: journal %zu / %zu entries, dropped %llu, RSS %.1f MB\n", journal.size(),
                journal.capacity(), (unsigned long long)journal.dropped(), mb(soakBefore));
    start = Clock::now();
    for (long i = 0; i < soakRequests; ++i) {
        auto r = client.call("GET", target, t);
        if (r.status != 200) {
            std::fprintf(stderr, "request %ld answered %d\n", i, r.status);
            return 1;
        }
        if (i % 100'000 == 99'999) std::fprintf(stderr, "  %ld requests, journal %zu\n", i + 1, journal.size());
    }
    const double soakSeconds = secondsSince(start);
    const long soakAfter = rssKb();
    std::printf(
        "soak     after %ld requests (%.1f s, %.0f req/s): journal %zu / %zu entries, dropped %llu, RSS %.1f MB"
        " (%+.1f MB)\n",
        soakRequests, soakSeconds, double(soakRequests) / soakSeconds, journal.size(), journal.capacity(),
        (unsigned long long)journal.dropped(), mb(soakAfter), mb(soakAfter - soakBefore));
    return journal.size() == journal.capacity() ? 0 : 1;
}
