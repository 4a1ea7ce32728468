// Purchase flows per second against a running pcsim: each flow creates a one-line cart and checks
// it out (two requests), on keep-alive connections, from N threads for a fixed time. As a reference
// in the same run it also measures plain GET /_pcsim/health round trips with the same client, so the
// flow rate can be read as a ratio against the server's floor cost per request. Given the server's
// pid, it also reads the server's CPU time (utime + stime, /proc/PID/stat) around each phase and
// prints it per flow next to the same per health request.
//
//   bench_flows BASE_URL TENANT CLIENT_ID CLIENT_SECRET CUSTOMER CATALOG_ITEM SUBSCRIPTION TERM [THREADS] [SECONDS]
//               [SERVER_PID]
#include <curl/curl.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include <unistd.h>

#include "proc_status.hpp"

namespace {

size_t collect(char* data, size_t size, size_t count, void* out) {
    static_cast<std::string*>(out)->append(data, size * count);
    return size * count;
}

struct Client {
    CURL* curl = curl_easy_init();
    ~Client() { curl_easy_cleanup(curl); }

    long send(const char* method, const std::string& url, const std::string& body, const std::string& token,
              std::string& response) {
        response.clear();
        curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, long(body.size()));
        if (std::string(method) == "GET") curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
        curl_slist* headers = nullptr;
        headers = curl_slist_append(headers, "Content-Type: application/json");
        if (!token.empty()) headers = curl_slist_append(headers, ("Authorization: Bearer " + token).c_str());
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response);
        long status = 0;
        if (curl_easy_perform(curl) == CURLE_OK) curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        curl_slist_free_all(headers);
        return status;
    }
};

// The CPU time a process has used so far, in microseconds (utime + stime: fields 14 and 15 of
// /proc/PID/stat, counted after the parenthesised command name, which may hold spaces).
long long cpuMicros(long pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::istringstream fields(stat.substr(stat.rfind(')') + 2));
    std::string field;
    for (int i = 3; i < 14; ++i) fields >> field;  // state .. cmajflt
    long long utime = 0, stime = 0;
    fields >> utime >> stime;
    return (utime + stime) * 1000000 / sysconf(_SC_CLK_TCK);
}

struct Phase {
    double perSecond = 0;
    long long done = 0;
    long long serverCpuMicros = 0;  // 0 without a server pid
};

template <class Work>
Phase rate(int threads, double seconds, long serverPid, Work work, std::atomic<long>& failures) {
    std::atomic<long> done{0};
    std::atomic<bool> stop{false};
    std::vector<std::thread> workers;
    const long long cpuBefore = serverPid ? cpuMicros(serverPid) : 0;
    auto start = std::chrono::steady_clock::now();
    for (int t = 0; t < threads; ++t)
        workers.emplace_back([&] {
            Client client;
            std::string scratch;
            while (!stop.load(std::memory_order_relaxed)) {
                if (work(client, scratch)) done.fetch_add(1, std::memory_order_relaxed);
                else failures.fetch_add(1, std::memory_order_relaxed);
            }
        });
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    stop = true;
    for (auto& w : workers) w.join();
    double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return {double(done.load()) / elapsed, done.load(), serverPid ? cpuMicros(serverPid) - cpuBefore : 0};
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 9) {
        std::cerr
            << "usage: bench_flows BASE_URL TENANT CLIENT_ID CLIENT_SECRET CUSTOMER CATALOG_ITEM SUBSCRIPTION TERM "
               "[THREADS] [SECONDS] [SERVER_PID]\n";
        return 2;
    }
    std::string base = argv[1], tenant = argv[2], clientId = argv[3], secret = argv[4], customer = argv[5],
                item = argv[6], subscription = argv[7], term = argv[8];
    int threads = argc > 9 ? std::stoi(argv[9]) : 4;
    double seconds = argc > 10 ? std::stod(argv[10]) : 5;
    const long serverPid = argc > 11 ? std::stol(argv[11]) : 0;
    curl_global_init(CURL_GLOBAL_DEFAULT);

    Client setup;
    std::string response;
    setup.send("POST", base + "/" + tenant + "/oauth2/token",
               "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret, "", response);
    std::string token = nlohmann::json::parse(response).at("access_token");

    // Realtime clocks would expire the 1-hour token only in long runs; carts live 7 days.
    const std::string cart =
        nlohmann::json{{"lineItems",
                        {{{"catalogItemId", item},
                          {"quantity", 1},
                          {"billingCycle", "one_time"},
                          {"termDuration", term},
                          {"provisioningContext", {{"subscriptionId", subscription}, {"scope", "shared"}}}}}}}
            .dump();
    const std::string carts = base + "/v1/customers/" + customer + "/carts";

    std::atomic<long> healthFailures{0}, flowFailures{0};
    const Phase health = rate(
        threads, seconds, serverPid,
        [&](Client& c, std::string& r) { return c.send("GET", base + "/_pcsim/health", "", "", r) == 200; },
        healthFailures);
    // Read after the health phase, so that only the flows' growth counts per flow.
    const long rssBefore = serverPid ? pcsim::bench::procStatusKb(std::to_string(serverPid), "VmRSS") : 0;
    const Phase flows = rate(
        threads, seconds, serverPid,
        [&](Client& c, std::string& r) {
            if (c.send("POST", carts, cart, token, r) != 201) return false;
            std::string id = nlohmann::json::parse(r).at("id");
            return c.send("POST", carts + "/" + id + "/checkout", "", token, r) == 201;
        },
        flowFailures);

    std::printf("reference  GET /_pcsim/health       %9.0f req/s  (%d threads, keep-alive)\n", health.perSecond,
                threads);
    std::printf(
        "pcsim      cart+checkout flows       %9.0f flows/s = %.0f req/s  (%.2f x the reference's request rate)\n",
        flows.perSecond, 2 * flows.perSecond, 2 * flows.perSecond / health.perSecond);
    if (serverPid && health.done && flows.done)
        std::printf("server CPU per flow %.0f us  (per health request %.0f us)\n",
                    double(flows.serverCpuMicros) / double(flows.done),
                    double(health.serverCpuMicros) / double(health.done));
    // Every flow leaves a cart, an order and reservations in the world: memory grows with every flow by
    // design. Only its entry in the sandbox's operation log stops at --operation-log-size.
    if (serverPid && flows.done) {
        const long rssAfter = pcsim::bench::procStatusKb(std::to_string(serverPid), "VmRSS");
        std::printf("server RSS %.1f MB before, %.1f MB after %lld flows  (%.2f kB per flow)\n", rssBefore / 1024.0,
                    rssAfter / 1024.0, flows.done, double(rssAfter - rssBefore) / double(flows.done));
    }
    std::printf("failures   health %ld, flows %ld\n", healthFailures.load(), flowFailures.load());
    curl_global_cleanup();
    return flowFailures.load() == 0 ? 0 : 1;
}
