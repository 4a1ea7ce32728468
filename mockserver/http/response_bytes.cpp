#include "http/response_bytes.hpp"

#include <sys/socket.h>

#include <cerrno>

namespace pcsim::http {

std::string responseBytes(const HttpResponse& response, std::string_view reasonPhrase, std::string_view httpDate) {
    const bool bodyAllowed = response.status != 204 && response.status != 304;
    std::string out;
    std::size_t headersSize = 0;
    for (const auto& [name, value] : response.headers) headersSize += name.size() + value.size() + 4;
    out.reserve(96 + reasonPhrase.size() + httpDate.size() + headersSize + response.body.size());
    out.append("HTTP/1.1 ").append(std::to_string(response.status)).append(" ").append(reasonPhrase).append("\r\n");
    out.append("Date: ").append(httpDate).append("\r\n");
    for (const auto& [name, value] : response.headers) out.append(name).append(": ").append(value).append("\r\n");
    out.append("Connection: Keep-Alive\r\n");
    if (bodyAllowed) out.append("Content-Length: ").append(std::to_string(response.body.size())).append("\r\n");
    out.append("\r\n");
    if (bodyAllowed) out.append(response.body);
    return out;
}

std::ptrdiff_t sendWithoutBlocking(int fd, std::string_view bytes) {
    std::size_t sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            sent += static_cast<std::size_t>(n);
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            break;
        } else {
            return -1;
        }
    }
    return static_cast<std::ptrdiff_t>(sent);
}

}  // namespace pcsim::http
