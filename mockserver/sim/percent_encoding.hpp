#pragma once
// Percent-encoding (RFC 3986 §2.1) of a URL component: every byte but the unreserved characters
// (letters, digits, - _ . ~) as %XX. Shared by the server (raw query strings, continuation links)
// and the suite runner (ids in control paths, token forms). The client library keeps its own, as
// it builds without the server.
#include <string>
#include <string_view>

namespace pcsim::sim {

std::string percentEncode(std::string_view text);

}  // namespace pcsim::sim
