// Who may use the control plane: loopback clients, or anyone with `--admin-token`; in every sandbox
// and on every harness route. The Partner Center surface of a sandbox stays open to remote clients.
#include <thread>

#include "harness_fixture.hpp"

namespace pcsim::testing {
namespace {

http::HttpResponse fromRemote(http::App& app, const std::string& method, const std::string& target,
                              std::map<std::string, std::string> headers = {}, const std::string& body = {}) {
    auto request = http::makeRequest(method, target, body, std::move(headers));
    request.remoteAddress = "192.0.2.10";
    return app.handle(request);
}

const std::vector<std::pair<std::string, std::string>> kControlRoutes = {
    {"GET", "/_pcsim/health"},         {"GET", "/_pcsim/scenario"},    {"PUT", "/_pcsim/scenario"},
    {"POST", "/_pcsim/reset"},         {"GET", "/_pcsim/faults"},      {"POST", "/_pcsim/faults"},
    {"DELETE", "/_pcsim/faults"},      {"DELETE", "/_pcsim/faults/x"}, {"GET", "/_pcsim/journal"},
    {"DELETE", "/_pcsim/journal"},     {"POST", "/_pcsim/verify"},     {"GET", "/_pcsim/invariants"},
    {"GET", "/_pcsim/bundle"},         {"POST", "/_pcsim/bundle"},     {"GET", "/_pcsim/sandboxes"},
    {"DELETE", "/_pcsim/sandboxes/x"}, {"GET", "/_pcsim/clock"},       {"POST", "/_pcsim/clock"},
    {"GET", "/_pcsim/no-such-route"}};

TEST(ControlAccess, RemoteClientsAreRefusedEverywhereWithoutTheAdminToken) {
    InProcessApp pcsim;
    for (const auto& [method, path] : kControlRoutes)
        for (const std::string prefix : {"", "/_sandbox/remote"}) {
            auto r = fromRemote(pcsim.app(), method, prefix + path);
            EXPECT_EQ(r.status, 403) << method << " " << prefix << path;
            EXPECT_EQ(InProcessApp::json(r)["code"], 2032) << method << " " << prefix << path;
        }
    auto viaHeader = fromRemote(pcsim.app(), "GET", "/_pcsim/journal", {{"X-PCSim-Sandbox", "remote"}});
    EXPECT_EQ(viaHeader.status, 403);
    // The Partner Center surface of a sandbox is not the control plane.
    EXPECT_EQ(fromRemote(pcsim.app(), "GET", "/_sandbox/remote/v1/customers").status, 401);
}

TEST(ControlAccess, TheAdminTokenOpensEveryRoute) {
    http::AppOptions options;
    options.adminToken = "let-me-in";
    InProcessApp pcsim(options);
    const std::map<std::string, std::string> admin = {{"Authorization", "Bearer let-me-in"}};
    EXPECT_EQ(fromRemote(pcsim.app(), "GET", "/_sandbox/remote/_pcsim/journal", admin).status, 200);
    EXPECT_EQ(fromRemote(pcsim.app(), "GET", "/_pcsim/sandboxes", admin).status, 200);
    EXPECT_EQ(fromRemote(pcsim.app(), "POST", "/_sandbox/remote/_pcsim/verify", admin, R"({"count": 0})").status, 200);
    EXPECT_EQ(fromRemote(pcsim.app(), "GET", "/_sandbox/remote/_pcsim/bundle", admin).status, 200);
    EXPECT_EQ(fromRemote(pcsim.app(), "GET", "/_sandbox/remote/_pcsim/invariants", {{"Authorization", "Bearer wrong"}})
                  .status,
              403);
    // Loopback clients need no token.
    EXPECT_EQ(pcsim.send("GET", "/_sandbox/remote/_pcsim/invariants").status, 200);
}

TEST(ControlAccess, ParallelClientsInTheirOwnSandboxesNeverSeeEachOther) {
    InProcessApp pcsim;
    constexpr int kClients = 6, kPurchases = 8;
    std::vector<std::thread> clients;
    for (int c = 0; c < kClients; ++c)
        clients.emplace_back([&pcsim, c] {
            const std::string prefix = "/_sandbox/job-" + std::to_string(c);
            auto token = pcsim.appToken(prefix);
            for (int i = 0; i < kPurchases; ++i) pcsim.buy(prefix, token, 1 + c);
        });
    for (auto& client : clients) client.join();
    for (int c = 0; c < kClients; ++c) {
        const std::string prefix = "/_sandbox/job-" + std::to_string(c);
        auto orders = InProcessApp::json(
            pcsim.call("GET", prefix + "/v1/customers/" + kCustomer + "/orders", pcsim.appToken(prefix)));
        EXPECT_EQ(orders["totalCount"], kPurchases) << prefix;
        for (const auto& order : orders["items"]) EXPECT_EQ(order["lineItems"][0]["quantity"], 1 + c) << prefix;
        auto verified =
            InProcessApp::json(pcsim.send("POST", prefix + "/_pcsim/verify",
                                          R"({"request": {"path": "/v1/customers/*/carts/*/checkout"}, "count": 8})"));
        EXPECT_TRUE(verified["ok"]) << prefix << " " << verified.dump();
        EXPECT_TRUE(InProcessApp::json(pcsim.send("GET", prefix + "/_pcsim/invariants"))["ok"]) << prefix;
    }
}

}  // namespace
}  // namespace pcsim::testing
