#include "http/router.hpp"

#include "partnercenter/text.hpp"

namespace pcsim::http {

using partnercenter::text::equalsIgnoreCase;

std::vector<std::string_view> splitPath(std::string_view path) {
    std::vector<std::string_view> segments;
    while (!path.empty()) {
        auto slash = path.find('/');
        auto segment = path.substr(0, slash);
        if (!segment.empty()) segments.push_back(segment);
        if (slash == std::string_view::npos) break;
        path.remove_prefix(slash + 1);
    }
    return segments;
}

bool isMutatingMethod(std::string_view method) {
    return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

bool Route::changesState() const {
    switch (changes) {
        case Changes::world: return true;
        case Changes::nothing: return false;
        case Changes::byMethod: break;
    }
    return (access == Access::app || access == Access::appUser) && isMutatingMethod(method);
}

void Router::add(std::string method, std::string pattern, Access access, Handler handler, Changes changes,
                 ErrorShape errors) {
    Route route{std::move(method), std::move(pattern), access, std::move(handler), {}, changes, errors};
    for (auto segment : splitPath(route.pattern)) route.segments.emplace_back(segment);
    routes_.push_back(std::move(route));
}

namespace {
bool isParameter(const std::string& segment) {
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

bool matchSegments(const Route& route, const std::vector<std::string_view>& path,
                   std::map<std::string, std::string>& params) {
    if (route.segments.size() != path.size()) return false;
    for (std::size_t i = 0; i < path.size(); ++i) {
        const auto& expected = route.segments[i];
        if (isParameter(expected)) {
            params[expected.substr(1, expected.size() - 2)] = std::string(path[i]);
        } else if (!equalsIgnoreCase(expected, path[i])) {
            return false;
        }
    }
    return true;
}
}  // namespace

RouteMatch Router::match(std::string_view method, std::string_view path) const {
    RouteMatch result;
    auto segments = splitPath(path);
    for (const auto& route : routes_) {
        std::map<std::string, std::string> params;
        if (!matchSegments(route, segments, params)) continue;
        result.pathExists = true;
        if (equalsIgnoreCase(route.method, method)) {
            result.route = &route;
            result.params = std::move(params);
            return result;
        }
    }
    return result;
}

}  // namespace pcsim::http
