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
// threads per core, the other connections keep moving meanwhile. Measured on 2 cores with
// bench/run.sh's catalog GET: 2 threads gave a p99 of 11-13 ms, 16 threads 1.4 ms (median of three
// rounds) and more requests per second.
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
