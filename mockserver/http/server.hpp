#pragma once
// Serves an App over HTTP/1.1 with Pistache. Owns the listening endpoint and a small scheduler for
// responses that a fault delays (the worker thread is never put to sleep).
#include <cstdint>
#include <memory>
#include <string>

#include "http/app.hpp"

namespace pcsim::http {

struct ServerOptions {
    std::string host = "127.0.0.1";
    std::uint16_t port = 8080;  // 0 = pick a free port
    int threads = 2;
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
