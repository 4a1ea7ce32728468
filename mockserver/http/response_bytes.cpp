#include "http/response_bytes.hpp"

#include <sys/socket.h>

#include <cerrno>
#include <ctime>

namespace pcsim::http {

std::string responseBytes(const HttpResponse& response, std::string_view reasonPhrase, std::string_view httpDate,
                          bool keepAlive, std::string_view version) {
    const bool bodyAllowed = response.status != 204 && response.status != 304;
    std::string out;
    std::size_t headersSize = 0;
    for (const auto& [name, value] : response.headers) headersSize += name.size() + value.size() + 4;
    out.reserve(96 + reasonPhrase.size() + httpDate.size() + headersSize + response.body.size());
    out.append(version)
        .append(" ")
        .append(std::to_string(response.status))
        .append(" ")
        .append(reasonPhrase)
        .append("\r\n");
    out.append("Date: ").append(httpDate).append("\r\n");
    for (const auto& [name, value] : response.headers) out.append(name).append(": ").append(value).append("\r\n");
    out.append(keepAlive ? "Connection: Keep-Alive\r\n" : "Connection: Close\r\n");
    if (bodyAllowed) out.append("Content-Length: ").append(std::to_string(response.body.size())).append("\r\n");
    out.append("\r\n");
    if (bodyAllowed) out.append(response.body);
    return out;
}

const std::string& httpDateNow() {
    thread_local std::time_t formattedSecond = 0;
    thread_local std::string formatted;
    const std::time_t now = std::time(nullptr);
    if (now != formattedSecond) {
        std::tm utc{};
        gmtime_r(&now, &utc);
        char text[40];
        formatted.assign(text, std::strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S GMT", &utc));
        formattedSecond = now;
    }
    return formatted;
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
