#include "http/message.hpp"

#include "partnercenter/text.hpp"

namespace pcsim::http {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::formDecode;
using partnercenter::text::percentDecode;
using partnercenter::text::toLower;

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

std::string HttpRequest::origin() const {
    return std::string(overTls ? "https://" : "http://") + header("host").value_or("localhost");
}

bool HttpRequest::fromLoopback() const {
    return remoteAddress.empty() || remoteAddress.rfind("127.", 0) == 0 || remoteAddress == "::1" ||
           remoteAddress == "[::1]" || remoteAddress.rfind("::ffff:127.", 0) == 0;
}

void HttpResponse::setHeader(std::string name, std::string value) {
    for (auto& [n, v] : headers)
        if (equalsIgnoreCase(n, name)) {
            v = std::move(value);
            return;
        }
    headers.emplace_back(std::move(name), std::move(value));
}

std::optional<std::string> HttpResponse::header(std::string_view name) const {
    for (const auto& [n, v] : headers)
        if (equalsIgnoreCase(n, name)) return v;
    return std::nullopt;
}

namespace {
std::map<std::string, std::string> parsePairs(std::string_view text, bool lowerNames) {
    std::map<std::string, std::string> out;
    while (!text.empty()) {
        auto amp = text.find('&');
        auto pair = text.substr(0, amp);
        text = amp == std::string_view::npos ? std::string_view{} : text.substr(amp + 1);
        if (pair.empty()) continue;
        auto eq = pair.find('=');
        std::string name = formDecode(pair.substr(0, eq));
        std::string value = eq == std::string_view::npos ? "" : formDecode(pair.substr(eq + 1));
        if (lowerNames) name = toLower(name);
        out.emplace(std::move(name), std::move(value));  // the first occurrence wins
    }
    return out;
}
}  // namespace

std::map<std::string, std::string> parseFormBody(std::string_view body) { return parsePairs(body, false); }

void parseTarget(std::string_view target, HttpRequest& into) {
    auto q = target.find('?');
    into.path = percentDecode(target.substr(0, q));
    into.rawQuery = q == std::string_view::npos ? "" : std::string(target.substr(q + 1));
    into.query = parsePairs(into.rawQuery, true);
}

HttpRequest makeRequest(std::string method, std::string_view target, std::string body,
                        std::map<std::string, std::string> headers) {
    HttpRequest request;
    request.method = std::move(method);
    parseTarget(target, request);
    for (auto& [name, value] : headers) request.headers.emplace(toLower(name), std::move(value));
    request.body = std::move(body);
    return request;
}

}  // namespace pcsim::http
