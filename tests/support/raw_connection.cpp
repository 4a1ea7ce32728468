#include "support/raw_connection.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>

namespace pcsim::testing {

RawConnection::RawConnection(const std::string& baseUrl, int receiveBuffer, int timeoutSeconds) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    if (receiveBuffer > 0) ::setsockopt(fd_, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
    timeval timeout{timeoutSeconds, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(std::stoi(baseUrl.substr(baseUrl.rfind(':') + 1))));
    ::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
    connected_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
}

RawConnection::~RawConnection() { ::close(fd_); }

void RawConnection::send(const std::string& bytes) {
    std::size_t sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) return;
        sent += static_cast<std::size_t>(n);
    }
}

std::string RawConnection::receive(std::size_t count) {
    while (buffered_.size() < count) {
        char chunk[65536];
        const ssize_t n = ::recv(fd_, chunk, std::min(sizeof chunk, count - buffered_.size()), 0);
        if (n <= 0) break;
        buffered_.append(chunk, static_cast<std::size_t>(n));
    }
    std::string out = buffered_.substr(0, std::min(count, buffered_.size()));
    buffered_.erase(0, out.size());
    return out;
}

WireResponse RawConnection::receiveResponse() {
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
    if (length != std::string::npos) response.body = receive(std::stoul(response.headers.substr(length + 16)));
    return response;
}

bool RawConnection::endedByServer() {
    if (!buffered_.empty()) return false;
    char byte;
    return ::recv(fd_, &byte, 1, 0) == 0;
}

std::string getRequest(const std::string& target, const std::string& token, const std::string& version) {
    std::string request = "GET " + target + " " + version + "\r\nHost: 127.0.0.1\r\n";
    if (!token.empty()) request += "Authorization: Bearer " + token + "\r\n";
    return request + "\r\n";
}

}  // namespace pcsim::testing
