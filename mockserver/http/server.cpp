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

#include "http/request_framer.hpp"
#include "http/response_bytes.hpp"
#include "http/responses.hpp"
#include "partnercenter/text.hpp"
#include "sim/errors/partner_center.hpp"

namespace pcsim::http {

using partnercenter::text::toLower;

// How the answer to one request is framed: its HTTP version, and whether the connection stays open.
// Not in the anonymous namespace: DelayedResponses, declared in server.hpp, keeps one per held answer.
struct AnswerFraming {
    bool http10 = false;
    bool keepAlive = true;
};

namespace {

using namespace Pistache;

// `target` is the request target as the client sent it (RequestFramer::takeTarget): path and query
// are read from it exactly as makeRequest reads a target in process. Without it (a request the
// framer passed through), they come from Pistache's parse, whose query has lost its order.
HttpRequest toHttpRequest(const Http::Request& in, const std::string& target) {
    HttpRequest out;
    out.method = Http::methodString(in.method());
    if (!target.empty()) {
        parseTarget(target, out);
    } else {
        std::string rebuilt = in.resource();
        char separator = '?';
        for (auto it = in.query().parameters_begin(); it != in.query().parameters_end(); ++it, separator = '&')
            rebuilt += separator + it->first + "=" + it->second;  // Pistache leaves both percent-encoded
        parseTarget(rebuilt, out);
    }
    // Pistache parsed the well-known headers into typed ones that only print to a stream. One stream
    // per thread: constructing an ostringstream (its locale) per header took ~2% of the server's CPU
    // in bench_flows (perf record).
    thread_local std::ostringstream value;
    for (const auto& header : in.headers().list()) {
        value.str({});
        value.clear();
        header->write(value);
        out.headers.emplace(toLower(header->name()), value.str());
    }
    for (const auto& [name, raw] : in.headers().rawList()) out.headers.emplace(toLower(name), raw.value());
    out.body = in.body();
    out.remoteAddress = in.address().host();
    return out;
}

// HTTP/1.1 is persistent unless the client says `Connection: close`; HTTP/1.0 only when it asks for
// keep-alive. (Pistache 0.0.5 answered a request without a Connection header with "Close", which
// cost ordinary clients — curl, libcurl, wrk — their keep-alive.)
AnswerFraming framingOf(const Http::Request& request) {
    AnswerFraming framing;
    framing.http10 = request.version() == Http::Version::Http10;
    auto connection = request.headers().tryGet<Http::Header::Connection>();
    framing.keepAlive = connection ? connection->control() == Http::ConnectionControl::KeepAlive : !framing.http10;
    return framing;
}

std::string wireBytes(const HttpResponse& response, const AnswerFraming& framing) {
    return responseBytes(response, Http::codeString(static_cast<Http::Code>(response.status)), httpDateNow(),
                         framing.keepAlive, framing.http10 ? "HTTP/1.0" : "HTTP/1.1");
}

// What pcsim keeps for each connection, next to Pistache's parser. Used on the connection's
// event-loop thread only.
struct Connection {
    RequestFramer framer;
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

// Every read of a connection enters here, on the connection's event-loop thread. Pistache's own
// reading hands its parser the whole read and drops whatever follows the first request in it; here
// the framer hands the parser one request at a time, so that pipelined requests are each answered,
// in order. Answers are rendered by pcsim (response_bytes.hpp) and written by pcsim; Pistache's
// ResponseWriter is not used, so its framing choices (such as "Connection: Close" by default) never
// apply.
class PistacheHandler : public Http::Handler {
public:
    HTTP_PROTOTYPE(PistacheHandler)

    PistacheHandler(App* app, DelayedResponses* delayed) : app_(app), delayed_(delayed) {}

    void onInput(const char* buffer, size_t length, const std::shared_ptr<Tcp::Peer>& peer) override {
        Connection& connection = connectionOf(peer);
        const bool waitsForContinue =
            connection.framer.split({buffer, length}, [&](std::string_view piece) { read(piece, peer, connection); });
        // Not while an earlier answer is held back (it must come first); the client, after its wait,
        // sends the body anyway.
        if (waitsForContinue && !connection.closing && !connection.holdsAnswersAt(DelayedResponses::Clock::now()))
            writeNow(peer, connection, "HTTP/1.1 100 Continue\r\n\r\n", AnswerFraming{});
    }

    // Only Pistache's own reading calls this, and onInput above replaces it.
    void onRequest(const Http::Request& request, Http::ResponseWriter writer) override {
        if (auto peer = writer.peer()) serve(request, peer, connectionOf(peer));
    }

private:
    void read(std::string_view piece, const std::shared_ptr<Tcp::Peer>& peer, Connection& connection) {
        if (connection.closing) return;
        auto parser = Http::Handler::getParser(peer);
        try {
            if (!parser->feed(piece.data(), piece.size()))
                throw Http::HttpError(Http::Code::Request_Entity_Too_Large,
                                      "The request is larger than the server reads.");
            if (parser->parse() != Http::Private::State::Done) return;  // the rest comes in later reads
            parser->request.copyAddress(peer->address());
            peer->setIdle(false);
            serve(parser->request, peer, connection);
            parser->reset();
        } catch (const Http::HttpError& unreadable) {
            refuse(peer, connection, *parser, unreadable.code(), unreadable.reason());
        } catch (const std::exception& unreadable) {
            // Pistache's typed headers throw their own errors on bad values (a Host of "[::1").
            refuse(peer, connection, *parser, 400, std::string("The request could not be read: ") + unreadable.what());
        }
    }

    // Where the next request would start is unknown after one that could not be read: answer it in
    // the service's error shape and end the connection.
    static void refuse(const std::shared_ptr<Tcp::Peer>& peer, Connection& connection, Http::RequestParser& parser,
                       int status, const std::string& description) {
        parser.reset();
        connection.closing = true;
        answerNow(peer, connection, error(status, sim::general_error::invalidInput, description),
                  AnswerFraming{false, false});
    }

    void serve(const Http::Request& request, const std::shared_ptr<Tcp::Peer>& peer, Connection& connection) {
        const AnswerFraming framing = framingOf(request);
        if (!framing.keepAlive) connection.closing = true;  // requests after this one are not read
        HttpResponse response = [&] {
            try {
                return app_->handle(toHttpRequest(request, connection.framer.takeTarget()));
            } catch (const std::exception& failure) {
                return error(500, sim::general_error::internal,
                             std::string("Unexpected server error: ") + failure.what());
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

std::string Server::baseUrl() const { return "http://" + impl_->options.host + ":" + std::to_string(port()); }

}  // namespace pcsim::http
