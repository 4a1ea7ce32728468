// Building URLs and form bodies: percent-encoding, query strings, and turning the service's links
// (relative, usually without /v1) into request paths.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace partnercenter::detail {

/// Name/value pairs in the order given; values are encoded when the string is built.
using Query = std::vector<std::pair<std::string, std::string>>;

/// "a=1&b=x%20y" (also the application/x-www-form-urlencoded body).
[[nodiscard]] std::string encodeQuery(const Query& query);

/// `path` with `query` appended ("?" or "&" as needed); path unchanged when query is empty.
[[nodiscard]] std::string withQuery(const std::string& path, const Query& query);

/// A link's uri as a request target: absolute URLs stay as they are; relative ones get the /v1
/// version segment when they lack it (contract §1: links usually come without it).
[[nodiscard]] std::string linkTarget(const std::string& uri);

/// `base` (no trailing slash needed) joined with an absolute path, or `target` itself when it is
/// already a full URL.
[[nodiscard]] std::string joinUrl(const std::string& base, const std::string& target);

/// One path segment (an id), encoded.
[[nodiscard]] std::string segment(std::string_view id);

}  // namespace partnercenter::detail
