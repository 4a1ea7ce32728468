#include "http/server.hpp"

#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <pistache/net.h>
#include <pistache/peer.h>
#include <sys/socket.h>

#include <algorithm>
#include <condition_variable>
#include <ctime>
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

// A response header of any name. Pistache writes only typed headers (Raw ones are dropped on the
// way out), so every header the App sets travels as one of these.
class NamedHeader : public Http::Header::Header {
public:
    NamedHeader(std::string name, std::string value) : name_(std::move(name)), value_(std::move(value)) {}
    const char* name() const override { return name_.c_str(); }
    void write(std::ostream& stream) const override { stream << value_; }
#ifdef SAFE_HEADER_CAST
    uint64_t hash() const override { return Http::Header::detail::hash(name_.c_str()); }
#endif

private:
    std::string name_;
    std::string value_;
};

// The HTTP Date header (RFC 9110 §6.6.1: an origin server with a clock must send it), in IMF-fixdate,
// of the wall clock — not the simulated one. Formatted once per second per thread.
const std::string& httpDateNow() {
    thread_local std::time_t formattedSecond = 0;
    thread_local std::string formatted;
    const std::time_t now = std::time(nullptr);
    if (now != formattedSecond) {
        std::tm utc{};
        gmtime_r(&now, &utc);
        char text[40];
        formatted.assign(text, std::strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S GMT", &utc));
        formattedSecond = now;
    }
    return formatted;
}

void writeResponse(Http::ResponseWriter& writer, const HttpResponse& response) {
    writer.headers().add(std::make_shared<NamedHeader>("Date", httpDateNow()));
    for (const auto& [name, value] : response.headers) writer.headers().add(std::make_shared<NamedHeader>(name, value));
    writer.send(static_cast<Http::Code>(response.status), response.body);
}

// Drops the connection without an answer: the `reset` fault. The socket belongs to Pistache, so it
// is shut down (the client sees the connection closed) rather than closed here.
void dropConnection(Http::ResponseWriter& writer) {
    if (auto peer = writer.peer()) ::shutdown(peer->fd(), SHUT_RDWR);
}

}  // namespace

// Responses held back by a `delayMs` fault, sent by one timer thread when their time comes.
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

    void schedule(std::chrono::milliseconds delay, Http::ResponseWriter writer, HttpResponse response) {
        std::lock_guard lock(mutex_);
        pending_.emplace(std::chrono::steady_clock::now() + delay, Entry{std::move(writer), std::move(response)});
        wake_.notify_all();
    }

private:
    struct Entry {
        Http::ResponseWriter writer;
        HttpResponse response;
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
            if (entry.response.resetConnection) dropConnection(entry.writer);
            else writeResponse(entry.writer, entry.response);
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

class PistacheHandler : public Http::Handler {
public:
    HTTP_PROTOTYPE(PistacheHandler)

    PistacheHandler(App* app, DelayedResponses* delayed) : app_(app), delayed_(delayed) {}

    void onRequest(const Http::Request& request, Http::ResponseWriter writer) override {
        // HTTP/1.1 is persistent by default, but Pistache 0.0.5 answers a request without a
        // Connection header with "Connection: Close", which costs ordinary clients (curl, libcurl,
        // wrk) their keep-alive. Every request enters here, so this is the one place to undo it.
        const bool keepAlive = request.version() == Http::Version::Http11 && keepsAlive(request);
        if (keepAlive) {
            writer.headers().remove<Http::Header::Connection>();
            writer.headers().add<Http::Header::Connection>(Http::ConnectionControl::KeepAlive);
        }
        HttpResponse response = app_->handle(toHttpRequest(request));
        if (response.delay.count() > 0) {
            markQueued(writer);  // later answers on this connection must not overtake this one
            delayed_->schedule(response.delay, std::move(writer), std::move(response));
        } else if (response.resetConnection) {
            dropConnection(writer);
        } else if (keepAlive) {
            sendDirectly(writer, response);
        } else {
            writeResponse(writer, response);
        }
    }

private:
    static constexpr const char* kQueuedKey = "pcsim.queued";

    static bool keepsAlive(const Http::Request& request) {
        auto connection = request.headers().tryGet<Http::Header::Connection>();
        return !connection || connection->control() == Http::ConnectionControl::KeepAlive;
    }

    static void markQueued(Http::ResponseWriter& writer) {
        if (auto peer = writer.peer()) peer->putData(kQueuedKey, std::make_shared<bool>(true));
    }

    // Pistache's writer queues every response for its event loop, which wakes through an eventfd
    // to send it: a quarter of the server's CPU on a catalog GET (perf record). Handlers run on
    // the connection's own event-loop thread, so the response can go to the socket from here.
    // What the socket does not take now goes through Pistache's queue, and so does everything
    // after it on that connection, to keep the answers in order.
    static void sendDirectly(Http::ResponseWriter& writer, const HttpResponse& response) {
        std::shared_ptr<Tcp::Peer> peer;
        try {
            peer = writer.peer();
        } catch (const std::runtime_error&) {
            return;  // the client is gone
        }
        if (peer->tryGetData(kQueuedKey)) {
            writeResponse(writer, response);
            return;
        }
        const std::string bytes =
            responseBytes(response, Http::codeString(static_cast<Http::Code>(response.status)), httpDateNow());
        const std::ptrdiff_t sent = sendWithoutBlocking(peer->fd(), bytes);
        peer->setIdle(true);  // as Pistache's own writer does once a response is out
        if (sent < 0 || static_cast<std::size_t>(sent) == bytes.size()) return;
        peer->putData(kQueuedKey, std::make_shared<bool>(true));
        std::string rest = bytes.substr(static_cast<std::size_t>(sent));
        const std::size_t restSize = rest.size();
        peer->send(RawBuffer(std::move(rest), restSize));
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
                    .maxRequestSize(72 << 20)
                    .maxResponseSize(256 << 20);
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
