#pragma once
// Serves an App over HTTP/1.1 with Pistache. Owns the listening endpoint and a small scheduler for
// responses that a fault delays (the worker thread is never put to sleep).
#include <cstdint>
#include <memory>
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

struct ServerOptions {
    std::string host = "127.0.0.1";
    std::uint16_t port = 8080;  // 0 = pick a free port
    int threads = defaultServerThreads();
};

class DelayedResponses;

class Server {
public:
    Server(App& app, ServerOptions options);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // Binds and starts serving on background threads; returns once connections are accepted.
    void start();
    void stop();
    std::uint16_t port() const;  // the bound port (the real one when 0 was asked for)
    std::string baseUrl() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace pcsim::http
