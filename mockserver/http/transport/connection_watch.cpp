#include "http/transport/connection_watch.hpp"

#include <sys/resource.h>

#include <vector>

namespace pcsim::http {

using Pistache::Tcp::Peer;

ConnectionWatch::ConnectionWatch(std::size_t maxConnections)
    : maxConnections_(maxConnections), thread_([this] { run(); }) {}

ConnectionWatch::~ConnectionWatch() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

ConnectionWatch::Admission ConnectionWatch::admit(const std::shared_ptr<Peer>& peer,
                                                  const std::shared_ptr<Connection>& connection) {
    std::lock_guard lock(mutex_);
    if (draining_) return Admission::stopping;
    if (connections_.size() >= maxConnections_) return Admission::full;
    connections_[peer->getID()] = Watched{peer, connection};
    return Admission::admitted;
}

void ConnectionWatch::forget(const Peer& peer) {
    std::lock_guard lock(mutex_);
    connections_.erase(peer.getID());
}

std::size_t ConnectionWatch::open() const {
    std::lock_guard lock(mutex_);
    return connections_.size();
}

std::size_t ConnectionWatch::inFlightLocked() const {
    std::size_t count = 0;
    for (const auto& [id, watched] : connections_)
        if (auto connection = watched.connection.lock()) count += std::size_t(connection->inFlight.load() > 0);
    return count;
}

bool ConnectionWatch::drain(std::chrono::milliseconds grace) {
    draining_ = true;
    const auto until = SteadyClock::now() + grace;
    std::unique_lock lock(mutex_);
    for (;;) {
        // Idle keep-alive connections end now; the others once their answers are out (each pass).
        for (const auto& [id, watched] : connections_) {
            auto connection = watched.connection.lock();
            auto peer = watched.peer.lock();
            if (connection && peer && connection->inFlight.load() == 0) dropConnection(*peer);
        }
        if (inFlightLocked() == 0) return true;
        if (SteadyClock::now() >= until) return false;
        wake_.wait_for(lock, std::chrono::milliseconds(20));
    }
}

void ConnectionWatch::run() {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        wake_.wait_for(lock, std::chrono::milliseconds(250));
        const std::int64_t now = steadyMs();
        std::vector<std::shared_ptr<Peer>> expired;
        for (const auto& [id, watched] : connections_) {
            auto connection = watched.connection.lock();
            if (!connection || connection->inFlight.load() > 0) continue;  // an answer is on its way
            const std::int64_t deadline = connection->deadlineMs.load();
            if (deadline != 0 && now >= deadline)
                if (auto peer = watched.peer.lock()) expired.push_back(std::move(peer));
        }
        lock.unlock();
        for (const auto& peer : expired) dropConnection(*peer);
        lock.lock();
    }
}

std::size_t raiseDescriptorLimit() {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return 1024;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0) limit = raised;
    }
    return limit.rlim_cur == RLIM_INFINITY ? std::size_t(1) << 20 : static_cast<std::size_t>(limit.rlim_cur);
}

}  // namespace pcsim::http
