// Tokens: cached, renewed 30 s before expiry (by the client's clock), refused credentials surface,
// one renewal shared by all threads.
#include "client_fixture.hpp"

#include <atomic>
#include <thread>

namespace pcsim::client_testing {
namespace {

namespace pc = partnercenter;
using namespace std::chrono_literals;

class AuthTest : public ClientTest {
protected:
    void SetUp() override { startWithSimulatedTokenClock("e2e.yaml"); }  // tokens expire as the clock moves

    // The client's clock, moved by the test in step with pcsim's simulated one.
    std::shared_ptr<std::atomic<std::chrono::system_clock::time_point>> clock =
        std::make_shared<std::atomic<std::chrono::system_clock::time_point>>(std::chrono::system_clock::now());

    pc::PartnerClient clientWithTestClock() {
        auto o = options();
        o.clock = [c = clock] { return c->load(); };
        return appUserClient(o);
    }
    void advanceClientClock(std::chrono::seconds by) { clock->store(clock->load() + by); }
    void touch(const pc::PartnerClient& partner) { (void)partner.customers().byId(kCustomer).get(); }
};

TEST_F(AuthTest, OneTokenServesManyCalls) {
    auto partner = appUserClient();
    for (int i = 0; i < 5; ++i) touch(partner);
    EXPECT_EQ(attempts.tokenRequests(), 1u);
}

TEST_F(AuthTest, ExpiredTokenIsReplacedBeforeTheCall) {
    auto partner = clientWithTestClock();
    touch(partner);
    advanceSimulatedClock("PT2H");  // the server now refuses the first token...
    advanceClientClock(2h);         // ...and the client knows it has expired
    touch(partner);                 // would be a 401 if the old token were sent
    EXPECT_EQ(attempts.tokenRequests(), 2u);
    EXPECT_EQ(attempts.matching("GET", "/v1/customers/").size(), 2u) << "no failed attempt in between";
}

TEST_F(AuthTest, RenewedThirtySecondsBeforeExpiry) {
    auto partner = clientWithTestClock();
    touch(partner);
    advanceClientClock(1h - 32s);  // expires_in is 3599 for the hour: 31 s left, still good
    touch(partner);
    EXPECT_EQ(attempts.tokenRequests(), 1u);
    advanceClientClock(2s);  // 29 s left: inside the margin
    touch(partner);
    EXPECT_EQ(attempts.tokenRequests(), 2u);
}

TEST_F(AuthTest, RefusedTokenIsNotRetriedButNotReusedEither) {
    auto partner = appUserClient();  // real clock: it does not see the simulated hours pass
    touch(partner);
    advanceSimulatedClock("PT2H");
    try {
        touch(partner);
        FAIL() << "the server refuses the expired token";
    } catch (const pc::PartnerCenterError& e) {
        EXPECT_EQ(e.httpStatus(), 401);
    }
    EXPECT_EQ(attempts.matching("GET", "/v1/customers/").size(), 2u) << "the 401 was not retried";
    touch(partner);  // the refused token was dropped: a new one is fetched
    EXPECT_EQ(attempts.tokenRequests(), 2u);
}

TEST_F(AuthTest, WrongSecretSurfacesTheAuthoritysAnswer) {
    pc::PartnerClient partner(pc::AppCredentials{kTenant, kClientId, "not-the-secret"}, options());
    try {
        touch(partner);
        FAIL() << "expected the authority to refuse";
    } catch (const pc::PartnerCenterError& e) {
        EXPECT_EQ(e.kind(), pc::PartnerCenterError::Kind::service);
        EXPECT_EQ(e.httpStatus(), 401);
        EXPECT_NE(e.description().find("invalid_client"), std::string::npos) << e.description();
    }
    EXPECT_EQ(attempts.tokenRequests(), 1u) << "401 is never retried";
    EXPECT_TRUE(attempts.matching("GET", "/v1/customers/").empty());
}

TEST_F(AuthTest, ThreadsShareOneClientAndOneToken) {
    auto partner = appUserClient();
    std::atomic<int> succeeded{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 10; ++i) {
                if (partner.customers().byId(kCustomer).get().id == kCustomer) ++succeeded;
            }
        });
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(succeeded.load(), 40);
    EXPECT_EQ(attempts.tokenRequests(), 1u);
}

}  // namespace
}  // namespace pcsim::client_testing
