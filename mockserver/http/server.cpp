#include "http/server.hpp"

#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <pistache/net.h>
#include <pistache/peer.h>
#include <sys/socket.h>

#include <algorithm>
#include <condition_variable>
#include <map>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "http/response_bytes.hpp"
#include "http/responses.hpp"
#include "http/transport/connection.hpp"
#include "http/transport/connection_watch.hpp"
#include "http/transport/proxy.hpp"
#include "http/transport/request_reader.hpp"
#include "http/transport/tls_session.hpp"
#include "sim/errors/partner_center.hpp"

namespace pcsim::http {

namespace {

using namespace Pistache;

std::string wireBytes(const HttpResponse& response, const AnswerFraming& framing) {
    return responseBytes(response, Http::codeString(static_cast<Http::Code>(response.status)), httpDateNow(),
                         framing.keepAlive, framing.http10 ? "HTTP/1.0" : "HTTP/1.1");
}

void answerNow(const std::shared_ptr<Tcp::Peer>& peer, Connection& connection, const HttpResponse& response,
               const AnswerFraming& framing) {
    peer->setIdle(true);  // the request is answered, as Pistache's own writer marks it
    writeNow(peer, connection, wireBytes(response, framing), framing);
}

}  // namespace

// Answers held back by a `delayMs` fault (and the answers queued behind them on their connection),
// sent by one timer thread when their time comes; answers due at the same time go in the order
// they were scheduled.
class DelayedResponses {
public:
    using Clock = std::chrono::steady_clock;

    DelayedResponses() : thread_([this] { run(); }) {}
    ~DelayedResponses() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        wake_.notify_all();
        thread_.join();
    }

    void schedule(Clock::time_point due, std::weak_ptr<Tcp::Peer> peer, std::shared_ptr<Connection> connection,
                  HttpResponse response, AnswerFraming framing) {
        std::lock_guard lock(mutex_);
        pending_.emplace(
            due, Entry{std::move(peer), std::move(connection), std::move(response), framing});  // after equal keys
        wake_.notify_all();
    }

private:
    struct Entry {
        std::weak_ptr<Tcp::Peer> peer;
        std::shared_ptr<Connection> connection;
        HttpResponse response;
        AnswerFraming framing;
    };

    void run() {
        std::unique_lock lock(mutex_);
        while (!stopping_) {
            if (pending_.empty()) {
                wake_.wait(lock);
                continue;
            }
            auto due = pending_.begin()->first;
            if (Clock::now() < due) {
                wake_.wait_until(lock, due);
                continue;
            }
            auto entry = std::move(pending_.begin()->second);
            pending_.erase(pending_.begin());
            lock.unlock();  // never write while holding the lock
            if (auto peer = entry.peer.lock()) {
                if (entry.response.resetConnection) {
                    dropConnection(*peer);
                } else {
                    peer->setIdle(true);  // the request is answered (Pistache's idle-peer check)
                    sendQueued(peer, entry.connection->tls.get(), wireBytes(entry.response, entry.framing),
                               entry.framing);
                }
            }
            entry.connection->inFlight.fetch_sub(1);
            lock.lock();
        }
    }

    std::mutex mutex_;
    std::condition_variable wake_;
    std::multimap<Clock::time_point, Entry> pending_;
    bool stopping_ = false;
    std::thread thread_;
};

namespace {

// The shared parts every clone of the handler (one per event-loop thread) uses.
struct Serving {
    App* app;
    DelayedResponses* delayed;
    ConnectionWatch* watch;
    const TlsContext* tls;
    const ProxyOptions* proxy;  // null unless this is the proxy's listener
    RequestReaderLimits limits;
    std::int64_t headerTimeoutMs;
    std::int64_t idleTimeoutMs;
};

// Every read of a connection enters here, on the connection's event-loop thread: through its TLS
// session on HTTPS, then to its RequestReader (transport/request_reader.hpp), which hands on each
// request as it completes: pipelined requests are each answered, in order. On the proxy's listener
// a connection begins as plain HTTP that only a CONNECT gets past (transport/proxy.hpp); from the
// tunnel on, it is read as an HTTPS one. Pistache's own parser,
// TLS and ResponseWriter are not used: answers are rendered (response_bytes.hpp) and written by
// pcsim (transport/connection.hpp).
class PistacheHandler : public Http::Handler {
public:
    HTTP_PROTOTYPE(PistacheHandler)

    explicit PistacheHandler(Serving serving) : serving_(serving) {}

    void onConnection(const std::shared_ptr<Tcp::Peer>& peer) override {
        auto connection = std::make_shared<Connection>(serving_.limits, serving_.tls);
        // A handshake, or a first request, is due within the header time-out.
        connection->deadlineMs = steadyMs() + serving_.headerTimeoutMs;
        attachConnection(*peer, connection);
        // Pistache's transport looks up its own parser on the peer (its idle-peer check) and ends
        // the process when it is missing; it is never fed.
        peer->putData(ParserData, std::make_shared<Http::RequestParser>(Const::MaxBuffer));
        const auto admission = serving_.watch->admit(peer, connection);
        if (admission == ConnectionWatch::Admission::admitted) return;
        connection->closing = true;
        if (connection->tls) return dropConnection(*peer);  // no handshake yet: nothing can be said
        const std::string why = admission == ConnectionWatch::Admission::stopping
                                    ? "The server is stopping."
                                    : "The server holds its limit of " +
                                          std::to_string(serving_.watch->maxConnections()) +
                                          " connections; retry when one has closed.";
        const AnswerFraming once{false, false};
        writeNow(peer, *connection, wireBytes(error(503, sim::general_error::internal, why), once), once);
    }

    void onDisconnection(const std::shared_ptr<Tcp::Peer>& peer) override { serving_.watch->forget(*peer); }

    void onInput(const char* buffer, size_t length, const std::shared_ptr<Tcp::Peer>& peer) override {
        Connection* connection = connectionOf(*peer);
        if (!connection || connection->closing) return;
        std::string plaintext;
        std::string_view bytes(buffer, length);
        if (connection->tls && !decrypt(peer, *connection, bytes, plaintext)) return;
        Reading reading{*this, peer, *connection};
        connection->reader.read(connection->tls ? std::string_view(plaintext) : bytes, reading);
        if (reading.tunnelBytes) {
            // What came after the CONNECT head (a ClientHello, often) is the tunnel's first bytes.
            const std::string first = std::move(*reading.tunnelBytes);
            std::string inTunnel;
            if (!decrypt(peer, *connection, first, inTunnel)) return;
            connection->reader.read(inTunnel, reading);
        }
        keepWatch(*connection);
    }

    // Only Pistache's own reading calls this, and onInput above replaces it.
    void onRequest(const Http::Request&, Http::ResponseWriter) override {}

private:
    // What the connection's reader found in one read, acted on at once.
    struct Reading final : RequestEvents {
        PistacheHandler& handler;
        const std::shared_ptr<Tcp::Peer>& peer;
        Connection& connection;

        Reading(PistacheHandler& h, const std::shared_ptr<Tcp::Peer>& p, Connection& c)
            : handler(h), peer(p), connection(c) {}

        // Set when this read opened the proxy's tunnel: the bytes after the CONNECT head.
        std::optional<std::string> tunnelBytes;

        std::size_t bodyLimit(const HttpRequest& head) override { return handler.serving_.app->bodyLimit(head); }

        // Not while an earlier answer is held back (it must come first); the client, after its wait,
        // sends the body anyway.
        // Nor on the proxy's plain side, where the request is refused once read.
        void continueWanted() override {
            if (!connection.closing && !onProxysPlainSide() && !connection.holdsAnswersAt(SteadyClock::now()))
                writeNow(peer, connection, "HTTP/1.1 100 Continue\r\n\r\n", AnswerFraming{});
        }

        void request(HttpRequest request, bool keepAlive, bool http10) override {
            if (connection.closing) return;
            if (onProxysPlainSide()) return endWith(error(refuseForwarding(request)));
            if (connection.tunnel) addressToTunnel(request, *connection.tunnel);
            request.remoteAddress = peer->address().host();
            request.overTls = connection.tls != nullptr;
            peer->setIdle(false);
            handler.serve(request, AnswerFraming{http10, keepAlive}, peer, connection);
        }

        // Where the next request would start is unknown after one that could not be read: answer it in
        // the service's error shape and end the connection.
        void refused(int status, std::string description) override {
            endWith(error(status, sim::general_error::invalidInput, description));
        }

        bool readsConnect() const override { return onProxysPlainSide(); }

        void tunnel(HttpRequest head, std::string authority, std::string_view rest) override {
            if (connection.closing) return;
            auto decided = decideConnect(head, authority, handler.serving_.proxy->sandbox);
            if (!decided) return endWith(error(decided.error()));
            writeNow(peer, connection, std::string(kConnectionEstablished), AnswerFraming{});
            connection.tls = std::make_shared<TlsSession>(*handler.serving_.proxy->tunnelTls);
            connection.tunnel = std::move(*decided);
            connection.handshaking = true;
            connection.headClockRunning = false;  // the handshake has a header time-out of its own
            tunnelBytes = std::string(rest);
        }

        bool onProxysPlainSide() const { return handler.serving_.proxy && !connection.tls; }

        void endWith(const HttpResponse& answer) {
            if (connection.closing) return;
            connection.closing = true;
            answerNow(peer, connection, answer, AnswerFraming{false, false});
        }
    };

    // The plaintext in `bytes`, into `plaintext`; false when the connection ends instead.
    bool decrypt(const std::shared_ptr<Tcp::Peer>& peer, Connection& connection, std::string_view bytes,
                 std::string& plaintext) {
        std::string records;
        TlsSession::Received received;
        {
            std::lock_guard order(connection.tls->mutex());
            received = connection.tls->receive(bytes, plaintext, records);
            connection.handshaking = !connection.tls->handshakeDone();
            writeUnsealed(peer, connection, std::move(records));
        }
        switch (received) {
            case TlsSession::Received::ok: return true;
            case TlsSession::Received::notTls: {
                // As nginx does: the client is told, in plain HTTP, what it did wrong.
                connection.closing = true;
                const AnswerFraming once{false, false};
                std::string answer = wireBytes(error(400, sim::general_error::invalidInput,
                                                     "This port speaks HTTPS: send the request with https://."),
                                               once);
                std::lock_guard order(connection.tls->mutex());
                writeUnsealed(peer, connection, std::move(answer));
                ::shutdown(peer->fd(), SHUT_WR);
                return false;
            }
            case TlsSession::Received::failed:
            case TlsSession::Received::closed:
                connection.closing = true;
                dropConnection(*peer);
                return false;
        }
        return false;
    }

    // The connection's next deadline: its head (or handshake) must end within the header time-out
    // from when it began; otherwise it must be heard from within the idle time-out.
    void keepWatch(Connection& connection) {
        const bool head = connection.reader.readingHead() || (connection.tls && connection.handshaking);
        const std::int64_t now = steadyMs();
        if (head && !connection.headClockRunning) connection.deadlineMs = now + serving_.headerTimeoutMs;
        else if (!head) connection.deadlineMs = std::max(now, steadyMs(connection.heldUntil)) + serving_.idleTimeoutMs;
        connection.headClockRunning = head;
    }

    void serve(const HttpRequest& request, const AnswerFraming& framing, const std::shared_ptr<Tcp::Peer>& peer,
               Connection& connection) {
        if (!framing.keepAlive) connection.closing = true;  // requests after this one are not read
        connection.inFlight.fetch_add(1);
        HttpResponse response = [&] {
            try {
                return serving_.app->handle(request);
            } catch (const std::exception&) {
                return error(500, sim::general_error::internal, "Unexpected server error.");
            }
        }();
        const auto now = SteadyClock::now();
        if (response.delay.count() > 0 || connection.holdsAnswersAt(now)) {
            connection.heldUntil = std::max(now + response.delay, connection.heldUntil);
            connection.queued = true;
            serving_.delayed->schedule(connection.heldUntil, peer, sharedConnectionOf(*peer), std::move(response),
                                       framing);
            return;  // inFlight falls when the held answer is sent
        }
        if (response.resetConnection) dropConnection(*peer);
        else answerNow(peer, connection, response, framing);
        connection.inFlight.fetch_sub(1);
    }

    Serving serving_;
};

}  // namespace

int defaultServerThreads() {
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    return std::min(8 * cores, 64);
}

struct Server::Impl {
    App& app;
    ServerOptions options;
    std::unique_ptr<DelayedResponses> delayed;
    std::unique_ptr<ConnectionWatch> watch;
    std::unique_ptr<Http::Endpoint> endpoint;
    bool running = false;
    std::uint16_t port = 0;  // the bound port, kept after stop()
};

Server::Server(App& app, ServerOptions options)
    : impl_(new Impl{app, std::move(options), nullptr, nullptr, nullptr, false, 0}) {}

Server::~Server() { stop(); }

// Descriptors kept free beyond the connection cap: listening sockets, event fds, files, and the
// connections accepted before their count is checked.
constexpr std::size_t kDescriptorReserve = 64;

void Server::start() {
    if (impl_->options.proxy && (impl_->options.tls || !impl_->options.proxy->tunnelTls))
        throw std::invalid_argument("a proxy's listener is plain HTTP and needs a certificate for its tunnels");
    const std::size_t descriptors = raiseDescriptorLimit();
    const std::size_t cap = std::max<std::size_t>(
        1, std::min(impl_->options.maxConnections,
                    descriptors > kDescriptorReserve ? descriptors - kDescriptorReserve : std::size_t(1)));
    impl_->delayed = std::make_unique<DelayedResponses>();
    impl_->watch = std::make_unique<ConnectionWatch>(cap);
    Address address(impl_->options.host, Port(impl_->options.port));
    impl_->endpoint = std::make_unique<Http::Endpoint>(address);
    auto opts = Http::Endpoint::options()
                    .threads(impl_->options.threads)
                    // No Nagle: answers to pipelined requests are separate writes, and the second
                    // waited for the client's delayed ACK, 40 ms (README, Benchmarks).
                    .flags(Tcp::Options::ReuseAddr | Tcp::Options::NoDelay)
                    // Pistache's own request parser is not used (requests are read by
                    // transport/request_reader): it keeps no buffer of its own.
                    .maxRequestSize(Const::MaxBuffer);
    impl_->endpoint->init(opts);
    Serving serving{&impl_->app,
                    impl_->delayed.get(),
                    impl_->watch.get(),
                    impl_->options.tls.get(),
                    impl_->options.proxy ? &*impl_->options.proxy : nullptr,
                    RequestReaderLimits{impl_->options.headLimit},
                    std::chrono::duration_cast<std::chrono::milliseconds>(impl_->options.headerTimeout).count(),
                    std::chrono::duration_cast<std::chrono::milliseconds>(impl_->options.idleTimeout).count()};
    impl_->endpoint->setHandler(Http::make_handler<PistacheHandler>(serving));
    impl_->endpoint->serveThreaded();
    impl_->running = true;
}

bool Server::drain(std::chrono::milliseconds grace) {
    if (!impl_->running) return true;
    return impl_->watch->drain(grace);
}

void Server::stop() {
    if (!impl_->running) return;
    impl_->endpoint->shutdown();
    impl_->running = false;
    // Pistache's event-loop threads are joined only when the endpoint is destroyed, and until then
    // they may still report disconnections to the watch: the endpoint goes first.
    impl_->port = port();
    impl_->endpoint.reset();
    impl_->delayed.reset();
    impl_->watch.reset();
}

std::uint16_t Server::port() const {
    return impl_->endpoint ? static_cast<std::uint16_t>(impl_->endpoint->getPort()) : impl_->port;
}

std::string Server::baseUrl() const {
    return std::string(impl_->options.tls ? "https://" : "http://") + impl_->options.host + ":" +
           std::to_string(port());
}

std::size_t Server::maxConnections() const { return impl_->watch ? impl_->watch->maxConnections() : 0; }

}  // namespace pcsim::http
