#pragma once
// Reads the HTTP/1.1 requests of one connection from its bytes, as they arrive, with Node's former
// parser (libhttp-parser 2.9, Debian's libhttp-parser-dev): one pass over each byte, whatever the
// reads' boundaries, so a boundary between a chunk's CR and LF or a head that arrives a byte at a
// time costs nothing extra. On top of the parser, the framing rules of RFC 9112 it leaves lenient:
// a line ending in LF alone, an obs-fold line, whitespace before a header's colon and a Host that
// is not a host are refused; HTTP/0.9 and versions other than 1.x too.
//
// Limits apply as bytes arrive, never after buffering: a head over `headLimit` bytes is refused
// with 431 as soon as it passes the limit, and a body over the limit its request's head gives
// (Content-Length, or the chunks' sizes as each is announced) with 413 before its bytes are kept.
//
// After a refusal the reader reads nothing more: where the next request would begin is unknown.
// CONNECT is refused with 405 unless the events take it (RequestEvents::readsConnect).
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "http/message.hpp"

namespace pcsim::http {

struct RequestReaderLimits {
    std::size_t headLimit = 64 << 10;  // request line and headers, in bytes
};

// What the reader found, for the connection to act on, in the order of the bytes.
class RequestEvents {
public:
    virtual ~RequestEvents() = default;
    // The largest body accepted for the request whose head is `head` (method, path, query and
    // headers are set; the body is not).
    virtual std::size_t bodyLimit(const HttpRequest& head) = 0;
    // The client sent `Expect: 100-continue` and waits for `100 Continue` before its body.
    virtual void continueWanted() = 0;
    // A complete request. `keepAlive` is false when the connection ends after its answer
    // (`Connection: close`, HTTP/1.0 without keep-alive); `http10` when it came as HTTP/1.0.
    // With `request.bodyTooLarge`, its body was refused unread: the answer is 413, and then the
    // connection ends.
    virtual void request(HttpRequest request, bool keepAlive, bool http10) = 0;
    // Bytes that are not a request: answer `status` with `description` (words for the client) and
    // end the connection.
    virtual void refused(int status, std::string description) = 0;
    // Whether a CONNECT head is taken: on an intercepting proxy's listener, before its tunnel
    // opens. Otherwise CONNECT is refused with 405.
    virtual bool readsConnect() const { return false; }
    // A CONNECT head, when readsConnect(): `authority` is its target as sent (host:port) and `rest`
    // the bytes that followed the head, which belong to the tunnel (a client may send its TLS
    // ClientHello with the CONNECT). read() returns after this call; the next read() begins a new
    // request, as on a new connection.
    virtual void tunnel(HttpRequest /*head*/, std::string /*authority*/, std::string_view /*rest*/) {}
};

class RequestReader {
public:
    explicit RequestReader(RequestReaderLimits limits = {});
    ~RequestReader();
    RequestReader(const RequestReader&) = delete;
    RequestReader& operator=(const RequestReader&) = delete;

    // Reads `bytes`, calling `events` for each request they complete (and at most one refusal).
    void read(std::string_view bytes, RequestEvents& events);

    // True after a refusal or a body refused as too large: the rest of the connection is not read.
    bool stopped() const;
    // True while a request has begun and is not complete (its head or body is still arriving).
    bool inRequest() const;
    // True while a request's head has begun and not ended.
    bool readingHead() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace pcsim::http
