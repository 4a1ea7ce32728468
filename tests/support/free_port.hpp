#pragma once
// A loopback port nobody listens on: bound to an ephemeral port, then closed. A connection to it is
// refused at once, where a fixed port (127.0.0.1:1) may be filtered and hang until a timeout.
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>
#include <string>

namespace pcsim::testing {

inline int closedLoopbackPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    const bool bound = fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
                       ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0;
    if (fd >= 0) ::close(fd);
    if (!bound) throw std::runtime_error("no ephemeral loopback port to bind");
    return ntohs(address.sin_port);
}

// "http://127.0.0.1:<closed port>"
inline std::string closedLoopbackUrl() { return "http://127.0.0.1:" + std::to_string(closedLoopbackPort()); }

}  // namespace pcsim::testing
