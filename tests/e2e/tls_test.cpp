// HTTPS served by pcsim itself: a certificate from its local CA that clients verify (never turned
// off), answers sealed by the connection's TLS session (large, delayed and pipelined ones too),
// plain HTTP to the TLS port told what is wrong, and clients that stall a handshake holding only
// their own connection. Also the time-outs and the connection cap, on both kinds of port.
#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>

#include "e2e_fixture.hpp"
#include "http/server.hpp"
#include "http/transport/local_ca.hpp"
#include "http/transport/tls_session.hpp"
#include "scenario/loader.hpp"
#include "support/https_get.hpp"
#include "support/raw_connection.hpp"

namespace pcsim::testing {
namespace {

class TlsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        caDir_ =
            new std::string(std::filesystem::temp_directory_path() / ("pcsim-tls-test-" + std::to_string(::getpid())));
        auto files = http::issueServerCertificate(*caDir_);
        caFile_ = new std::string(files.caCertificate);
        auto loaded = scenario::loadScenarioFile(std::string(PCSIM_E2E_DIR) + "/large-responses.yaml");
        ASSERT_TRUE(loaded);
        app_ = new http::App(loaded.scenario);
        http::ServerOptions options;
        options.port = 0;
        options.threads = 2;
        options.tls = std::make_shared<http::TlsContext>(files.serverCertificate, files.serverKey);
        options.headerTimeout = std::chrono::seconds(1);
        options.idleTimeout = std::chrono::seconds(2);
        options.maxConnections = 40;
        server_ = new http::Server(*app_, options);
        server_->start();
    }
    static void TearDownTestSuite() {
        delete server_;
        delete app_;
        std::filesystem::remove_all(*caDir_);
        delete caDir_;
        delete caFile_;
    }
    static std::string url(const std::string& path, const std::string& host = "localhost") {
        return "https://" + host + ":" + std::to_string(server_->port()) + path;
    }

    static inline std::string* caDir_ = nullptr;
    static inline std::string* caFile_ = nullptr;
    static inline http::App* app_ = nullptr;
    static inline http::Server* server_ = nullptr;
};

TEST_F(TlsTest, TheLocalCasCertificateIsVerifiedForEachLoopbackName) {
    for (const std::string host : {"localhost", "127.0.0.1"}) {
        HttpsAnswer health = httpsRequest(url("/_pcsim/health", host), *caFile_);
        ASSERT_EQ(health.result, CURLE_OK) << host << ": " << health.error;
        EXPECT_EQ(health.status, 200);
        EXPECT_EQ(nlohmann::json::parse(health.body)["status"], "ok");
    }
    EXPECT_EQ(std::filesystem::status(*caDir_ + "/ca-key.pem").permissions() & std::filesystem::perms::group_all,
              std::filesystem::perms::none);
}

TEST_F(TlsTest, ACertificateFromAnotherCaIsRefusedByTheClient) {
    const std::string otherDir = *caDir_ + "-other";
    auto other = http::ensureLocalCa(otherDir);
    HttpsAnswer refused = httpsRequest(url("/_pcsim/health"), other.caCertificate);
    EXPECT_EQ(refused.result, CURLE_PEER_FAILED_VERIFICATION) << refused.error;
    std::filesystem::remove_all(otherDir);
}

TEST_F(TlsTest, AnAnswerLargerThanTheSocketBuffersArrivesWhole) {
    // The large-responses scenario's SKU list is about 8 MB: more than the socket takes at once,
    // so most of it is sealed into records that go through Pistache's write queue.
    HttpsAnswer token =
        httpsRequest(url("/" + kTenant + "/oauth2/token"), *caFile_,
                     "grant_type=client_credentials&client_id=" + kClientId +
                         "&client_secret=app-secret&resource=https%3A%2F%2Fapi.partnercenter.microsoft.com");
    ASSERT_EQ(token.status, 200) << token.body << token.error;
    const std::string bearer = nlohmann::json::parse(token.body).at("access_token");
    HttpsAnswer products =
        httpsRequest(url("/v1/products?country=US&targetView=AzureReservationsVM"), *caFile_, {}, bearer);
    ASSERT_EQ(products.status, 200) << products.error << products.body;
    const std::string product = nlohmann::json::parse(products.body)["items"][0]["id"];
    HttpsAnswer skus = httpsRequest(url("/v1/products/" + product + "/skus?country=US"), *caFile_, {}, bearer);
    ASSERT_EQ(skus.result, CURLE_OK) << skus.error;
    EXPECT_EQ(skus.status, 200);
    EXPECT_GT(skus.body.size(), std::size_t(4) << 20);
    EXPECT_TRUE(nlohmann::json::accept(skus.body)) << skus.body.size();
}

TEST_F(TlsTest, ADelayedAnswerIsSealedInOrderByTheTimerThread) {
    HttpsAnswer add =
        httpsRequest(url("/_sandbox/slow/_pcsim/faults"), *caFile_,
                     R"({"name":"slow","match":{"method":"GET","path":"/v1/customers"},"respond":{"delayMs":300}})");
    ASSERT_EQ(add.result, CURLE_OK) << add.error;
    ASSERT_LT(add.status, 300) << add.body;
    const auto started = std::chrono::steady_clock::now();
    HttpsAnswer slow = httpsRequest(url("/_sandbox/slow/v1/customers"), *caFile_);
    ASSERT_EQ(slow.result, CURLE_OK) << slow.error;
    EXPECT_EQ(slow.status, 401);  // no token: the answer itself does not matter, its arrival does
    EXPECT_GE(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(280));
    EXPECT_TRUE(nlohmann::json::accept(slow.body)) << slow.body;
}

TEST_F(TlsTest, PlainHttpSentToTheTlsPortIsToldToUseHttps) {
    RawConnection plain("http://127.0.0.1:" + std::to_string(server_->port()));
    ASSERT_TRUE(plain.connected());
    plain.send(getRequest("/_pcsim/health"));
    WireResponse response = plain.receiveResponse();
    EXPECT_EQ(response.statusLine, "HTTP/1.1 400 Bad Request");
    EXPECT_NE(response.body.find("https://"), std::string::npos) << response.body;
    EXPECT_TRUE(plain.endedByServer());
}

TEST_F(TlsTest, ClientsThatStallAHandshakeHoldOnlyTheirOwnConnection) {
    // With Pistache's own TLS, one connection that sent nothing stopped every later accept.
    std::vector<std::unique_ptr<RawConnection>> stalled;
    for (int i = 0; i < 5; ++i) {
        stalled.push_back(std::make_unique<RawConnection>("http://127.0.0.1:" + std::to_string(server_->port())));
        ASSERT_TRUE(stalled.back()->connected());
    }
    stalled[0]->send(std::string("\x16\x03\x01\x00\x50", 5));  // half a ClientHello
    HttpsAnswer health = httpsRequest(url("/_pcsim/health"), *caFile_);
    EXPECT_EQ(health.result, CURLE_OK) << health.error;
    EXPECT_EQ(health.status, 200);
    // After the header time-out (1 s here) the stalled connections are closed.
    for (auto& connection : stalled) EXPECT_TRUE(connection->endedByServer());
}

TEST_F(TlsTest, AHeadThatNeverEndsIsClosedAfterTheHeaderTimeout) {
    // Over plain TCP, as a slow client would: the TLS port refuses plain HTTP first, so this
    // exercises the handshake's time-out; request_reading_test.cpp has the plain-HTTP port.
    RawConnection slow("http://127.0.0.1:" + std::to_string(server_->port()), 0, 5);
    ASSERT_TRUE(slow.connected());
    const auto started = std::chrono::steady_clock::now();
    EXPECT_TRUE(slow.endedByServer());
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(4));
}

// A plain-HTTP server with a cap of three connections and short time-outs.
class ConnectionLimitsTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto loaded = scenario::loadScenarioFile(std::string(PCSIM_E2E_DIR) + "/e2e.yaml");
        ASSERT_TRUE(loaded);
        app_ = std::make_unique<http::App>(loaded.scenario);
        http::ServerOptions options;
        options.port = 0;
        options.threads = 2;
        options.maxConnections = 3;
        options.headerTimeout = std::chrono::seconds(1);
        options.idleTimeout = std::chrono::seconds(2);
        server_ = std::make_unique<http::Server>(*app_, options);
        server_->start();
    }
    std::string base() const { return "http://127.0.0.1:" + std::to_string(server_->port()); }

    std::unique_ptr<http::App> app_;
    std::unique_ptr<http::Server> server_;
};

TEST_F(ConnectionLimitsTest, AConnectionPastTheCapGets503AndTheServerGoesOn) {
    std::vector<std::unique_ptr<RawConnection>> held;
    for (int i = 0; i < 3; ++i) {
        held.push_back(std::make_unique<RawConnection>(base()));
        held.back()->send(getRequest("/_pcsim/health"));
        ASSERT_EQ(held.back()->receiveResponse().statusLine, "HTTP/1.1 200 OK");
    }
    RawConnection extra(base());
    WireResponse refused = extra.receiveResponse();
    EXPECT_EQ(refused.statusLine, "HTTP/1.1 503 Service Unavailable");
    EXPECT_NE(refused.body.find("limit of 3 connections"), std::string::npos) << refused.body;
    EXPECT_TRUE(extra.endedByServer());
    held.pop_back();  // one closes: a new client is served again
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    RawConnection next(base());
    next.send(getRequest("/_pcsim/health"));
    EXPECT_EQ(next.receiveResponse().statusLine, "HTTP/1.1 200 OK");
}

TEST_F(ConnectionLimitsTest, AHeadSentSlowlyIsClosedAtTheHeaderTimeoutWhateverItSends) {
    // One header line every 300 ms: each read is progress, but the head never ends.
    RawConnection slow(base(), 0, 5);
    slow.send("GET /_pcsim/health HTTP/1.1\r\n");
    const auto started = std::chrono::steady_clock::now();
    std::atomic<bool> stop{false};
    std::thread trickle([&] {
        for (int i = 0; i < 13 && !stop; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            slow.send("X-Slow: 1\r\n");
        }
    });
    EXPECT_TRUE(slow.endedByServer());
    stop = true;
    trickle.join();
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(3));
}

TEST_F(ConnectionLimitsTest, AnIdleKeepAliveConnectionIsClosedAfterTheIdleTimeout) {
    RawConnection idle(base(), 0, 5);
    idle.send(getRequest("/_pcsim/health"));
    ASSERT_EQ(idle.receiveResponse().statusLine, "HTTP/1.1 200 OK");
    const auto answered = std::chrono::steady_clock::now();
    EXPECT_TRUE(idle.endedByServer());
    const auto after = std::chrono::steady_clock::now() - answered;
    EXPECT_GE(after, std::chrono::milliseconds(1500));
    EXPECT_LT(after, std::chrono::seconds(4));
}

TEST_F(ConnectionLimitsTest, DrainWaitsForTheAnswerInFlightAndEndsIdleConnections) {
    RawHttp http;
    ASSERT_LT(http.send("POST", base() + "/_pcsim/faults",
                        R"({"name":"slow","match":{"method":"GET","path":"/v1/customers"},"respond":{"delayMs":400}})")
                  .status,
              300);
    RawConnection idle(base(), 0, 5);
    idle.send(getRequest("/_pcsim/health"));
    ASSERT_EQ(idle.receiveResponse().statusLine, "HTTP/1.1 200 OK");
    RawConnection busy(base(), 0, 5);
    busy.send(getRequest("/v1/customers"));
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    EXPECT_TRUE(server_->drain(std::chrono::seconds(3)));
    EXPECT_EQ(busy.receiveResponse().statusLine, "HTTP/1.1 401 Unauthorized");  // the answer came
    EXPECT_TRUE(idle.endedByServer());
    RawConnection late(base(), 0, 2);  // and no one new is served
    WireResponse refused = late.receiveResponse();
    EXPECT_EQ(refused.statusLine, "HTTP/1.1 503 Service Unavailable");
    EXPECT_NE(refused.body.find("stopping"), std::string::npos) << refused.body;
}

}  // namespace
}  // namespace pcsim::testing
