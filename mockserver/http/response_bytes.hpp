#pragma once
// An HttpResponse as the bytes of an HTTP/1.1 message, and a send of those bytes that never blocks.
// The server writes complete responses itself (see server.cpp) instead of through Pistache's
// response writer, whose queue costs a wake-up of the event loop per response.
#include <cstddef>
#include <string>
#include <string_view>

#include "http/message.hpp"

namespace pcsim::http {

// Status line, `Date`, the response's headers in their order, `Connection: Keep-Alive`, then
// `Content-Length` and the body. 204 and 304 carry neither (RFC 9110 §8.6).
std::string responseBytes(const HttpResponse& response, std::string_view reasonPhrase, std::string_view httpDate);

// Writes as much of `bytes` to the non-blocking socket `fd` as it takes now. Returns how many bytes
// went out (fewer than all when the socket's buffer is full), or -1 when the connection is gone.
std::ptrdiff_t sendWithoutBlocking(int fd, std::string_view bytes);

}  // namespace pcsim::http
