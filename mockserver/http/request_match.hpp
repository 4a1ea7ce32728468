#pragma once
// Matching a request against the `match` of a fault or throttling rule.
#include <string_view>

#include "sim/scenario.hpp"

namespace pcsim::http {

// Path patterns: `*` is one segment, `**` zero or more; literal segments compare case-insensitively.
bool pathMatches(std::string_view pattern, std::string_view path);
bool requestMatches(const sim::RequestMatch& match, std::string_view method, std::string_view path);

}  // namespace pcsim::http
