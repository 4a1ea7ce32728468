#pragma once
// Serves an App over HTTP/1.1 with Pistache. Owns the listening endpoint and a small scheduler for
// responses that a fault delays (the worker thread is never put to sleep).
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "http/app.hpp"

namespace pcsim::http {

// Event-loop threads when none are asked for: eight per core, at most 64. Each thread writes an
// answer as soon as it is ready, and on a machine shared with the clients (tests, CI, a benchmark)
// the client that an answer wakes often takes the core from the thread that sent it; with several
// threads per core, the other connections keep moving meanwhile. On 2 cores, the catalog GET p99 of
// bench/run.sh (median of its rounds) was 19.7 ms with PCSIM_BENCH_SERVE_ARGS="--threads 2" and
// 1.59 ms with the default 16 (README, Benchmarks).
int defaultServerThreads();

class TlsContext;

// An intercepting proxy's listener (transport/proxy.hpp): plain HTTP that answers CONNECT for the
// hosts pcsim intercepts and serves each tunnel as HTTPS under `tunnelTls`.
struct ProxyOptions {
    std::shared_ptr<const TlsContext> tunnelTls;
    std::string sandbox;  // the tunnels' sandbox unless Proxy-Authorization names one; empty: default
};

struct ServerOptions {
    std::string host = "127.0.0.1";
    std::uint16_t port = 8080;  // 0 = pick a free port
    int threads = defaultServerThreads();
    // HTTPS with this certificate when set; plain HTTP otherwise.
    std::shared_ptr<const TlsContext> tls;
    // The proxy's listener instead when set (with `tls` unset): requests arrive only in tunnels.
    std::optional<ProxyOptions> proxy;
    std::size_t headLimit = 64 << 10;  // request line and headers; longer heads get 431
    // A request head (or a TLS handshake) must be complete this long after it began.
    std::chrono::seconds headerTimeout{60};
    // A connection that sends nothing this long, with no answer owed to it, is closed.
    std::chrono::seconds idleTimeout{300};
    // Connections held at once; at most the descriptor limit less a reserve (the limit is raised
    // to its hard maximum at start). Beyond it a connection gets 503 and is closed.
    std::size_t maxConnections = 10000;
};

class DelayedResponses;
class ConnectionWatch;

class Server {
public:
    Server(App& app, ServerOptions options);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // Binds and starts serving on background threads; returns once connections are accepted.
    void start();
    // Stops accepting, ends idle connections, and waits up to `grace` for the answers in flight;
    // true when none was left.
    bool drain(std::chrono::milliseconds grace);
    void stop();
    std::uint16_t port() const;          // the bound port (the real one when 0 was asked for)
    std::string baseUrl() const;         // http:// or https://
    std::size_t maxConnections() const;  // the cap in force (after the descriptor limit)

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace pcsim::http
