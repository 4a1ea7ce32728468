#pragma once
// An HttpResponse as the bytes of an HTTP message, and a send of those bytes that never blocks.
// The server writes answers itself (see server.cpp) instead of through Pistache's response writer,
// whose queue costs a wake-up of the event loop per answer.
#include <cstddef>
#include <string>
#include <string_view>

#include "http/message.hpp"

namespace pcsim::http {

// Status line, `Date`, the response's headers in their order, `Connection` (Keep-Alive or Close),
// then `Content-Length` and the body. 204 and 304 carry neither (RFC 9110 §8.6).
std::string responseBytes(const HttpResponse& response, std::string_view reasonPhrase, std::string_view httpDate,
                          bool keepAlive = true, std::string_view version = "HTTP/1.1");

// The HTTP Date header's value for now (RFC 9110 §6.6.1: an origin server with a clock must send
// it), in IMF-fixdate, of the wall clock — not the simulated one. Formatted once a second per thread.
const std::string& httpDateNow();

// Writes as much of `bytes` to the non-blocking socket `fd` as it takes now. Returns how many bytes
// went out (fewer than all when the socket's buffer is full), or -1 when the connection is gone.
std::ptrdiff_t sendWithoutBlocking(int fd, std::string_view bytes);

}  // namespace pcsim::http
