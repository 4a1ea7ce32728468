#include "http/transport/connection.hpp"

#include <pistache/async.h>
#include <pistache/os.h>
#include <sys/socket.h>

#include "http/response_bytes.hpp"

namespace pcsim::http {

using Pistache::Tcp::Peer;

namespace {

constexpr const char* kConnectionKey = "pcsim.connection";

void queueRaw(const std::shared_ptr<Peer>& peer, std::string bytes, bool halfClose) {
    const std::size_t size = bytes.size();
    auto written = peer->send(Pistache::RawBuffer(std::move(bytes), size));
    if (halfClose) {
        const int fd = peer->fd();
        written.then([fd](ssize_t) { ::shutdown(fd, SHUT_WR); }, Pistache::Async::IgnoreException);
    }
}

// Pistache's writer would queue every write for the event loop, which wakes through an eventfd and
// re-arms epoll to send it: about a quarter of the server's CPU on a catalog GET (perf record).
void writeRaw(const std::shared_ptr<Peer>& peer, Connection& connection, std::string bytes, bool halfClose) {
    if (!connection.queued) {
        const std::ptrdiff_t sent = sendWithoutBlocking(peer->fd(), bytes);
        if (sent < 0) return;  // the client is gone
        if (static_cast<std::size_t>(sent) == bytes.size()) {
            if (halfClose) ::shutdown(peer->fd(), SHUT_WR);
            return;
        }
        connection.queued = true;
        bytes.erase(0, static_cast<std::size_t>(sent));
    }
    queueRaw(peer, std::move(bytes), halfClose);
}

std::string sealed(TlsSession& tls, const std::string& plaintext, bool closing) {
    std::string records = tls.seal(plaintext);
    if (closing) records += tls.closeNotify();
    return records;
}

}  // namespace

std::int64_t steadyMs(SteadyClock::time_point at) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
}

Connection* connectionOf(const Peer& peer) { return static_cast<Connection*>(peer.tryGetData(kConnectionKey).get()); }

std::shared_ptr<Connection> sharedConnectionOf(const Peer& peer) {
    return std::static_pointer_cast<Connection>(peer.tryGetData(kConnectionKey));
}

void attachConnection(Peer& peer, std::shared_ptr<Connection> connection) {
    peer.putData(kConnectionKey, std::move(connection));
}

void writeNow(const std::shared_ptr<Peer>& peer, Connection& connection, std::string bytes,
              const AnswerFraming& framing) {
    if (!connection.tls) return writeRaw(peer, connection, std::move(bytes), !framing.keepAlive);
    std::lock_guard order(connection.tls->mutex());
    writeRaw(peer, connection, sealed(*connection.tls, bytes, !framing.keepAlive), !framing.keepAlive);
}

void sendQueued(const std::shared_ptr<Peer>& peer, TlsSession* tls, std::string bytes, const AnswerFraming& framing) {
    if (!tls) return queueRaw(peer, std::move(bytes), !framing.keepAlive);
    std::lock_guard order(tls->mutex());
    queueRaw(peer, sealed(*tls, bytes, !framing.keepAlive), !framing.keepAlive);
}

void writeUnsealed(const std::shared_ptr<Peer>& peer, Connection& connection, std::string records) {
    if (!records.empty()) writeRaw(peer, connection, std::move(records), false);
}

void dropConnection(const Peer& peer) { ::shutdown(peer.fd(), SHUT_RDWR); }

}  // namespace pcsim::http
