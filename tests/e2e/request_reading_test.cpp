// How the server reads requests off a socket: the byte sequences that once stalled a thread, merged
// two requests or were read leniently, each sent over a plain socket exactly as a client did.
// Every refusal is the service's error shape (400 class, code 800002, words for people) and ends the
// connection; the server goes on serving others.
#include <chrono>
#include <thread>
#include <vector>

#include "e2e_fixture.hpp"
#include "support/raw_connection.hpp"

namespace pcsim::testing {
namespace {

class RequestReadingTest : public E2eTest {
protected:
    static void SetUpTestSuite() { startServer(); }

    // Sends `bytes` on a new connection; the one answer, which must end the connection.
    WireResponse refusedAnswer(const std::string& bytes) {
        RawConnection connection(server().url(""));
        EXPECT_TRUE(connection.connected());
        connection.send(bytes);
        WireResponse response = connection.receiveResponse();
        EXPECT_NE(response.headers.find("Connection: Close\r\n"), std::string::npos) << bytes << response.headers;
        EXPECT_TRUE(connection.endedByServer()) << bytes;
        return response;
    }

    static std::string chunkedClock(const std::string& sandbox, const std::string& chunks) {
        return "POST /_sandbox/" + sandbox +
               "/_pcsim/clock HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
               "Transfer-Encoding: chunked\r\n\r\n" +
               chunks;
    }

    std::string clockOf(const std::string& sandbox) {
        return http_.send("GET", server().url("/_sandbox/" + sandbox + "/_pcsim/clock")).json().at("now");
    }
};

// The words of a refusal never show the server's internals.
void expectWordsForPeople(const std::string& body) {
    auto json = nlohmann::json::parse(body, nullptr, false);
    ASSERT_TRUE(json.is_object()) << body;
    EXPECT_EQ(json["code"], 800002) << body;
    const std::string description = json.value("description", "");
    EXPECT_FALSE(description.empty()) << body;
    for (const char* internal : {"std::", "basic_string", "exception", "stoull", "bad_alloc", "what()"})
        EXPECT_EQ(description.find(internal), std::string::npos) << body;
}

TEST_F(RequestReadingTest, AChunkedBodyWhoseReadEndsBetweenCrAndLfIsAnswered) {
    RawConnection connection(server().url(""));
    ASSERT_TRUE(connection.connected());
    connection.send(chunkedClock("crlf", "12\r\n{\"advance\":\"PT1H\"}\r"));
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    connection.send("\n0\r\n\r\n");
    WireResponse response = connection.receiveResponse();
    ASSERT_EQ(response.statusLine, "HTTP/1.1 200 OK") << response.body;
    EXPECT_EQ(nlohmann::json::parse(response.body)["now"], "2026-03-02T11:00:00.0000000Z");
    // The connection is still good for the next request.
    connection.send(getRequest("/_pcsim/health"));
    EXPECT_EQ(connection.receiveResponse().statusLine, "HTTP/1.1 200 OK");
    EXPECT_EQ(http_.send("DELETE", server().url("/_pcsim/sandboxes/crlf")).status, 204);
}

TEST_F(RequestReadingTest, ABodyOfOneByteChunksInOneWriteIsRead) {
    const std::string body = R"({"advance":"PT2H"})" + std::string(6000, ' ');
    std::string chunks;
    for (char c : body) chunks += std::string("1\r\n") + c + "\r\n";
    chunks += "0\r\n\r\n";
    RawConnection connection(server().url(""));
    ASSERT_TRUE(connection.connected());
    connection.send(chunkedClock("bytes", chunks));
    WireResponse response = connection.receiveResponse();
    ASSERT_EQ(response.statusLine, "HTTP/1.1 200 OK") << response.body;
    EXPECT_EQ(nlohmann::json::parse(response.body)["now"], "2026-03-02T12:00:00.0000000Z");
    EXPECT_EQ(http_.send("DELETE", server().url("/_pcsim/sandboxes/bytes")).status, 204);
}

TEST_F(RequestReadingTest, ChunkExtensionsAreAccepted) {
    RawConnection connection(server().url(""));
    ASSERT_TRUE(connection.connected());
    connection.send(chunkedClock("ext", "12;name=value\r\n{\"advance\":\"PT1H\"}\r\n0;last\r\n\r\n"));
    WireResponse response = connection.receiveResponse();
    ASSERT_EQ(response.statusLine, "HTTP/1.1 200 OK") << response.body;
    EXPECT_EQ(http_.send("DELETE", server().url("/_pcsim/sandboxes/ext")).status, 204);
}

TEST_F(RequestReadingTest, AHeaderLineWithoutAColonIsRefusedAndNeverMergesWithTheNextRequest) {
    // The next request names another sandbox: with the lenient parser the first request's method and
    // path ran with its headers, and advanced that sandbox's clock.
    const std::string before = clockOf("merged");
    for (const std::string& broken : {std::string("NoColonHere\r\n"), std::string("X-Folded: a\r\n  b\r\n")}) {
        const std::string bytes = "POST /_pcsim/clock HTTP/1.1\r\nHost: 127.0.0.1\r\n" + broken +
                                  "\r\nPOST /_pcsim/clock HTTP/1.1\r\nHost: 127.0.0.1\r\nX-PCSim-Sandbox: merged\r\n"
                                  "Content-Type: application/json\r\nContent-Length: 18\r\n\r\n{\"advance\":\"PT1H\"}";
        WireResponse response = refusedAnswer(bytes);
        EXPECT_EQ(response.statusLine, "HTTP/1.1 400 Bad Request") << broken;
        expectWordsForPeople(response.body);
    }
    EXPECT_EQ(clockOf("merged"), before);
    EXPECT_EQ(http_.send("DELETE", server().url("/_pcsim/sandboxes/merged")).status, 204);
}

TEST_F(RequestReadingTest, FramingThatIsNotHttp11IsRefusedWithWordsForPeople) {
    const std::string post = "POST /_pcsim/clock HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"GARBAGE\r\n\r\n", "HTTP/1.1 400 Bad Request"},
        {"GET /_pcsim/health\r\n\r\n", "HTTP/1.1 400 Bad Request"},                        // no version
        {"GET /_pcsim/health HTTP/1.1\nHost: 127.0.0.1\n\n", "HTTP/1.1 400 Bad Request"},  // LF alone
        {"GET /_pcsim/health HTTP/2.0\r\n\r\n", "HTTP/1.1 505 HTTP Version Not Supported"},
        {post + "Content-Length: abc\r\n\r\n", "HTTP/1.1 400 Bad Request"},
        {post + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}x", "HTTP/1.1 400 Bad Request"},
        {post + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "HTTP/1.1 400 Bad Request"},
        {post + "Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFF\r\n", "HTTP/1.1 400 Bad Request"},
        {post + "Transfer-Encoding: chunked\r\n\r\nzz\r\n", "HTTP/1.1 400 Bad Request"},
        {post + "Transfer-Encoding: gzip\r\n\r\n", "HTTP/1.1 501 Not Implemented"},
        {post + "Content-Type : application/json\r\n\r\n", "HTTP/1.1 400 Bad Request"},
        {"GET /_pcsim/health HTTP/1.1\r\nHost: [::1\r\n\r\n", "HTTP/1.1 400 Bad Request"},
        {"GET /_pcsim/health HTTP/1.1\r\nHost: a:99999999\r\n\r\n", "HTTP/1.1 400 Bad Request"},
        {post + "Content-Length: 99999999999999999999999\r\n\r\n", "HTTP/1.1 400 Bad Request"},
    };
    for (const auto& [bytes, status] : cases) {
        SCOPED_TRACE(bytes);
        WireResponse response = refusedAnswer(bytes);
        EXPECT_EQ(response.statusLine, status);
        expectWordsForPeople(response.body);
    }
    EXPECT_EQ(http_.send("GET", server().url("/_pcsim/health")).status, 200);
}

TEST_F(RequestReadingTest, HeaderValuesTheOldParserThrewOnAreServed) {
    for (const char* header : {"Date: garbage", "Cookie: ===;;;", "Accept: */*;q=x"}) {
        RawConnection connection(server().url(""));
        ASSERT_TRUE(connection.connected());
        connection.send("GET /_pcsim/health HTTP/1.1\r\nHost: 127.0.0.1\r\n" + std::string(header) + "\r\n\r\n");
        EXPECT_EQ(connection.receiveResponse().statusLine, "HTTP/1.1 200 OK") << header;
    }
}

TEST_F(RequestReadingTest, AHeadOverItsLimitGets431AsSoonAsItPassesIt) {
    // 64 KiB of head is read; past it, the answer comes without waiting for the head to end.
    RawConnection fits(server().url(""));
    ASSERT_TRUE(fits.connected());
    fits.send("GET /_pcsim/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + std::string(60 << 10, 'a') + "\r\n\r\n");
    EXPECT_EQ(fits.receiveResponse().statusLine, "HTTP/1.1 200 OK");

    RawConnection tooLong(server().url(""));
    ASSERT_TRUE(tooLong.connected());
    tooLong.send("GET /_pcsim/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + std::string(2 << 20, 'a'));
    WireResponse response = tooLong.receiveResponse();
    EXPECT_EQ(response.statusLine, "HTTP/1.1 431 Request Header Fields Too Large");
    expectWordsForPeople(response.body);

    std::string manyHeaders = "GET /_pcsim/health HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (int i = 0; i < 100000; ++i) manyHeaders += "X: y\r\n";
    EXPECT_EQ(refusedAnswer(manyHeaders + "\r\n").statusLine, "HTTP/1.1 431 Request Header Fields Too Large");
}

TEST_F(RequestReadingTest, ABodyOverTheLimitGets413BeforeItIsSent) {
    // Only the head is sent: the answer does not wait for 70 MiB that never come.
    const std::string carts = "/v1/customers/" + kCustomer + "/carts";
    WireResponse announced = refusedAnswer("POST " + carts +
                                           " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                           "Content-Length: 73400320\r\n\r\n{");
    EXPECT_EQ(announced.statusLine, "HTTP/1.1 413 Request Entity Too Large");
    expectWordsForPeople(announced.body);

    WireResponse chunk = refusedAnswer("POST " + carts +
                                       " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                       "Transfer-Encoding: chunked\r\n\r\n200000\r\n{");
    EXPECT_EQ(chunk.statusLine, "HTTP/1.1 413 Request Entity Too Large");

    // A client that waits for 100 Continue gets the 413 instead.
    WireResponse expecting = refusedAnswer("POST " + carts +
                                           " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                           "Expect: 100-continue\r\nContent-Length: 2097152\r\n\r\n");
    EXPECT_EQ(expecting.statusLine, "HTTP/1.1 413 Request Entity Too Large");
}

TEST_F(RequestReadingTest, JsonNumbersOutOfRangeAre400NotServerErrors) {
    for (const std::string& number : {std::string("1e400"), std::string(400, '9'), std::string("-1e400")}) {
        auto control = http_.send("POST", server().url("/_pcsim/clock"), R"({"advance":)" + number + "}",
                                  {{"Content-Type", "application/json"}});
        EXPECT_EQ(control.status, 400) << number << control.body;
        expectWordsForPeople(control.body);
        auto cart = call("POST", "/v1/customers/" + kCustomer + "/carts", appToken(),
                         R"({"lineItems":[{"quantity":)" + number + "}]}");
        EXPECT_EQ(cart.status, 400) << number << cart.body;
        expectWordsForPeople(cart.body);
    }
}

}  // namespace
}  // namespace pcsim::testing
