#include "http/transport/head_syntax.hpp"

#include <cctype>

namespace pcsim::http {

std::string_view HeadSyntax::scan(std::string_view bytes) {
    for (const char c : bytes) {
        if (c == '\n') {
            if (!previousWasCr_) return "A line of the request head ends in LF alone; HTTP/1.1 lines end in CRLF.";
            previousWasCr_ = false;
            atLineStart_ = true;
            inFieldName_ = false;
            continue;
        }
        if (previousWasCr_) return "A CR in the request head is not followed by LF.";
        previousWasCr_ = c == '\r';
        if (c == '\r') continue;
        if (atLineStart_) {
            atLineStart_ = false;
            if (linesBegun_++ > 0) {
                if (c == ' ' || c == '\t')
                    return "A header line begins with whitespace (obs-fold continuation), which HTTP/1.1 no longer "
                           "allows; send each header on one line.";
                inFieldName_ = true;
            }
        }
        if (inFieldName_) {
            if (c == ':') inFieldName_ = false;
            else if (c == ' ' || c == '\t')
                return "A header name is followed by whitespace before its colon, which HTTP/1.1 does not allow.";
        }
    }
    return {};
}

namespace {

bool isRegNameChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) ||
           std::string_view("-._~%!$&'()*+,;=").find(c) != std::string_view::npos;
}

bool isIpLiteralChar(char c) { return std::isxdigit(static_cast<unsigned char>(c)) || c == ':' || c == '.'; }

}  // namespace

std::string hostProblem(std::string_view value) {
    std::string_view host = value;
    std::string_view port;
    if (!host.empty() && host.front() == '[') {
        const auto close = host.find(']');
        if (close == std::string_view::npos) return "The Host header's IPv6 address has no closing ']'.";
        for (char c : host.substr(1, close - 1))
            if (!isIpLiteralChar(c)) return "The Host header's IPv6 address is not one.";
        std::string_view rest = host.substr(close + 1);
        if (!rest.empty() && rest.front() != ':') return "The Host header has text after its IPv6 address.";
        if (!rest.empty()) port = rest.substr(1);
    } else {
        const auto colon = host.rfind(':');
        if (colon != std::string_view::npos) {
            port = host.substr(colon + 1);
            host = host.substr(0, colon);
        }
        for (char c : host)
            if (!isRegNameChar(c)) return "The Host header is not a host name or address.";
        if (colon != std::string_view::npos && port.empty()) return {};  // "host:" (an empty port) is allowed
    }
    if (port.size() > 5) return "The Host header's port is not a port number.";
    unsigned number = 0;
    for (char c : port) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return "The Host header's port is not a port number.";
        number = number * 10 + unsigned(c - '0');
    }
    if (number > 65535) return "The Host header's port is not a port number.";
    return {};
}

}  // namespace pcsim::http
