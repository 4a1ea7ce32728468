#include "url.hpp"

#include "partnercenter/text.hpp"

namespace partnercenter::detail {

using partnercenter::text::percentEncode;

namespace {
bool isAbsoluteUrl(const std::string& text) { return text.rfind("http://", 0) == 0 || text.rfind("https://", 0) == 0; }
}  // namespace

std::string encodeQuery(const Query& query) {
    std::string out;
    for (const auto& [name, value] : query) {
        if (!out.empty()) out.push_back('&');
        out += percentEncode(name) + "=" + percentEncode(value);
    }
    return out;
}

std::string withQuery(const std::string& path, const Query& query) {
    if (query.empty()) return path;
    return path + (path.find('?') == std::string::npos ? "?" : "&") + encodeQuery(query);
}

std::string linkTarget(const std::string& uri) {
    if (isAbsoluteUrl(uri)) return uri;
    std::string path = uri.empty() || uri.front() != '/' ? "/" + uri : uri;
    if (path == "/v1" || path.rfind("/v1/", 0) == 0 || path.rfind("/v1?", 0) == 0) return path;
    return "/v1" + path;
}

std::string joinUrl(const std::string& base, const std::string& target) {
    if (isAbsoluteUrl(target)) return target;
    std::string root = base;
    while (!root.empty() && root.back() == '/') root.pop_back();
    return root + (target.empty() || target.front() != '/' ? "/" : "") + target;
}

std::string segment(std::string_view id) { return percentEncode(id); }

}  // namespace partnercenter::detail
