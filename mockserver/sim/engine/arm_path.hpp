#pragma once
// ARM resource ids are '/'-separated paths; empty segments (doubled or trailing slashes) are ignored.
#include <string_view>
#include <vector>

namespace pcsim::sim::engine {

inline std::vector<std::string_view> armPathSegments(std::string_view path) {
    std::vector<std::string_view> parts;
    while (!path.empty()) {
        auto slash = path.find('/');
        if (auto part = path.substr(0, slash); !part.empty()) parts.push_back(part);
        if (slash == std::string_view::npos) break;
        path.remove_prefix(slash + 1);
    }
    return parts;
}

}  // namespace pcsim::sim::engine
