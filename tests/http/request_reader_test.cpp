// RequestReader in process: the same requests whatever the reads' boundaries, targets kept as
// sent, limits applied as bytes arrive.
#include "http/transport/request_reader.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace pcsim::http {
namespace {

struct Recorded final : RequestEvents {
    std::size_t limit = 1 << 20;
    std::vector<HttpRequest> requests;
    std::vector<bool> keepAlive;
    int continues = 0;
    int limitsAsked = 0;
    int refusedStatus = 0;
    std::string refusedWhy;

    std::size_t bodyLimit(const HttpRequest&) override {
        ++limitsAsked;
        return limit;
    }
    void continueWanted() override { ++continues; }
    void request(HttpRequest request, bool alive, bool) override {
        requests.push_back(std::move(request));
        keepAlive.push_back(alive);
    }
    void refused(int status, std::string description) override {
        refusedStatus = status;
        refusedWhy = std::move(description);
    }

    bool takesConnect = false;
    std::vector<std::string> tunnels;  // "authority|rest"
    std::string tunnelAuthorization;
    bool readsConnect() const override { return takesConnect; }
    void tunnel(HttpRequest head, std::string authority, std::string_view rest) override {
        tunnels.push_back(authority + "|" + std::string(rest));
        tunnelAuthorization = head.header("proxy-authorization").value_or("");
    }
};

const std::string kPipelined =
    "GET /v1/products?targetView=AzureReservationsVM&country=US HTTP/1.1\r\nHost: pcsim\r\nX-A: 1\r\nX-A: 2\r\n\r\n"
    "POST http://pcsim:8080/v1/carts HTTP/1.1\r\nHost: pcsim\r\nTransfer-Encoding: chunked\r\n\r\n"
    "3;x=y\r\nabc\r\n2\r\nde\r\n0\r\nTrailer: t\r\n\r\n"
    "PUT /x HTTP/1.1\r\nContent-Length: 4\r\nConnection: close\r\n\r\nwxyz";

void expectThePipelinedRequests(const Recorded& got) {
    ASSERT_EQ(got.requests.size(), 3u) << got.refusedWhy;
    EXPECT_EQ(got.refusedStatus, 0);
    EXPECT_EQ(got.requests[0].method, "GET");
    EXPECT_EQ(got.requests[0].path, "/v1/products");
    EXPECT_EQ(got.requests[0].rawQuery, "targetView=AzureReservationsVM&country=US");  // order and case kept
    EXPECT_EQ(got.requests[0].header("x-a"), "1, 2");
    EXPECT_EQ(got.requests[1].path, "/v1/carts");  // absolute form
    EXPECT_EQ(got.requests[1].body, "abcde");
    EXPECT_EQ(got.requests[2].body, "wxyz");
    EXPECT_EQ(got.keepAlive, (std::vector<bool>{true, true, false}));
}

TEST(RequestReader, PipelinedRequestsReadAtOnce) {
    RequestReader reader;
    Recorded got;
    reader.read(kPipelined, got);
    expectThePipelinedRequests(got);
}

TEST(RequestReader, TheBodyLimitIsAskedOnlyForRequestsThatAnnounceABody) {
    // Asking costs a route lookup; the GET of kPipelined has no body, the other two do.
    RequestReader reader;
    Recorded got;
    reader.read(kPipelined, got);
    EXPECT_EQ(got.limitsAsked, 2);
}

TEST(RequestReader, TheSameRequestsWhenEveryByteComesAlone) {
    RequestReader reader;
    Recorded got;
    for (char c : kPipelined) reader.read(std::string_view(&c, 1), got);
    expectThePipelinedRequests(got);
}

TEST(RequestReader, TheSameRequestsWhateverTheSplit) {
    for (std::size_t split = 1; split < kPipelined.size(); ++split) {
        RequestReader reader;
        Recorded got;
        reader.read(std::string_view(kPipelined).substr(0, split), got);
        reader.read(std::string_view(kPipelined).substr(split), got);
        SCOPED_TRACE(split);
        expectThePipelinedRequests(got);
    }
}

TEST(RequestReader, ContinueIsWantedOnceWhenTheHeadAsksAndABodyFollows) {
    RequestReader reader;
    Recorded got;
    reader.read("POST /a HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n", got);
    EXPECT_EQ(got.continues, 1);
    EXPECT_TRUE(reader.inRequest());
    reader.read("{}", got);
    ASSERT_EQ(got.requests.size(), 1u);
    EXPECT_FALSE(reader.inRequest());
    reader.read("GET /b HTTP/1.1\r\nExpect: 100-continue\r\n\r\n", got);  // no body: nothing to wait for
    EXPECT_EQ(got.continues, 1);
}

TEST(RequestReader, AHeadPastTheLimitIsRefusedBeforeItEnds) {
    RequestReader reader(RequestReaderLimits{100});
    Recorded got;
    reader.read("GET /a HTTP/1.1\r\nX: " + std::string(200, 'a'), got);
    EXPECT_EQ(got.refusedStatus, 431);
    EXPECT_TRUE(reader.stopped());
    reader.read("\r\n\r\nGET /b HTTP/1.1\r\n\r\n", got);  // nothing more is read
    EXPECT_TRUE(got.requests.empty());
}

TEST(RequestReader, AChunkPastTheBodyLimitIsRefusedWhenAnnounced) {
    RequestReader reader;
    Recorded got;
    got.limit = 10;
    reader.read("POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n12345678\r\n3\r\n", got);
    ASSERT_EQ(got.requests.size(), 1u);
    EXPECT_TRUE(got.requests[0].bodyTooLarge);
    EXPECT_TRUE(got.requests[0].body.empty());
    EXPECT_EQ(got.keepAlive[0], false);
    EXPECT_TRUE(reader.stopped());
}

TEST(RequestReader, ALengthPastTheBodyLimitIsRefusedWithTheHead) {
    RequestReader reader;
    Recorded got;
    got.limit = 10;
    reader.read("POST /a HTTP/1.1\r\nContent-Length: 11\r\nExpect: 100-continue\r\n\r\n", got);
    ASSERT_EQ(got.requests.size(), 1u);
    EXPECT_TRUE(got.requests[0].bodyTooLarge);
    EXPECT_EQ(got.continues, 0);
}

TEST(RequestReader, ConnectIsRefusedUnlessTheEventsTakeIt) {
    RequestReader reader;
    Recorded got;
    reader.read("CONNECT api.partnercenter.microsoft.com:443 HTTP/1.1\r\nHost: x\r\n\r\n", got);
    EXPECT_EQ(got.refusedStatus, 405);
    EXPECT_TRUE(got.tunnels.empty());
    EXPECT_TRUE(reader.stopped());
}

TEST(RequestReader, AConnectHeadHandsOnTheBytesAfterItAndTheNextReadBeginsAfresh) {
    const std::string head =
        "CONNECT api.partnercenter.microsoft.com:443 HTTP/1.1\r\nHost: api.partnercenter.microsoft.com:443\r\n"
        "Proxy-Authorization: Basic c2I6eA==\r\n\r\n";
    const std::string hello("\x16\x03\x01\x00\x05hello", 10);
    const std::string sent = head + hello;  // a ClientHello in the same write as the head
    for (std::size_t split = 1; split < sent.size(); ++split) {
        RequestReader reader;
        Recorded got;
        got.takesConnect = true;
        reader.read(sent.substr(0, split), got);
        // Once the tunnel is handed on, the bytes are the tunnel's, not the reader's.
        std::string afterward;
        if (got.tunnels.empty()) reader.read(sent.substr(split), got);
        else afterward = sent.substr(split);
        ASSERT_EQ(got.tunnels.size(), 1u) << split << got.refusedWhy;
        EXPECT_EQ(got.tunnels[0],
                  "api.partnercenter.microsoft.com:443|" + hello.substr(0, hello.size() - afterward.size()))
            << split;
        EXPECT_EQ(got.tunnelAuthorization, "Basic c2I6eA==");
        EXPECT_FALSE(reader.stopped());
        EXPECT_FALSE(reader.inRequest());
        got.takesConnect = false;  // inside the tunnel
        reader.read("GET /_pcsim/health HTTP/1.1\r\nHost: x\r\n\r\n", got);
        ASSERT_EQ(got.requests.size(), 1u) << got.refusedWhy;
        EXPECT_EQ(got.requests[0].path, "/_pcsim/health");
    }
}

TEST(RequestReader, AConnectTargetThatIsNotAnAuthorityIsRefusedWith400) {
    RequestReader reader;
    Recorded got;
    got.takesConnect = true;
    reader.read("CONNECT a\"b:443 HTTP/1.1\r\nHost: x\r\n\r\n", got);
    EXPECT_EQ(got.refusedStatus, 400);
    EXPECT_NE(got.refusedWhy.find("host:port"), std::string::npos) << got.refusedWhy;
    // Targets the parser takes are judged by the proxy (proxy_test.cpp).
    RequestReader other;
    Recorded taken;
    taken.takesConnect = true;
    other.read("CONNECT /v1/customers HTTP/1.1\r\nHost: x\r\n\r\n", taken);
    EXPECT_EQ(taken.tunnels, std::vector<std::string>{"/v1/customers|"});
}

}  // namespace
}  // namespace pcsim::http
