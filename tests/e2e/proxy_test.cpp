// pcsim's intercepting proxy, reached as an unmodified app reaches it (HTTPS_PROXY, the CA
// trusted): libcurl through CURLOPT_PROXY with the tunnel's certificate verified (never turned
// off), the sandbox named by Proxy-Authorization, and the refusals of what the proxy does not serve.
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <sys/socket.h>

#include <chrono>
#include <filesystem>

#include "e2e_fixture.hpp"
#include "http/server.hpp"
#include "http/transport/local_ca.hpp"
#include "http/transport/tls_session.hpp"
#include "scenario/loader.hpp"
#include "support/https_get.hpp"
#include "support/raw_connection.hpp"

namespace pcsim::testing {
namespace {

class ProxyTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        caDir_ = new std::string(std::filesystem::temp_directory_path() /
                                 ("pcsim-proxy-test-" + std::to_string(::getpid())));
        auto files = http::issueServerCertificate(*caDir_);
        caFile_ = new std::string(files.caCertificate);
        auto loaded = scenario::loadScenarioFile(std::string(PCSIM_E2E_DIR) + "/e2e.yaml");
        ASSERT_TRUE(loaded);
        app_ = new http::App(loaded.scenario);
        http::ServerOptions options;
        options.port = 0;
        options.threads = 2;
        options.headerTimeout = std::chrono::seconds(1);
        options.proxy =
            http::ProxyOptions{std::make_shared<http::TlsContext>(files.serverCertificate, files.serverKey), {}};
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
    static std::string proxy() { return "http://127.0.0.1:" + std::to_string(server_->port()); }

    static ProxiedAnswer get(const std::string& url, const std::string& proxyUser = {},
                             const std::string& bearer = {}) {
        return httpsRequestThroughProxy(proxy(), url, *caFile_, {}, bearer, proxyUser);
    }

    static std::string appToken() {
        ProxiedAnswer token = httpsRequestThroughProxy(
            proxy(), "https://login.microsoftonline.com/" + kTenant + "/oauth2/token", *caFile_,
            "grant_type=client_credentials&client_id=" + kClientId +
                "&client_secret=app-secret&resource=https%3A%2F%2Fapi.partnercenter.microsoft.com");
        EXPECT_EQ(token.status, 200) << token.error << token.body;
        return nlohmann::json::parse(token.body).value("access_token", "");
    }

    static inline std::string* caDir_ = nullptr;
    static inline std::string* caFile_ = nullptr;
    static inline http::App* app_ = nullptr;
    static inline http::Server* server_ = nullptr;
};

TEST_F(ProxyTest, ATokenAndAPartnerCenterCallThroughTheProxyAreAnsweredByPcsim) {
    const std::string token = appToken();
    ASSERT_FALSE(token.empty());
    ProxiedAnswer customers = get("https://api.partnercenter.microsoft.com/v1/customers", {}, token);
    ASSERT_EQ(customers.result, CURLE_OK) << customers.error;
    EXPECT_EQ(customers.connectStatus, 200);
    EXPECT_EQ(customers.status, 200) << customers.body;
    EXPECT_NE(customers.body.find(kCustomer), std::string::npos) << customers.body;
}

TEST_F(ProxyTest, EveryInterceptedHostIsServedUnderTheLocalCasCertificate) {
    for (const auto& host : http::interceptedHosts()) {
        ProxiedAnswer health = get("https://" + host + "/_pcsim/health");
        ASSERT_EQ(health.result, CURLE_OK) << host << ": " << health.error;
        EXPECT_EQ(health.status, 200) << host;
    }
}

TEST_F(ProxyTest, TheTunnelIsInTheSandboxNamedByProxyAuthorization) {
    auto sandboxOf = [](const ProxiedAnswer& answer) {
        EXPECT_EQ(answer.status, 200) << answer.error << answer.body;
        return nlohmann::json::parse(answer.body).value("sandbox", "");
    };
    EXPECT_EQ(sandboxOf(get("https://api.partnercenter.microsoft.com/_pcsim/health")), "default");
    EXPECT_EQ(sandboxOf(get("https://api.partnercenter.microsoft.com/_pcsim/health", "tunnel-a:anything")), "tunnel-a");
    // A request that names its own sandbox keeps it.
    EXPECT_EQ(sandboxOf(get("https://api.partnercenter.microsoft.com/_sandbox/own/_pcsim/health", "tunnel-a:x")),
              "own");
}

TEST_F(ProxyTest, AnInvalidSandboxNameIsAnsweredAsTheRoutesAnswerIt) {
    ProxiedAnswer bad = get("https://api.partnercenter.microsoft.com/_pcsim/health", "-bad:x");
    ASSERT_EQ(bad.result, CURLE_OK) << bad.error;
    EXPECT_EQ(bad.status, 400);
    EXPECT_NE(bad.body.find("sandbox name"), std::string::npos) << bad.body;
}

TEST_F(ProxyTest, TheJournalRecordsTheTunneledRequest) {
    ProxiedAnswer call = get("https://api.partnercenter.microsoft.com/v1/customers?size=7", "journaled:x");
    ASSERT_EQ(call.result, CURLE_OK) << call.error;
    EXPECT_EQ(call.status, 401);  // no token
    const http::HttpResponse journal = app_->handle(http::makeRequest("GET", "/_sandbox/journaled/_pcsim/journal"));
    ASSERT_EQ(journal.status, 200) << journal.body;
    const std::string entries = nlohmann::json::parse(journal.body).dump();
    EXPECT_NE(entries.find(R"("path":"/v1/customers")"), std::string::npos) << entries;
    EXPECT_NE(entries.find(R"("query":"size=7")"), std::string::npos) << entries;
    EXPECT_NE(entries.find(R"("status":401)"), std::string::npos) << entries;
}

TEST_F(ProxyTest, ConnectToAnotherHostIsRefusedWith403NamingTheInterceptedHosts) {
    ProxiedAnswer other = get("https://example.com/");
    EXPECT_NE(other.result, CURLE_OK);
    EXPECT_EQ(other.connectStatus, 403);

    RawConnection raw(proxy());
    raw.send("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n");
    WireResponse refused = raw.receiveResponse();
    EXPECT_EQ(refused.statusLine, "HTTP/1.1 403 Forbidden");
    const auto body = nlohmann::json::parse(refused.body);
    EXPECT_EQ(body["code"], 800002);
    const std::string description = body["description"];
    EXPECT_NE(description.find("example.com:443"), std::string::npos) << description;
    for (const auto& host : http::interceptedHosts())
        EXPECT_NE(description.find(host), std::string::npos) << host << " in " << description;
    EXPECT_TRUE(raw.endedByServer());
}

TEST_F(ProxyTest, ConnectToAnotherPortOfAnInterceptedHostIsRefusedWith403) {
    RawConnection raw(proxy());
    raw.send("CONNECT api.partnercenter.microsoft.com:80 HTTP/1.1\r\nHost: api.partnercenter.microsoft.com:80\r\n\r\n");
    EXPECT_EQ(raw.receiveResponse().statusLine, "HTTP/1.1 403 Forbidden");
    EXPECT_TRUE(raw.endedByServer());
}

TEST_F(ProxyTest, AnAbsoluteFormRequestIsRefusedWith403) {
    for (const std::string target : {"http://example.com/", "http://api.partnercenter.microsoft.com/v1/customers"}) {
        RawConnection raw(proxy());
        raw.send("GET " + target + " HTTP/1.1\r\nHost: example.com\r\n\r\n");
        WireResponse refused = raw.receiveResponse();
        EXPECT_EQ(refused.statusLine, "HTTP/1.1 403 Forbidden") << target;
        EXPECT_NE(refused.body.find("login.microsoftonline.com"), std::string::npos) << refused.body;
        EXPECT_TRUE(raw.endedByServer()) << target;
    }
}

TEST_F(ProxyTest, AForwardedRequestThatAwaitsContinueGetsOnlyTheRefusal) {
    RawConnection raw(proxy());
    raw.send(
        "POST http://example.com/ HTTP/1.1\r\nHost: example.com\r\nContent-Length: 3\r\n"
        "Expect: 100-continue\r\n\r\n");
    raw.send("abc");
    EXPECT_EQ(raw.receiveResponse().statusLine, "HTTP/1.1 403 Forbidden");
    EXPECT_TRUE(raw.endedByServer());
}

TEST_F(ProxyTest, AMalformedConnectIsRefusedWith400) {
    for (const std::string head : {"CONNECT /v1/customers HTTP/1.1\r\nHost: x\r\n\r\n",
                                   "CONNECT api.partnercenter.microsoft.com HTTP/1.1\r\nHost: x\r\n\r\n",
                                   "CONNECT api.partnercenter.microsoft.com:443 HTTP/1.1\r\n"
                                   "Proxy-Authorization: Bearer abc\r\n\r\n"}) {
        RawConnection raw(proxy());
        raw.send(head);
        WireResponse refused = raw.receiveResponse();
        EXPECT_EQ(refused.statusLine, "HTTP/1.1 400 Bad Request") << head;
        EXPECT_NE(refused.body.find("800002"), std::string::npos) << refused.body;
        EXPECT_TRUE(raw.endedByServer()) << head;
    }
}

TEST_F(ProxyTest, AConnectHeadThatNeverEndsIsClosedAfterTheHeaderTimeout) {
    RawConnection slow(proxy(), 0, 5);
    slow.send("CONNECT api.partnercenter.microsoft.com:443 HTTP/1.1\r\n");
    const auto started = std::chrono::steady_clock::now();
    EXPECT_TRUE(slow.endedByServer());
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(4));
}

// A TLS client over memory buffers, so that its ClientHello can go in the same write as the
// CONNECT head (as some clients send it) and the test sees every byte of the tunnel.
class TunnelClient {
public:
    TunnelClient(const std::string& baseUrl, const std::string& caFile, const std::string& host)
        : raw_(baseUrl), context_(SSL_CTX_new(TLS_client_method())) {
        SSL_CTX_load_verify_locations(context_, caFile.c_str(), nullptr);
        SSL_CTX_set_verify(context_, SSL_VERIFY_PEER, nullptr);
        ssl_ = SSL_new(context_);
        SSL_set_tlsext_host_name(ssl_, host.c_str());
        SSL_set1_host(ssl_, host.c_str());
        in_ = BIO_new(BIO_s_mem());
        out_ = BIO_new(BIO_s_mem());
        SSL_set_bio(ssl_, in_, out_);
        SSL_set_connect_state(ssl_);
    }
    ~TunnelClient() {
        SSL_free(ssl_);
        SSL_CTX_free(context_);
    }

    // The CONNECT head and the ClientHello in one write; then the proxy's answer to the CONNECT.
    std::string connectWithClientHello(const std::string& head) {
        SSL_do_handshake(ssl_);
        raw_.send(head + drain());
        std::string answer;
        while (answer.find("\r\n\r\n") == std::string::npos) {
            std::string byte = raw_.receive(1);
            if (byte.empty()) break;
            answer += byte;
        }
        return answer;
    }

    // Finishes the handshake; true when the server's certificate verified.
    bool handshake() {
        for (int round = 0; round < 64; ++round) {
            const int done = SSL_do_handshake(ssl_);
            if (std::string records = drain(); !records.empty()) raw_.send(records);
            if (done == 1) return SSL_get_verify_result(ssl_) == X509_V_OK;
            if (SSL_get_error(ssl_, done) != SSL_ERROR_WANT_READ || !feed()) return false;
        }
        return false;
    }

    // Sends `plaintext` in the tunnel and reads until `until` has arrived (or the tunnel ends).
    std::string exchange(const std::string& plaintext, const std::string& until) {
        SSL_write(ssl_, plaintext.data(), static_cast<int>(plaintext.size()));
        raw_.send(drain());
        std::string got;
        char buffer[16384];
        while (got.find(until) == std::string::npos) {
            const int n = SSL_read(ssl_, buffer, sizeof buffer);
            if (n > 0) {
                got.append(buffer, static_cast<std::size_t>(n));
                continue;
            }
            if (SSL_get_error(ssl_, n) != SSL_ERROR_WANT_READ || !feed()) break;
        }
        return got;
    }

private:
    std::string drain() {
        char* data = nullptr;
        const long size = BIO_get_mem_data(out_, &data);
        std::string bytes(data, static_cast<std::size_t>(std::max(0L, size)));
        (void)BIO_reset(out_);
        return bytes;
    }
    // Moves the next TLS record from the socket into the session; false when the tunnel ended.
    bool feed() {
        std::string record = raw_.receive(5);  // type, version, length
        if (record.size() < 5) return false;
        const std::size_t length = (static_cast<unsigned char>(record[3]) << 8) | static_cast<unsigned char>(record[4]);
        record += raw_.receive(length);
        BIO_write(in_, record.data(), static_cast<int>(record.size()));
        return record.size() == 5 + length;
    }

    RawConnection raw_;
    SSL_CTX* context_;
    SSL* ssl_ = nullptr;
    BIO* in_ = nullptr;
    BIO* out_ = nullptr;
};

TEST_F(ProxyTest, AClientHelloSentWithTheConnectHeadStartsTheTunnel) {
    TunnelClient client(proxy(), *caFile_, "api.partnercenter.microsoft.com");
    const std::string answer = client.connectWithClientHello(
        "CONNECT api.partnercenter.microsoft.com:443 HTTP/1.1\r\nHost: api.partnercenter.microsoft.com:443\r\n"
        "Proxy-Authorization: Basic " +
        std::string("d2l0aC1oZWxsbzp4") /* with-hello:x */ + "\r\n\r\n");
    EXPECT_EQ(answer, "HTTP/1.1 200 Connection established\r\n\r\n");
    ASSERT_TRUE(client.handshake());
    const std::string health =
        client.exchange("GET /_pcsim/health HTTP/1.1\r\nHost: api.partnercenter.microsoft.com\r\n\r\n", "\"skus\"");
    EXPECT_EQ(health.rfind("HTTP/1.1 200 OK\r\n", 0), 0u) << health;
    EXPECT_NE(health.find(R"("sandbox":"with-hello")"), std::string::npos) << health;
    // In the tunnel, a CONNECT is a request like any other, and this server serves none.
    const std::string nested =
        client.exchange("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n", "}");
    EXPECT_EQ(nested.rfind("HTTP/1.1 405 ", 0), 0u) << nested;
}

}  // namespace
}  // namespace pcsim::testing
