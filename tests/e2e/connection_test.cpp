// How answers travel on a connection, spoken to over a plain socket: HTTP/1.1 keep-alive,
// pipelining and `Connection: close`, an answer larger than the socket buffers, unreadable requests,
// and HTTP/1.0.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <vector>
#include <thread>

#include "e2e_fixture.hpp"

namespace pcsim::testing {
namespace {

struct WireResponse {
    std::string statusLine;
    std::string headers;  // as received, lines joined by CRLF
    std::string body;
};

// One TCP connection to the test server, with a receive timeout so that a missing answer fails the
// test instead of hanging it.
class Connection {
public:
    Connection(const std::string& baseUrl, int receiveBuffer = 0) {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        if (receiveBuffer > 0) ::setsockopt(fd_, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
        timeval timeout{10, 0};
        ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(static_cast<std::uint16_t>(std::stoi(baseUrl.substr(baseUrl.rfind(':') + 1))));
        ::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
        connected_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    }
    ~Connection() { ::close(fd_); }

    bool connected() const { return connected_; }

    // True when the server closed its side: nothing more to read, and no timeout.
    bool endedByServer() {
        if (!buffered_.empty()) return false;
        char byte;
        return ::recv(fd_, &byte, 1, 0) == 0;
    }

    void send(const std::string& bytes) {
        std::size_t sent = 0;
        while (sent < bytes.size()) {
            ssize_t n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
            if (n <= 0) return;
            sent += static_cast<std::size_t>(n);
        }
    }

    // Reads exactly `count` bytes (fewer when the connection ends or times out).
    std::string receive(std::size_t count) {
        while (buffered_.size() < count) {
            char chunk[65536];
            ssize_t n = ::recv(fd_, chunk, std::min(sizeof chunk, count - buffered_.size()), 0);
            if (n <= 0) break;
            buffered_.append(chunk, static_cast<std::size_t>(n));
        }
        std::string out = buffered_.substr(0, std::min(count, buffered_.size()));
        buffered_.erase(0, out.size());
        return out;
    }

    // Reads one response framed by its Content-Length; an empty status line when none came.
    WireResponse receiveResponse() {
        WireResponse response;
        std::string head;
        while (head.size() < 4 || head.compare(head.size() - 4, 4, "\r\n\r\n") != 0) {
            std::string byte = receive(1);
            if (byte.empty()) return {};
            head += byte;
        }
        response.statusLine = head.substr(0, head.find("\r\n"));
        response.headers = head.substr(response.statusLine.size() + 2);
        const auto length = response.headers.find("Content-Length: ");
        if (length != std::string::npos)
            response.body = receive(std::stoul(response.headers.substr(length + 16)));
        return response;
    }

private:
    int fd_ = -1;
    bool connected_ = false;
    std::string buffered_;
};

std::string get(const std::string& target, const std::string& token = {}, const std::string& version = "HTTP/1.1") {
    std::string request = "GET " + target + " " + version + "\r\nHost: 127.0.0.1\r\n";
    if (!token.empty()) request += "Authorization: Bearer " + token + "\r\n";
    return request + "\r\n";
}

class ConnectionTest : public E2eTest {
protected:
    static void SetUpTestSuite() { startServer(std::string(PCSIM_E2E_DIR) + "/large-responses.yaml"); }
};

TEST_F(ConnectionTest, OneHttp11ConnectionServesRequestAfterRequest) {
    Connection connection(server().url(""));
    ASSERT_TRUE(connection.connected());
    for (int i = 0; i < 3; ++i) {
        connection.send(get("/_pcsim/health"));
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
    Connection connection(server().url(""), 4096);
    ASSERT_TRUE(connection.connected());
    connection.send(get(skus, token));
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    // Make room, then ask again on the same connection: the second answer must wait its turn
    // behind the rest of the first, not slip into the room just made.
    const std::string start = connection.receive(65536);
    ASSERT_EQ(start.rfind("HTTP/1.1 200 OK\r\n", 0), 0u) << start.substr(0, 200);
    connection.send(get("/_pcsim/health"));
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
    Connection connection(server().url(""));
    ASSERT_TRUE(connection.connected());
    connection.send(get(sandbox + "/_pcsim/clock") + "POST " + sandbox +
                    "/_pcsim/clock HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: " +
                    std::to_string(advance.size()) + "\r\n\r\n" + advance + get(sandbox + "/_pcsim/clock"));
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
    ASSERT_EQ(http_.send("POST", server().url(sandbox + "/_pcsim/faults"),
                         R"({"name":"slow","match":{"method":"GET","path":"/v1/customers"},"respond":{"delayMs":300}})")
                  .status,
              201);
    Connection connection(server().url(""));
    ASSERT_TRUE(connection.connected());
    // The first answer is held back 300 ms; the second (the control plane, never faulted) is ready at
    // once but must come after it.
    connection.send(get(sandbox + "/v1/customers") + get(sandbox + "/_pcsim/health"));
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
    Connection connection(server().url(""));
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

TEST_F(ConnectionTest, AnUnreadableRequestGets400AndEndsTheConnection) {
    Connection connection(server().url(""));
    ASSERT_TRUE(connection.connected());
    connection.send("NOT A REQUEST\r\n\r\n" + get("/_pcsim/health"));
    WireResponse response = connection.receiveResponse();
    EXPECT_EQ(response.statusLine, "HTTP/1.1 400 Bad Request");
    EXPECT_NE(response.headers.find("Connection: Close\r\n"), std::string::npos) << response.headers;
    EXPECT_EQ(nlohmann::json::parse(response.body)["code"], 800002);  // the service's error shape
    EXPECT_TRUE(connection.endedByServer());
}

TEST_F(ConnectionTest, ConnectionCloseGetsItsAnswerThenTheConnectionEnds) {
    Connection connection(server().url(""));
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
    Connection once(server().url(""));
    ASSERT_TRUE(once.connected());
    once.send(get("/_pcsim/health", {}, "HTTP/1.0"));
    WireResponse response = once.receiveResponse();
    EXPECT_EQ(response.statusLine, "HTTP/1.0 200 OK");
    EXPECT_NE(response.headers.find("Connection: Close\r\n"), std::string::npos) << response.headers;
    EXPECT_EQ(nlohmann::json::parse(response.body)["status"], "ok");
    EXPECT_TRUE(once.endedByServer());

    Connection kept(server().url(""));
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
