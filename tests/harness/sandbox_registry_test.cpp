// The sandbox registry's bounds: idle sandboxes are dropped, the count is bounded (the least
// recently used idle one makes room, 503 when none can), `default` is never dropped. Idle time is
// measured on a clock the tests move by hand, so nothing sleeps.
#include <atomic>

#include "harness_fixture.hpp"

namespace pcsim::testing {
namespace {

// A steady clock that moves only when told.
struct ManualClock {
    std::shared_ptr<std::atomic<std::int64_t>> seconds = std::make_shared<std::atomic<std::int64_t>>(1'000'000);
    http::IdleClock clock() const {
        return [s = seconds] { return std::chrono::steady_clock::time_point{std::chrono::seconds{s->load()}}; };
    }
    void advance(std::int64_t by) { *seconds += by; }
};

http::AppOptions limited(const ManualClock& clock, std::size_t maxSandboxes, int idleSeconds) {
    http::AppOptions options;
    options.maxSandboxes = maxSandboxes;
    options.sandboxIdle = std::chrono::seconds(idleSeconds);
    options.idleClock = clock.clock();
    return options;
}

std::vector<std::string> names(InProcessApp& pcsim) {
    auto list = InProcessApp::json(pcsim.send("GET", "/_pcsim/sandboxes"));
    std::vector<std::string> out;
    for (const auto& item : list["items"]) out.push_back(item["name"]);
    return out;
}

TEST(SandboxRegistry, IdleSandboxesAreDroppedButNotTheDefault) {
    ManualClock clock;
    InProcessApp pcsim(limited(clock, 10, 60));
    pcsim.send("GET", "/_sandbox/old/_pcsim/health");
    clock.advance(50);
    pcsim.send("GET", "/_sandbox/recent/_pcsim/health");
    clock.advance(20);  // `old` idle 70 s, `recent` 20 s, `default` idle since the start
    EXPECT_EQ(names(pcsim), (std::vector<std::string>{"default", "recent"}));
    clock.advance(100);
    EXPECT_EQ(names(pcsim), (std::vector<std::string>{"default"}));
}

TEST(SandboxRegistry, AnIdleSandboxComesBackFreshOnItsNextUse) {
    ManualClock clock;
    InProcessApp pcsim(limited(clock, 10, 60));
    ASSERT_EQ(pcsim.send("POST", "/_sandbox/a/_pcsim/clock", R"({"advance":"PT5H"})").status, 200);
    clock.advance(61);
    pcsim.app().sandboxes().dropIdle();
    auto now = InProcessApp::json(pcsim.send("GET", "/_sandbox/a/_pcsim/clock"))["now"];
    EXPECT_EQ(now, "2026-03-02T10:00:00.0000000Z");
}

TEST(SandboxRegistry, TheLeastRecentlyUsedMakesRoomForANewOne) {
    ManualClock clock;
    InProcessApp pcsim(limited(clock, 3, 3600));  // default + 2
    pcsim.send("GET", "/_sandbox/first/_pcsim/health");
    clock.advance(1);
    pcsim.send("GET", "/_sandbox/second/_pcsim/health");
    clock.advance(1);
    pcsim.send("GET", "/_sandbox/first/_pcsim/health");  // `second` is now the least recently used
    clock.advance(1);
    EXPECT_EQ(pcsim.send("GET", "/_sandbox/third/_pcsim/health").status, 200);
    EXPECT_EQ(names(pcsim), (std::vector<std::string>{"default", "first", "third"}));
    EXPECT_EQ(pcsim.app().sandboxes().size(), 3u);
}

TEST(SandboxRegistry, FullWithEverySandboxInUseIs503) {
    ManualClock clock;
    InProcessApp pcsim(limited(clock, 2, 3600));  // default + 1
    pcsim.send("GET", "/_sandbox/busy/_pcsim/health");
    // A request still running in `busy` keeps it: hold it as the pipeline does.
    auto busy = pcsim.app().sandboxes().acquire("busy");
    ASSERT_TRUE(busy);
    auto refused = pcsim.send("GET", "/_sandbox/another/_pcsim/health");
    EXPECT_EQ(refused.status, 503);
    auto body = InProcessApp::json(refused);
    EXPECT_EQ(body["code"], 800003);
    EXPECT_NE(body["description"].get<std::string>().find("limit of 2 sandboxes"), std::string::npos) << refused.body;
    // Existing sandboxes still answer; once `busy` is free it can make room.
    EXPECT_EQ(pcsim.send("GET", "/_sandbox/busy/_pcsim/health").status, 200);
    busy = {};
    EXPECT_EQ(pcsim.send("GET", "/_sandbox/another/_pcsim/health").status, 200);
}

TEST(SandboxRegistry, ListAndDelete) {
    InProcessApp pcsim;
    pcsim.send("GET", "/_sandbox/x/_pcsim/health");
    pcsim.send("GET", "/_sandbox/x/_pcsim/health");
    auto list = InProcessApp::json(pcsim.send("GET", "/_pcsim/sandboxes"));
    EXPECT_EQ(list["totalCount"], 2);
    EXPECT_EQ(list["limit"], 256);
    auto x = list["items"][1];
    EXPECT_EQ(x["name"], "x");
    EXPECT_EQ(x["scenario"], "e2e");
    EXPECT_EQ(x["requests"], 2);
    EXPECT_TRUE(x.contains("createdAt") && x.contains("lastUsedAt"));

    EXPECT_EQ(pcsim.send("DELETE", "/_pcsim/sandboxes/x").status, 204);
    auto again = pcsim.send("DELETE", "/_pcsim/sandboxes/x");
    EXPECT_EQ(again.status, 404);
    EXPECT_EQ(InProcessApp::json(again)["code"], 1000);
    EXPECT_EQ(pcsim.send("DELETE", "/_pcsim/sandboxes/default").status, 400);
    // Registry routes never create the sandbox a request names.
    EXPECT_EQ(pcsim.send("GET", "/_sandbox/ghost/_pcsim/sandboxes").status, 200);
    EXPECT_EQ(pcsim.app().sandboxes().size(), 1u);
}

}  // namespace
}  // namespace pcsim::testing
