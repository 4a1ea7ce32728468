#pragma once
// Which sandbox a request is for: the path prefix `/_sandbox/{name}/...` (which serves `/...`), else
// the `X-PCSim-Sandbox` header, else `default`. The prefix lets an unmodified client be isolated by
// its base URL alone; the header serves clients that can add one.
#include <string>
#include <string_view>

#include "http/message.hpp"

namespace pcsim::http {

inline constexpr std::string_view kDefaultSandbox = "default";
inline constexpr std::string_view kSandboxPrefix = "/_sandbox/";
inline constexpr std::string_view kSandboxHeader = "x-pcsim-sandbox";

// [A-Za-z0-9][A-Za-z0-9._-]{0,63}: safe in a URL path segment, a file name and a log line.
bool isValidSandboxName(std::string_view name);

struct SandboxAddress {
    std::string name{kDefaultSandbox};
    std::string path;     // the path the sandbox serves, without the prefix
    std::string problem;  // set when the name is not valid: answer 400
};

SandboxAddress resolveSandboxAddress(const HttpRequest& request);

}  // namespace pcsim::http
