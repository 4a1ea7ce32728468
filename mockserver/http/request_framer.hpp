#pragma once
// Finds where each request ends in the bytes a connection receives, so that requests sent one after
// another without waiting for the answers (HTTP/1.1 pipelining) are each handed on by themselves.
// Pistache 0.0.5 parses one request per read and drops whatever follows it in the same read; the
// server therefore gives Pistache's parser one request's bytes at a time (see server.cpp).
//
// A request ends after its head (the blank line) plus `Content-Length` bytes of body. A request with
// `Transfer-Encoding`, an unreadable `Content-Length` or a head over 1 MiB is not framed here: from
// then on the connection's bytes pass through unsplit, as Pistache alone would take them (and refuse
// them, for the last two).
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>

namespace pcsim::http {

class RequestFramer {
public:
    // Calls `emit` with consecutive pieces that together are `bytes` less the empty lines before a
    // request; a piece ends where a request ends, or at the end of `bytes` (the rest of that request
    // comes with later bytes).
    // Returns true, once per request, when these bytes end with the complete head of an HTTP/1.1
    // request that sent `Expect: 100-continue` and none of its body: the client waits for
    // `100 Continue` before sending the body (RFC 9110 §10.1.1), up to a second for curl.
    bool split(std::string_view bytes, const std::function<void(std::string_view)>& emit);

    // The request target (path and query, as the client wrote them) of the request whose head was
    // framed last, once: the server reads it when that request is served. Pistache keeps only a
    // parsed query, whose names and order are lost. Empty for a request that was not framed.
    std::string takeTarget() { return std::exchange(target_, {}); }

private:
    // Takes the framing of the request whose complete head is `head`; false when it cannot.
    bool readHead(std::string_view head);

    enum class State { head, body, passThrough };
    State state_ = State::head;
    std::string partialHead_;  // a head that began in earlier bytes and has not ended yet
    std::size_t bodyLeft_ = 0;
    std::size_t bodyLength_ = 0;
    bool expectsContinue_ = false;  // the request in progress asked for `100 Continue`
    std::string target_;
};

}  // namespace pcsim::http
