#pragma once
// Every open connection, watched by one thread: a connection past its deadline (a head that does
// not end within the header time-out, a handshake that does not finish, nothing heard within the
// idle time-out) is shut down. Also the connection cap, and what a stopping server waits for.
#include <pistache/peer.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "http/transport/connection.hpp"

namespace pcsim::http {

class ConnectionWatch {
public:
    explicit ConnectionWatch(std::size_t maxConnections);
    ~ConnectionWatch();
    ConnectionWatch(const ConnectionWatch&) = delete;
    ConnectionWatch& operator=(const ConnectionWatch&) = delete;

    enum class Admission { admitted, full, stopping };
    // Anything but `admitted`: the caller refuses the connection.
    Admission admit(const std::shared_ptr<Pistache::Tcp::Peer>& peer, const std::shared_ptr<Connection>& connection);
    void forget(const Pistache::Tcp::Peer& peer);

    std::size_t open() const;
    std::size_t maxConnections() const { return maxConnections_; }

    // Stops admitting; shuts down connections with no request in flight; waits until no request
    // is in flight or `grace` has passed. True when nothing was left in flight.
    bool drain(std::chrono::milliseconds grace);

private:
    struct Watched {
        std::weak_ptr<Pistache::Tcp::Peer> peer;
        std::weak_ptr<Connection> connection;
    };
    void run();
    std::size_t inFlightLocked() const;

    const std::size_t maxConnections_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::unordered_map<std::size_t, Watched> connections_;  // by Pistache's peer id
    bool stopping_ = false;
    std::atomic<bool> draining_{false};
    std::thread thread_;
};

// Raises the soft limit on open descriptors to the hard limit; returns the soft limit now.
std::size_t raiseDescriptorLimit();

}  // namespace pcsim::http
