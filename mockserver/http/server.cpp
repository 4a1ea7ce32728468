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
#include <thread>

#include "http/response_bytes.hpp"
#include "http/responses.hpp"
#include "http/transport/request_reader.hpp"
#include "partnercenter/text.hpp"
#include "sim/errors/partner_center.hpp"

namespace pcsim::http {

// How the answer to one request is framed: its HTTP version, and whether the connection stays open.
// Not in the anonymous namespace: DelayedResponses, declared in server.hpp, keeps one per held answer.
struct AnswerFraming {
    bool http10 = false;
    bool keepAlive = true;
};

namespace {

using namespace Pistache;

std::string wireBytes(const HttpResponse& response, const AnswerFraming& framing) {
    return responseBytes(response, Http::codeString(static_cast<Http::Code>(response.status)), httpDateNow(),
                         framing.keepAlive, framing.http10 ? "HTTP/1.0" : "HTTP/1.1");
}

// What pcsim keeps for each connection, next to Pistache's parser. Used on the connection's
// event-loop thread only.
struct Connection {
    RequestReader reader;
    // Part of an answer went through Pistache's write queue: every later answer takes the queue too,
    // or it could overtake the rest of the earlier one.
    bool queued = false;
    // When the last answer held back by a `delayMs` fault goes out: later answers on the connection
    // (pipelined requests) wait until then, so that answers keep the order of the requests.
    std::chrono::steady_clock::time_point heldUntil{};
    bool holdsAnswersAt(std::chrono::steady_clock::time_point now) const { return now < heldUntil; }
    // The connection ends after the answer being written (`Connection: close`, or a request that
    // could not be read): nothing more is read from it.
    bool closing = false;
};

constexpr const char* kConnectionKey = "pcsim.connection";

Connection& connectionOf(const std::shared_ptr<Tcp::Peer>& peer) {
    auto data = peer->tryGetData(kConnectionKey);
    if (!data) {
        data = std::make_shared<Connection>();
        peer->putData(kConnectionKey, data);
    }
    return *std::static_pointer_cast<Connection>(data);
}

// Hands `bytes` to Pistache's write queue (safe from any thread); once they are out, half-closes
// the connection when the answer said `Connection: close`.
void sendQueued(const std::shared_ptr<Tcp::Peer>& peer, std::string bytes, const AnswerFraming& framing) {
    const std::size_t size = bytes.size();
    auto written = peer->send(RawBuffer(std::move(bytes), size));
    if (!framing.keepAlive) {
        const int fd = peer->fd();
        written.then([fd](ssize_t) { ::shutdown(fd, SHUT_WR); }, Async::IgnoreException);
    }
}

// Writes bytes from the connection's own event-loop thread. Pistache's writer would queue them for
// the event loop, which wakes through an eventfd and re-arms epoll to send them: about a quarter of
// the server's CPU on a catalog GET (perf record). Here they go to the socket at once; what the
// socket does not take now goes through the queue.
void writeNow(const std::shared_ptr<Tcp::Peer>& peer, Connection& connection, std::string bytes,
              const AnswerFraming& framing) {
    if (!connection.queued) {
        const std::ptrdiff_t sent = sendWithoutBlocking(peer->fd(), bytes);
        if (sent < 0) return;  // the client is gone
        if (static_cast<std::size_t>(sent) == bytes.size()) {
            if (!framing.keepAlive) ::shutdown(peer->fd(), SHUT_WR);
            return;
        }
        connection.queued = true;
        bytes.erase(0, static_cast<std::size_t>(sent));
    }
    sendQueued(peer, std::move(bytes), framing);
}

void answerNow(const std::shared_ptr<Tcp::Peer>& peer, Connection& connection, const HttpResponse& response,
               const AnswerFraming& framing) {
    peer->setIdle(true);  // the request is answered, as Pistache's own writer marks it
    writeNow(peer, connection, wireBytes(response, framing), framing);
}

// Drops the connection without an answer: the `reset` fault. The socket belongs to Pistache, so it
// is shut down (the client sees the connection closed) rather than closed here.
void dropConnection(const std::shared_ptr<Tcp::Peer>& peer) { ::shutdown(peer->fd(), SHUT_RDWR); }

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

    void schedule(Clock::time_point due, std::weak_ptr<Tcp::Peer> peer, HttpResponse response, AnswerFraming framing) {
        std::lock_guard lock(mutex_);
        pending_.emplace(due, Entry{std::move(peer), std::move(response), framing});  // after equal keys
        wake_.notify_all();
    }

private:
    struct Entry {
        std::weak_ptr<Tcp::Peer> peer;
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
                    dropConnection(peer);
                } else {
                    peer->setIdle(true);  // the request is answered (Pistache's idle-peer check)
                    sendQueued(peer, wireBytes(entry.response, entry.framing), entry.framing);
                }
            }
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

// Every read of a connection enters here, on the connection's event-loop thread, and goes to the
// connection's RequestReader (transport/request_reader.hpp), which hands on each request as it
// completes: pipelined requests are each answered, in order. Pistache's own parser is not used,
// nor its ResponseWriter: answers are rendered (response_bytes.hpp) and written by pcsim.
class PistacheHandler : public Http::Handler {
public:
    HTTP_PROTOTYPE(PistacheHandler)

    PistacheHandler(App* app, DelayedResponses* delayed) : app_(app), delayed_(delayed) {}

    void onInput(const char* buffer, size_t length, const std::shared_ptr<Tcp::Peer>& peer) override {
        Connection& connection = connectionOf(peer);
        if (connection.closing) return;
        Reading reading{*this, peer, connection};
        connection.reader.read({buffer, length}, reading);
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

        std::size_t bodyLimit(const HttpRequest& head) override { return handler.app_->bodyLimit(head); }

        // Not while an earlier answer is held back (it must come first); the client, after its wait,
        // sends the body anyway.
        void continueWanted() override {
            if (!connection.closing && !connection.holdsAnswersAt(DelayedResponses::Clock::now()))
                writeNow(peer, connection, "HTTP/1.1 100 Continue\r\n\r\n", AnswerFraming{});
        }

        void request(HttpRequest request, bool keepAlive, bool http10) override {
            if (connection.closing) return;
            request.remoteAddress = peer->address().host();
            peer->setIdle(false);
            handler.serve(request, AnswerFraming{http10, keepAlive}, peer, connection);
        }

        // Where the next request would start is unknown after one that could not be read: answer it in
        // the service's error shape and end the connection.
        void refused(int status, std::string description) override {
            if (connection.closing) return;
            connection.closing = true;
            answerNow(peer, connection, error(status, sim::general_error::invalidInput, description),
                      AnswerFraming{false, false});
        }
    };

    void serve(const HttpRequest& request, const AnswerFraming& framing, const std::shared_ptr<Tcp::Peer>& peer,
               Connection& connection) {
        if (!framing.keepAlive) connection.closing = true;  // requests after this one are not read
        HttpResponse response = [&] {
            try {
                return app_->handle(request);
            } catch (const std::exception&) {
                return error(500, sim::general_error::internal, "Unexpected server error.");
            }
        }();
        const auto now = DelayedResponses::Clock::now();
        if (response.delay.count() > 0 || connection.holdsAnswersAt(now)) {
            connection.heldUntil = std::max(now + response.delay, connection.heldUntil);
            connection.queued = true;
            delayed_->schedule(connection.heldUntil, peer, std::move(response), framing);
        } else if (response.resetConnection) {
            dropConnection(peer);
        } else {
            answerNow(peer, connection, response, framing);
        }
    }

    App* app_;
    DelayedResponses* delayed_;
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
    std::unique_ptr<Http::Endpoint> endpoint;
    bool running = false;
};

Server::Server(App& app, ServerOptions options) : impl_(new Impl{app, std::move(options), nullptr, nullptr}) {}

Server::~Server() { stop(); }

void Server::start() {
    impl_->delayed = std::make_unique<DelayedResponses>();
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
    impl_->endpoint->setHandler(Http::make_handler<PistacheHandler>(&impl_->app, impl_->delayed.get()));
    impl_->endpoint->serveThreaded();
    impl_->running = true;
}

void Server::stop() {
    if (!impl_->running) return;
    impl_->endpoint->shutdown();
    impl_->running = false;
    impl_->delayed.reset();
}

std::uint16_t Server::port() const { return static_cast<std::uint16_t>(impl_->endpoint->getPort()); }

std::string Server::baseUrl() const { return "http://" + impl_->options.host + ":" + std::to_string(port()); }

}  // namespace pcsim::http
