#pragma once
// What pcsim keeps for each connection beside Pistache's peer, and how answers reach its socket:
// as they are on plain HTTP, through the connection's TLS session on HTTPS. Pistache's peer keeps
// the socket; pcsim writes to it itself (writeNow) or through Pistache's write queue (sendQueued).
#include <pistache/peer.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "http/transport/proxy.hpp"
#include "http/transport/request_reader.hpp"
#include "http/transport/tls_session.hpp"

namespace pcsim::http {

// How the answer to one request is framed: its HTTP version, and whether the connection stays open.
struct AnswerFraming {
    bool http10 = false;
    bool keepAlive = true;
};

using SteadyClock = std::chrono::steady_clock;

struct Connection {
    Connection(RequestReaderLimits limits, const TlsContext* tlsContext)
        : reader(limits), tls(tlsContext ? std::make_shared<TlsSession>(*tlsContext) : nullptr) {}

    RequestReader reader;
    // Null on plain HTTP. On the proxy's listener, set when a CONNECT opens the tunnel, before any
    // request in it is read (so before the thread sending delayed answers can see the connection).
    std::shared_ptr<TlsSession> tls;
    std::optional<Tunnel> tunnel;  // the proxy's tunnel, once open

    // Used on the connection's event-loop thread only:
    // Part of an answer went through Pistache's write queue: every later answer takes the queue too,
    // or it could overtake the rest of the earlier one.
    bool queued = false;
    // When the last answer held back by a `delayMs` fault goes out: later answers on the connection
    // (pipelined requests) wait until then, so that answers keep the order of the requests.
    SteadyClock::time_point heldUntil{};
    bool holdsAnswersAt(SteadyClock::time_point now) const { return now < heldUntil; }
    // The connection ends after the answer being written (`Connection: close`, or a request that
    // could not be read): nothing more is read from it.
    bool closing = false;
    // A head or a handshake is under way and its header time-out runs: from the connection's start
    // (the first request or handshake is due), then from the first byte of each later head.
    bool headClockRunning = true;
    // The TLS handshake has not finished; read from the session under its lock (receive), so that
    // the thread sending delayed answers never races the check.
    bool handshaking = true;

    // Read by the ConnectionWatch thread too:
    // When the connection is closed unless it makes progress (steady clock, milliseconds).
    std::atomic<std::int64_t> deadlineMs{0};
    // Requests read and not yet answered (a server that stops lets these finish).
    std::atomic<int> inFlight{0};
};

std::int64_t steadyMs(SteadyClock::time_point at = SteadyClock::now());

// The Connection Pistache's peer carries; null before the server admitted it.
Connection* connectionOf(const Pistache::Tcp::Peer& peer);
std::shared_ptr<Connection> sharedConnectionOf(const Pistache::Tcp::Peer& peer);
void attachConnection(Pistache::Tcp::Peer& peer, std::shared_ptr<Connection> connection);

// Writes `bytes` (plaintext; sealed first on TLS) from the connection's own event-loop thread:
// at once to the socket, and what the socket does not take now through Pistache's queue. With
// `!framing.keepAlive` the connection is half-closed once they are out.
void writeNow(const std::shared_ptr<Pistache::Tcp::Peer>& peer, Connection& connection, std::string bytes,
              const AnswerFraming& framing);
// The same from any thread, always through Pistache's queue.
void sendQueued(const std::shared_ptr<Pistache::Tcp::Peer>& peer, TlsSession* tls, std::string bytes,
                const AnswerFraming& framing);
// Bytes written as they are, in order with the answers: TLS's own records (handshake, alerts), or
// the plain-HTTP refusal sent to a TLS port; called holding connection.tls->mutex().
void writeUnsealed(const std::shared_ptr<Pistache::Tcp::Peer>& peer, Connection& connection, std::string records);

// Ends the connection without an answer (the `reset` fault, a time-out). The socket belongs to
// Pistache, so it is shut down (the client sees the connection closed) rather than closed here.
void dropConnection(const Pistache::Tcp::Peer& peer);

}  // namespace pcsim::http
