// `pcsim serve --tls` and `pcsim ca` as a new user meets them, and SIGTERM with an answer held back.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include "support/free_port.hpp"
#include "support/https_get.hpp"
#include "support/pcsim_process.hpp"
#include "support/raw_connection.hpp"
#include "support/raw_http.hpp"

namespace pcsim::testing {
namespace {

// GET with certificate checks on, trusting `caFile` only: the status, 0 when no answer came.
long getOverHttps(const std::string& url, const std::string& caFile, std::string& body) {
    HttpsAnswer answer = httpsRequest(url, caFile);
    body = answer.body;
    return answer.result == CURLE_OK ? answer.status : 0;
}

class ServeTransportTest : public ::testing::Test {
protected:
    void SetUp() override {
        caDir_ =
            std::filesystem::temp_directory_path() / ("pcsim-ca-" + std::to_string(::getpid()) + "-" +
                                                      ::testing::UnitTest::GetInstance()->current_test_info()->name());
    }
    void TearDown() override { std::filesystem::remove_all(caDir_); }
    std::filesystem::path caDir_;
};

TEST_F(ServeTransportTest, TlsPrintsAnHttpsUrlAndTheTrustLineAndServesVerifiedHttps) {
    ServeProcess serve(PCSIM_BINARY, {"--tls", "--ca-dir", caDir_.string()});
    ASSERT_EQ(serve.baseUrl().rfind("https://127.0.0.1:", 0), 0u) << serve.firstLine();
    const std::string ca = (caDir_ / "ca.pem").string();
    bool trustLine = false;
    for (std::string line = serve.nextLine(); !line.empty() && !trustLine; line = serve.nextLine())
        trustLine = line.find("curl --cacert " + ca) != std::string::npos;
    EXPECT_TRUE(trustLine);
    std::string body;
    EXPECT_EQ(getOverHttps(serve.baseUrl() + "/_pcsim/health", ca, body), 200) << body;
    std::string localhost;
    const std::string port = serve.baseUrl().substr(serve.baseUrl().rfind(':'));
    EXPECT_EQ(getOverHttps("https://localhost" + port + "/_pcsim/health", ca, localhost), 200);
    EXPECT_EQ(serve.stop(), 0);
}

// `pcsim run --server https://…` checks the server's certificate: with --cacert naming the serving
// pcsim's CA the suite runs; without it (and no CA variables) the run stops, naming the problem.
TEST_F(ServeTransportTest, RunAgainstAnHttpsServerTrustsTheCaGivenWithCacert) {
    ServeProcess serve(PCSIM_BINARY, {"--tls", "--ca-dir", caDir_.string(), "--scenario",
                                      std::string(PCSIM_SCENARIOS_DIR) + "/default.yaml"});
    ASSERT_EQ(serve.baseUrl().rfind("https://", 0), 0u) << serve.firstLine();
    const std::string suite = std::string(PCSIM_SCENARIOS_DIR) + "/suites/purchase-flow.yaml";
    const std::string run = "env -u SSL_CERT_FILE -u CURL_CA_BUNDLE " + std::string(PCSIM_BINARY) + " run " + suite +
                            " --server " + serve.baseUrl();
    Ran trusted = runCommand(run + " --cacert " + (caDir_ / "ca.pem").string());
    EXPECT_EQ(trusted.exitCode, 0) << trusted.output;
    EXPECT_NE(trusted.output.find(" against " + serve.baseUrl()), std::string::npos) << trusted.output;
    Ran untrusted = runCommand(run);
    EXPECT_EQ(untrusted.exitCode, 2) << untrusted.output;
    EXPECT_NE(untrusted.output.find("no pcsim answers at " + serve.baseUrl()), std::string::npos) << untrusted.output;
    EXPECT_EQ(serve.stop(), 0);
}

TEST_F(ServeTransportTest, TlsPortServesHttpsBesidePlainHttpOnPort) {
    const int tlsPort = closedLoopbackPort();
    ServeProcess serve(PCSIM_BINARY, {"--tls", "--tls-port", std::to_string(tlsPort), "--ca-dir", caDir_.string()});
    ASSERT_EQ(serve.baseUrl().rfind("http://127.0.0.1:", 0), 0u) << serve.firstLine();
    EXPECT_EQ(serve.nextLine(), "pcsim listening on https://127.0.0.1:" + std::to_string(tlsPort));
    RawHttp http;
    EXPECT_EQ(http.send("GET", serve.baseUrl() + "/_pcsim/health").status, 200);
    std::string body;
    EXPECT_EQ(getOverHttps("https://localhost:" + std::to_string(tlsPort) + "/_pcsim/health",
                           (caDir_ / "ca.pem").string(), body),
              200);
}

TEST_F(ServeTransportTest, CaPrintsTheCertificatePathAndTheTrustLinesAndKeepsTheKeyPrivate) {
    Ran ca = runCommand(std::string(PCSIM_BINARY) + " ca --ca-dir " + caDir_.string());
    EXPECT_EQ(ca.exitCode, 0) << ca.output;
    const std::string pem = (caDir_ / "ca.pem").string();
    EXPECT_EQ(ca.output.rfind(pem + "\n", 0), 0u) << ca.output;
    for (const char* runtime : {"curl --cacert", "SSL_CERT_FILE=", "NODE_EXTRA_CA_CERTS=", "REQUESTS_CA_BUNDLE=",
                                "keytool -importcert", "update-ca-certificates"})
        EXPECT_NE(ca.output.find(runtime), std::string::npos) << runtime;
    namespace fs = std::filesystem;
    EXPECT_EQ(fs::status(caDir_ / "ca-key.pem").permissions() & (fs::perms::group_all | fs::perms::others_all),
              fs::perms::none);
    // Made once: a second call keeps the same CA.
    const auto first = fs::last_write_time(pem);
    EXPECT_EQ(runCommand(std::string(PCSIM_BINARY) + " ca --ca-dir " + caDir_.string()).exitCode, 0);
    EXPECT_EQ(fs::last_write_time(pem), first);
}

TEST_F(ServeTransportTest, ProxyPortPrintsItsBannerAndHintAndServesThroughTheProxy) {
    ServeProcess serve(PCSIM_BINARY, {"--proxy-port", "0", "--proxy-sandbox", "from-cli", "--ca-dir", caDir_.string()});
    ASSERT_EQ(serve.baseUrl().rfind("http://127.0.0.1:", 0), 0u) << serve.firstLine();
    const std::string banner = serve.nextLine();
    const std::string prefix = "pcsim proxy listening on http://127.0.0.1:";
    ASSERT_EQ(banner.rfind(prefix, 0), 0u) << banner;
    const std::string proxy = banner.substr(std::string("pcsim proxy listening on ").size());
    EXPECT_NE(proxy, serve.baseUrl());
    const std::string ca = (caDir_ / "ca.pem").string();
    const std::string hint = serve.nextLine();
    EXPECT_NE(hint.find("HTTPS_PROXY=" + proxy), std::string::npos) << hint;
    EXPECT_NE(hint.find(ca), std::string::npos) << hint;
    ProxiedAnswer health = httpsRequestThroughProxy(proxy, "https://api.partnercenter.microsoft.com/_pcsim/health", ca);
    ASSERT_EQ(health.result, CURLE_OK) << health.error;
    EXPECT_NE(health.body.find(R"("sandbox":"from-cli")"), std::string::npos) << health.body;
    const auto stopping = std::chrono::steady_clock::now();
    EXPECT_EQ(serve.stop(), 0);
    EXPECT_LT(std::chrono::steady_clock::now() - stopping, std::chrono::seconds(3));
}

TEST_F(ServeTransportTest, ProxyPortBesideTlsServesBoth) {
    ServeProcess serve(PCSIM_BINARY, {"--tls", "--proxy-port", "0", "--ca-dir", caDir_.string()});
    ASSERT_EQ(serve.baseUrl().rfind("https://127.0.0.1:", 0), 0u) << serve.firstLine();
    const std::string banner = serve.nextLine();
    ASSERT_EQ(banner.rfind("pcsim proxy listening on http://", 0), 0u) << banner;
    const std::string ca = (caDir_ / "ca.pem").string();
    std::string body;
    EXPECT_EQ(getOverHttps(serve.baseUrl() + "/_pcsim/health", ca, body), 200) << body;
    ProxiedAnswer proxied =
        httpsRequestThroughProxy(banner.substr(banner.rfind(' ') + 1), "https://login.windows.net/_pcsim/health", ca);
    EXPECT_EQ(proxied.status, 200) << proxied.error;
}

TEST(PcsimServeOptions, ProxySandboxNeedsProxyPortAndAValidName) {
    Ran alone = runCommand(std::string(PCSIM_BINARY) + " serve --proxy-sandbox a");
    EXPECT_NE(alone.exitCode, 0);
    EXPECT_NE(alone.output.find("--proxy-port"), std::string::npos) << alone.output;
    Ran invalid = runCommand(std::string(PCSIM_BINARY) + " serve --proxy-port 0 --proxy-sandbox bad/name");
    EXPECT_NE(invalid.exitCode, 0);
    EXPECT_NE(invalid.output.find("letters, digits"), std::string::npos) << invalid.output;
}

TEST(PcsimServeStop, SigtermEndsTheServerWithinTheGracePeriodWhileAnAnswerIsHeldBack) {
    ServeProcess serve(PCSIM_BINARY, {"--shutdown-grace-seconds", "1"});
    ASSERT_FALSE(serve.baseUrl().empty()) << serve.firstLine();
    RawHttp http;
    ASSERT_LT(http.send("POST", serve.baseUrl() + "/_pcsim/faults",
                        R"({"name":"stuck","match":{"path":"/v1/customers"},"respond":{"delayMs":60000}})")
                  .status,
              300);
    RawConnection held(serve.baseUrl());
    held.send(getRequest("/v1/customers"));
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    const auto stopping = std::chrono::steady_clock::now();
    EXPECT_EQ(serve.stop(), 0);
    EXPECT_LT(std::chrono::steady_clock::now() - stopping, std::chrono::seconds(3));
}

}  // namespace
}  // namespace pcsim::testing
