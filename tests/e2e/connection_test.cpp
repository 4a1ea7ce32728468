// How answers travel on a connection, spoken to over a plain socket: HTTP/1.1 keep-alive,
// pipelining and `Connection: close`, an answer larger than the socket buffers, unreadable requests,
// and HTTP/1.0.
#include <chrono>
#include <thread>
#include <vector>

#include "e2e_fixture.hpp"
#include "support/raw_connection.hpp"

namespace pcsim::testing {
namespace {

class ConnectionTest : public E2eTest {
protected:
    static void SetUpTestSuite() { startServer(std::string(PCSIM_E2E_DIR) + "/large-responses.yaml"); }
};

TEST_F(ConnectionTest, OneHttp11ConnectionServesRequestAfterRequest) {
    RawConnection connection(server().url(""));
    ASSERT_TRUE(connection.connected());
    for (int i = 0; i < 3; ++i) {
        connection.send(getRequest("/_pcsim/health"));
        WireResponse response = connection.receiveResponse();
        ASSERT_EQ(response.statusLine, "HTTP/1.1 200 OK") << "request " << i;
        EXPECT_NE(response.headers.find("Connection: Keep-Alive\r\n"), std::string::npos) << response.headers;
        EXPECT_EQ(nlohmann::json::parse(response.body)["status"], "ok");
    }
}

TEST_F(ConnectionTest, AnAnswerLargerThanTheSocketBuffersArrivesWholeThenTheNextOne) {
    const std::string token = appToken();
    auto products = call("GET", "/v1/products?country=US&targetView=AzureReservationsVM", token);
    ASSERT_EQ(products.status, 200);
    const std::string skus =
        "/v1/products/" + products.json()["items"][0]["id"].get<std::string>() + "/skus?country=US";

    // A small receive buffer, and nothing read for a while: the server cannot write the SKU list
    // (about 8 MB, more than a socket's send buffer grows to by default) at once and must finish it
    // later, after this client has read some.
    RawConnection connection(server().url(""), 4096);
    ASSERT_TRUE(connection.connected());
    connection.send(getRequest(skus, token));
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    // Make room, then ask again on the same connection: the second answer must wait its turn
    // behind the rest of the first, not slip into the room just made.
    const std::string start = connection.receive(65536);
    ASSERT_EQ(start.rfind("HTTP/1.1 200 OK\r\n", 0), 0u) << start.substr(0, 200);
    connection.send(getRequest("/_pcsim/health"));
    std::this_thread::sleep_for(std::chrono::milliseconds(100));

    const auto headerEnd = start.find("\r\n\r\n");
    ASSERT_NE(headerEnd, std::string::npos);
    const auto lengthAt = start.find("Content-Length: ");
    ASSERT_LT(lengthAt, headerEnd);
    const std::size_t length = std::stoul(start.substr(lengthAt + 16));
    const std::size_t bodyReceived = start.size() - headerEnd - 4;
    ASSERT_GT(length, 6'000'000u);
    const std::string body = start.substr(headerEnd + 4) + connection.receive(length - bodyReceived);
    ASSERT_EQ(body.size(), length);
    auto list = nlohmann::json::parse(body, nullptr, false);
    ASSERT_FALSE(list.is_discarded()) << "the SKU list arrived mixed with other bytes";
    EXPECT_EQ(list["totalCount"], list["items"].size());
    EXPECT_GT(list["items"].size(), 1000u);

    WireResponse next = connection.receiveResponse();
    ASSERT_EQ(next.statusLine, "HTTP/1.1 200 OK");
    EXPECT_EQ(nlohmann::json::parse(next.body)["status"], "ok");
}

TEST_F(ConnectionTest, PipelinedRequestsAreEachAnsweredInOrder) {
    // Three requests in one write, the second with a body: each gets its answer, in order.
    const std::string sandbox = "/_sandbox/pipelined";
    const std::string advance = R"({"advance":"PT1H"})";
    RawConnection connection(server().url(""));
    ASSERT_TRUE(connection.connected());
    connection.send(getRequest(sandbox + "/_pcsim/clock") + "POST " + sandbox +
                    "/_pcsim/clock HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: " +
                    std::to_string(advance.size()) + "\r\n\r\n" + advance + getRequest(sandbox + "/_pcsim/clock"));
    std::vector<std::string> clocks;
    for (int i = 0; i < 3; ++i) {
        WireResponse response = connection.receiveResponse();
        ASSERT_EQ(response.statusLine, "HTTP/1.1 200 OK") << "answer " << i;
        clocks.push_back(nlohmann::json::parse(response.body)["now"]);
    }
    EXPECT_EQ(clocks, (std::vector<std::string>{"2026-03-02T10:00:00.0000000Z", "2026-03-02T11:00:00.0000000Z",
                                                "2026-03-02T11:00:00.0000000Z"}));
    EXPECT_EQ(http_.send("DELETE", server().url("/_pcsim/sandboxes/pipelined")).status, 204);
}

TEST_F(ConnectionTest, AnAnswerHeldBackByAFaultKeepsItsPlaceAmongPipelinedOnes) {
    const std::string sandbox = "/_sandbox/held-back";
    ASSERT_EQ(http_
                  .send("POST", server().url(sandbox + "/_pcsim/faults"),
                        R"({"name":"slow","match":{"method":"GET","path":"/v1/customers"},"respond":{"delayMs":300}})")
                  .status,
              201);
    RawConnection connection(server().url(""));
    ASSERT_TRUE(connection.connected());
    // The first answer is held back 300 ms; the second (the control plane, never faulted) is ready at
    // once but must come after it.
    connection.send(getRequest(sandbox + "/v1/customers") + getRequest(sandbox + "/_pcsim/health"));
    WireResponse first = connection.receiveResponse();
    EXPECT_EQ(first.statusLine, "HTTP/1.1 401 Unauthorized");  // no token: the route's own answer, late
    WireResponse second = connection.receiveResponse();
    ASSERT_EQ(second.statusLine, "HTTP/1.1 200 OK");
    EXPECT_EQ(nlohmann::json::parse(second.body)["status"], "ok");
    EXPECT_EQ(http_.send("DELETE", server().url("/_pcsim/sandboxes/held-back")).status, 204);
}

TEST_F(ConnectionTest, AClientThatExpects100ContinueGetsItAndThenItsAnswer) {
    const std::string sandbox = "/_sandbox/continue";
    const std::string advance = R"({"advance":"PT1H"})";
    RawConnection connection(server().url(""));
    ASSERT_TRUE(connection.connected());
    connection.send("POST " + sandbox + "/_pcsim/clock HTTP/1.1\r\nContent-Type: application/json\r\n" +
                    "Expect: 100-continue\r\nContent-Length: " + std::to_string(advance.size()) + "\r\n\r\n");
    // The interim answer comes before any body is sent (curl would otherwise wait a second).
    EXPECT_EQ(connection.receive(25), "HTTP/1.1 100 Continue\r\n\r\n");
    connection.send(advance);
    WireResponse response = connection.receiveResponse();
    ASSERT_EQ(response.statusLine, "HTTP/1.1 200 OK");
    EXPECT_EQ(nlohmann::json::parse(response.body)["now"], "2026-03-02T11:00:00.0000000Z");
    EXPECT_EQ(http_.send("DELETE", server().url("/_pcsim/sandboxes/continue")).status, 204);
}

TEST_F(ConnectionTest, UnreadableRequestsGet400InTheServicesShapeAndEndTheConnection) {
    // A request line that is not one, a Host that is not a host, a length that is not a number
    // (request_reading_test.cpp has the rest).
    const std::string health = "GET /_pcsim/health HTTP/1.1\r\n";
    for (const std::string& request :
         {"NOT A REQUEST\r\n\r\n" + getRequest("/_pcsim/health"), health + "Host: [::1\r\n\r\n",
          health + "Host: a:99999999\r\n\r\n", health + "Content-Length: 99999999999999999999999\r\n\r\n"}) {
        RawConnection connection(server().url(""));
        ASSERT_TRUE(connection.connected());
        connection.send(request);
        WireResponse response = connection.receiveResponse();
        EXPECT_EQ(response.statusLine, "HTTP/1.1 400 Bad Request") << request;
        EXPECT_NE(response.headers.find("Connection: Close\r\n"), std::string::npos) << request << response.headers;
        EXPECT_EQ(nlohmann::json::parse(response.body, nullptr, false)["code"], 800002) << request << response.body;
        EXPECT_TRUE(connection.endedByServer()) << request;
    }
    EXPECT_EQ(http_.send("GET", server().url("/_pcsim/health")).status, 200);  // and the server goes on
}

TEST_F(ConnectionTest, EmptyLinesBeforeARequestAreIgnored) {
    RawConnection connection(server().url(""));
    ASSERT_TRUE(connection.connected());
    connection.send("\r\n\r\n" + getRequest("/_pcsim/health"));
    WireResponse response = connection.receiveResponse();
    ASSERT_EQ(response.statusLine, "HTTP/1.1 200 OK");
    EXPECT_EQ(nlohmann::json::parse(response.body)["status"], "ok");
}

TEST_F(ConnectionTest, ConnectionCloseGetsItsAnswerThenTheConnectionEnds) {
    RawConnection connection(server().url(""));
    ASSERT_TRUE(connection.connected());
    // A request sent after it on the same connection is not carried out: the clock stays put.
    const std::string sandbox = "/_sandbox/closing";
    const std::string advance = R"({"advance":"PT1H"})";
    connection.send("GET " + sandbox + "/_pcsim/clock HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n" +
                    "POST " + sandbox + "/_pcsim/clock HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: " +
                    std::to_string(advance.size()) + "\r\n\r\n" + advance);
    WireResponse response = connection.receiveResponse();
    ASSERT_EQ(response.statusLine, "HTTP/1.1 200 OK");
    EXPECT_NE(response.headers.find("Connection: Close\r\n"), std::string::npos) << response.headers;
    const auto before = nlohmann::json::parse(response.body)["now"];
    EXPECT_TRUE(connection.endedByServer());
    EXPECT_EQ(http_.send("GET", server().url(sandbox + "/_pcsim/clock")).json()["now"], before);
    EXPECT_EQ(http_.send("DELETE", server().url("/_pcsim/sandboxes/closing")).status, 204);
}

TEST_F(ConnectionTest, Http10IsAnsweredInHttp10AndClosedUnlessAskedToKeepAlive) {
    RawConnection once(server().url(""));
    ASSERT_TRUE(once.connected());
    once.send(getRequest("/_pcsim/health", {}, "HTTP/1.0"));
    WireResponse response = once.receiveResponse();
    EXPECT_EQ(response.statusLine, "HTTP/1.0 200 OK");
    EXPECT_NE(response.headers.find("Connection: Close\r\n"), std::string::npos) << response.headers;
    EXPECT_EQ(nlohmann::json::parse(response.body)["status"], "ok");
    EXPECT_TRUE(once.endedByServer());

    RawConnection kept(server().url(""));
    ASSERT_TRUE(kept.connected());
    for (int i = 0; i < 2; ++i) {
        kept.send("GET /_pcsim/health HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        WireResponse again = kept.receiveResponse();
        ASSERT_EQ(again.statusLine, "HTTP/1.0 200 OK") << "request " << i;
        EXPECT_NE(again.headers.find("Connection: Keep-Alive\r\n"), std::string::npos) << again.headers;
    }
}

}  // namespace
}  // namespace pcsim::testing
