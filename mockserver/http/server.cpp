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
#include <sstream>
#include <thread>

#include "http/response_bytes.hpp"
#include "sim/catalog.hpp"

namespace pcsim::http {

namespace {

using namespace Pistache;

HttpRequest toHttpRequest(const Http::Request& in) {
    HttpRequest out;
    out.method = Http::methodString(in.method());
    out.path = percentDecode(in.resource(), false);
    // Pistache splits the query but leaves names and values percent-encoded.
    for (auto it = in.query().parameters_begin(); it != in.query().parameters_end(); ++it)
        out.query.emplace(sim::toLower(percentDecode(it->first, true)), percentDecode(it->second, true));
    std::string raw;
    for (const auto& [name, value] : out.query) raw += (raw.empty() ? "" : "&") + name + "=" + percentEncode(value);
    out.rawQuery = raw;
    // Pistache parsed the well-known headers into typed ones that only print to a stream. One stream
    // per thread: constructing an ostringstream (its locale) per header took ~2% of the server's CPU
    // in bench_flows (perf record).
    thread_local std::ostringstream value;
    for (const auto& header : in.headers().list()) {
        value.str({});
        value.clear();
        header->write(value);
        out.headers.emplace(sim::toLower(header->name()), value.str());
    }
    for (const auto& [name, raw] : in.headers().rawList()) out.headers.emplace(sim::toLower(name), raw.value());
    out.body = in.body();
    out.remoteAddress = in.address().host();
    return out;
}

// How the answer to one request is framed: its HTTP version, and whether the connection stays open.
struct Framing {
    bool http10 = false;
    bool keepAlive = true;
};

// HTTP/1.1 is persistent unless the client says `Connection: close`; HTTP/1.0 only when it asks for
// keep-alive. (Pistache 0.0.5 answered a request without a Connection header with "Close", which
// cost ordinary clients — curl, libcurl, wrk — their keep-alive.)
Framing framingOf(const Http::Request& request) {
    Framing framing;
    framing.http10 = request.version() == Http::Version::Http10;
    auto connection = request.headers().tryGet<Http::Header::Connection>();
    framing.keepAlive = connection ? connection->control() == Http::ConnectionControl::KeepAlive : !framing.http10;
    return framing;
}

std::string wireBytes(const HttpResponse& response, const Framing& framing) {
    return responseBytes(response, Http::codeString(static_cast<Http::Code>(response.status)), httpDateNow(),
                         framing.keepAlive, framing.http10 ? "HTTP/1.0" : "HTTP/1.1");
}

// Set on a connection once part of an answer went through Pistache's write queue: a later answer on
// it (from a client that sends its next request before reading the whole answer) must take the
// queue too, or it could overtake the rest of the earlier one.
constexpr const char* kQueuedKey = "pcsim.queued";

// Hands `bytes` to Pistache's write queue (safe from any thread); once they are out, half-closes
// the connection when the answer said `Connection: close`.
void sendQueued(const std::shared_ptr<Tcp::Peer>& peer, std::string bytes, const Framing& framing) {
    const std::size_t size = bytes.size();
    auto written = peer->send(RawBuffer(std::move(bytes), size));
    if (!framing.keepAlive) {
        const int fd = peer->fd();
        written.then([fd](ssize_t) { ::shutdown(fd, SHUT_WR); }, Async::IgnoreException);
    }
}

// Sends an answer from the connection's own event-loop thread (where handlers run). Pistache's
// writer would queue it for the event loop, which wakes through an eventfd and re-arms epoll to
// send it: about a quarter of the server's CPU on a catalog GET (perf record). Here the answer goes
// to the socket at once; what the socket does not take now goes through the queue.
void answerNow(const std::shared_ptr<Tcp::Peer>& peer, const HttpResponse& response, const Framing& framing) {
    std::string bytes = wireBytes(response, framing);
    peer->setIdle(true);  // the request is answered, as Pistache's own writer marks it
    if (!peer->tryGetData(kQueuedKey)) {
        const std::ptrdiff_t sent = sendWithoutBlocking(peer->fd(), bytes);
        if (sent < 0) return;  // the client is gone
        if (static_cast<std::size_t>(sent) == bytes.size()) {
            if (!framing.keepAlive) ::shutdown(peer->fd(), SHUT_WR);
            return;
        }
        peer->putData(kQueuedKey, std::make_shared<bool>(true));
        bytes.erase(0, static_cast<std::size_t>(sent));
    }
    sendQueued(peer, std::move(bytes), framing);
}

// Drops the connection without an answer: the `reset` fault. The socket belongs to Pistache, so it
// is shut down (the client sees the connection closed) rather than closed here.
void dropConnection(const std::shared_ptr<Tcp::Peer>& peer) { ::shutdown(peer->fd(), SHUT_RDWR); }

}  // namespace

// Answers held back by a `delayMs` fault, sent by one timer thread when their time comes.
class DelayedResponses {
public:
    DelayedResponses() : thread_([this] { run(); }) {}
    ~DelayedResponses() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        wake_.notify_all();
        thread_.join();
    }

    void schedule(std::chrono::milliseconds delay, std::weak_ptr<Tcp::Peer> peer, HttpResponse response,
                  Framing framing) {
        std::lock_guard lock(mutex_);
        pending_.emplace(std::chrono::steady_clock::now() + delay, Entry{std::move(peer), std::move(response), framing});
        wake_.notify_all();
    }

private:
    struct Entry {
        std::weak_ptr<Tcp::Peer> peer;
        HttpResponse response;
        Framing framing;
    };

    void run() {
        std::unique_lock lock(mutex_);
        while (!stopping_) {
            if (pending_.empty()) {
                wake_.wait(lock);
                continue;
            }
            auto due = pending_.begin()->first;
            if (std::chrono::steady_clock::now() < due) {
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
    std::multimap<std::chrono::steady_clock::time_point, Entry> pending_;
    bool stopping_ = false;
    std::thread thread_;
};

namespace {

// Every request enters here, on the event-loop thread of its connection. Answers are rendered by
// pcsim (response_bytes.hpp) and written to the connection directly; Pistache's ResponseWriter is
// not used, so its own framing choices (such as "Connection: Close" by default) never apply.
class PistacheHandler : public Http::Handler {
public:
    HTTP_PROTOTYPE(PistacheHandler)

    PistacheHandler(App* app, DelayedResponses* delayed) : app_(app), delayed_(delayed) {}

    void onRequest(const Http::Request& request, Http::ResponseWriter writer) override {
        std::shared_ptr<Tcp::Peer> peer;
        try {
            peer = writer.peer();
        } catch (const std::runtime_error&) {
            return;  // the client is gone
        }
        const Framing framing = framingOf(request);
        HttpResponse response = app_->handle(toHttpRequest(request));
        if (response.delay.count() > 0) {
            delayed_->schedule(response.delay, peer, std::move(response), framing);
        } else if (response.resetConnection) {
            dropConnection(peer);
        } else {
            answerNow(peer, response, framing);
        }
    }

private:
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
                    .flags(Tcp::Options::ReuseAddr)
                    // Larger than the App's body limits (1 MiB; 64 MiB for the control plane, whose
                    // bundles can be large), so that the App answers 413 in the service's error
                    // shape; beyond this Pistache refuses on its own. Buffers grow as needed.
                    .maxRequestSize(72 << 20);
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

std::string Server::baseUrl() const {
    return "http://" + impl_->options.host + ":" + std::to_string(port());
}

}  // namespace pcsim::http
