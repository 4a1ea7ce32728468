#include "http/request_match.hpp"

#include <vector>

#include "http/router.hpp"
#include "partnercenter/text.hpp"

namespace pcsim::http {

using partnercenter::text::equalsIgnoreCase;

namespace {
bool matchFrom(const std::vector<std::string_view>& pattern, std::size_t p, const std::vector<std::string_view>& path,
               std::size_t s) {
    if (p == pattern.size()) return s == path.size();
    if (pattern[p] == "**") {
        for (std::size_t skip = s; skip <= path.size(); ++skip)
            if (matchFrom(pattern, p + 1, path, skip)) return true;
        return false;
    }
    if (s == path.size()) return false;
    if (pattern[p] != "*" && !equalsIgnoreCase(pattern[p], path[s])) return false;
    return matchFrom(pattern, p + 1, path, s + 1);
}
}  // namespace

bool pathMatches(std::string_view pattern, std::string_view path) {
    return matchFrom(splitPath(pattern), 0, splitPath(path), 0);
}

bool requestMatches(const sim::RequestMatch& match, std::string_view method, std::string_view path) {
    if (!match.method.empty() && !equalsIgnoreCase(match.method, method)) return false;
    return match.path.empty() || pathMatches(match.path, path);
}

}  // namespace pcsim::http
