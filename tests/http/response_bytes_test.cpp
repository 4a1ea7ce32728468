// The bytes the server writes for a response itself, and its send that never blocks.
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <unistd.h>

#include "http/response_bytes.hpp"

namespace pcsim::http {
namespace {

TEST(ResponseBytes, StatusLineDateHeadersInOrderThenLengthAndBody) {
    HttpResponse response;
    response.status = 201;
    response.headers = {{"Content-Type", "application/json; charset=utf-8"}, {"MS-RequestId", "r-1"}};
    response.body = R"({"id":"c"})";
    EXPECT_EQ(responseBytes(response, "Created", "Fri, 27 Nov 2026 07:00:00 GMT"),
              "HTTP/1.1 201 Created\r\n"
              "Date: Fri, 27 Nov 2026 07:00:00 GMT\r\n"
              "Content-Type: application/json; charset=utf-8\r\n"
              "MS-RequestId: r-1\r\n"
              "Connection: Keep-Alive\r\n"
              "Content-Length: 10\r\n"
              "\r\n"
              R"({"id":"c"})");
}

TEST(ResponseBytes, NoContentCarriesNeitherLengthNorBody) {
    HttpResponse response;
    response.status = 204;
    response.body = "ignored";
    EXPECT_EQ(responseBytes(response, "No Content", "D"),
              "HTTP/1.1 204 No Content\r\nDate: D\r\nConnection: Keep-Alive\r\n\r\n");
}

TEST(ResponseBytes, AClosingHttp10Answer) {
    HttpResponse response;
    response.body = "{}";
    EXPECT_EQ(responseBytes(response, "OK", "D", false, "HTTP/1.0"),
              "HTTP/1.0 200 OK\r\nDate: D\r\nConnection: Close\r\nContent-Length: 2\r\n\r\n{}");
}

class SocketPair : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_EQ(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, fds_), 0); }
    void TearDown() override {
        for (int fd : fds_)
            if (fd >= 0) ::close(fd);
    }
    int fds_[2] = {-1, -1};
};

TEST_F(SocketPair, SendsWhatTheSocketTakesAndReportsHowMuch) {
    int small = 4096;
    ASSERT_EQ(::setsockopt(fds_[0], SOL_SOCKET, SO_SNDBUF, &small, sizeof small), 0);
    const std::string big(4 << 20, 'x');  // far more than the socket buffers hold
    const std::ptrdiff_t sent = sendWithoutBlocking(fds_[0], big);
    EXPECT_GT(sent, 0);
    EXPECT_LT(sent, static_cast<std::ptrdiff_t>(big.size()));  // returned instead of blocking

    EXPECT_EQ(sendWithoutBlocking(fds_[0], "y"), 0);  // still full: nothing taken, no error
}

TEST_F(SocketPair, ReportsAConnectionThatIsGone) {
    ::close(fds_[1]);
    fds_[1] = -1;
    EXPECT_EQ(sendWithoutBlocking(fds_[0], "hello"), -1);
}

TEST_F(SocketPair, SmallMessagesGoOutWhole) {
    EXPECT_EQ(sendWithoutBlocking(fds_[0], "hello"), 5);
    char received[8] = {};
    EXPECT_EQ(::recv(fds_[1], received, sizeof received, 0), 5);
    EXPECT_STREQ(received, "hello");
}

}  // namespace
}  // namespace pcsim::http
