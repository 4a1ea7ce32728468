#include "http/message.hpp"

#include "sim/catalog.hpp"

namespace pcsim::http {

std::optional<std::string> HttpRequest::header(std::string_view lowerName) const {
    auto it = headers.find(std::string(lowerName));
    if (it == headers.end()) return std::nullopt;
    return it->second;
}

std::optional<std::string> HttpRequest::queryParam(std::string_view lowerName) const {
    auto it = query.find(std::string(lowerName));
    if (it == query.end()) return std::nullopt;
    return it->second;
}

bool HttpRequest::fromLoopback() const {
    return remoteAddress.empty() || remoteAddress.rfind("127.", 0) == 0 || remoteAddress == "::1" ||
           remoteAddress == "[::1]" || remoteAddress.rfind("::ffff:127.", 0) == 0;
}

void HttpResponse::setHeader(std::string name, std::string value) {
    for (auto& [n, v] : headers)
        if (sim::equalsIgnoreCase(n, name)) {
            v = std::move(value);
            return;
        }
    headers.emplace_back(std::move(name), std::move(value));
}

std::optional<std::string> HttpResponse::header(std::string_view name) const {
    for (const auto& [n, v] : headers)
        if (sim::equalsIgnoreCase(n, name)) return v;
    return std::nullopt;
}

namespace {
int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::map<std::string, std::string> parsePairs(std::string_view text, bool lowerNames) {
    std::map<std::string, std::string> out;
    while (!text.empty()) {
        auto amp = text.find('&');
        auto pair = text.substr(0, amp);
        text = amp == std::string_view::npos ? std::string_view{} : text.substr(amp + 1);
        if (pair.empty()) continue;
        auto eq = pair.find('=');
        std::string name = percentDecode(pair.substr(0, eq), true);
        std::string value = eq == std::string_view::npos ? "" : percentDecode(pair.substr(eq + 1), true);
        if (lowerNames) name = sim::toLower(name);
        out.emplace(std::move(name), std::move(value));  // the first occurrence wins
    }
    return out;
}
}  // namespace

std::string percentDecode(std::string_view text, bool plusIsSpace) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '%' && i + 2 < text.size()) {
            int hi = hexValue(text[i + 1]), lo = hexValue(text[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out.push_back(char(hi * 16 + lo));
                i += 2;
                continue;
            }
        }
        out.push_back(plusIsSpace && c == '+' ? ' ' : c);
    }
    return out;
}

std::map<std::string, std::string> parseFormBody(std::string_view body) { return parsePairs(body, false); }

void parseTarget(std::string_view target, HttpRequest& into) {
    auto q = target.find('?');
    into.path = percentDecode(target.substr(0, q), false);
    into.rawQuery = q == std::string_view::npos ? "" : std::string(target.substr(q + 1));
    into.query = parsePairs(into.rawQuery, true);
}

HttpRequest makeRequest(std::string method, std::string_view target, std::string body,
                        std::map<std::string, std::string> headers) {
    HttpRequest request;
    request.method = std::move(method);
    parseTarget(target, request);
    for (auto& [name, value] : headers) request.headers.emplace(sim::toLower(name), std::move(value));
    request.body = std::move(body);
    return request;
}

}  // namespace pcsim::http
