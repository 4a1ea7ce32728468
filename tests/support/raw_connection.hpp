#pragma once
// One plain TCP connection to a test server, for tests of what travels on the wire (keep-alive,
// pipelining, Connection: close, 100 Continue): bytes out as given, responses read back framed by
// their Content-Length. A receive timeout turns a missing answer into a failure instead of a hang.
#include <cstddef>
#include <string>

namespace pcsim::testing {

struct WireResponse {
    std::string statusLine;  // empty when no response came
    std::string headers;     // as received, lines joined by CRLF
    std::string body;
};

class RawConnection {
public:
    // `baseUrl` as TestServer::url("") gives it (http://127.0.0.1:PORT); a `receiveBuffer` > 0 sets
    // the socket's SO_RCVBUF before connecting.
    explicit RawConnection(const std::string& baseUrl, int receiveBuffer = 0, int timeoutSeconds = 10);
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool connected() const { return connected_; }
    void send(const std::string& bytes);
    // Reads exactly `count` bytes (fewer when the connection ends or times out).
    std::string receive(std::size_t count);
    // Reads one response framed by its Content-Length.
    WireResponse receiveResponse();
    // True when the server closed its side: nothing more to read, and no timeout.
    bool endedByServer();

private:
    int fd_ = -1;
    bool connected_ = false;
    std::string buffered_;
};

// "GET TARGET VERSION" with a Host header and, when given, a bearer token.
std::string getRequest(const std::string& target, const std::string& token = {},
                       const std::string& version = "HTTP/1.1");

}  // namespace pcsim::testing
