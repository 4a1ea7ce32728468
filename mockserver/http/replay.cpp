#include "http/replay.hpp"

namespace pcsim::http {

void ReplayCache::evictOld(sim::Timestamp now) {
    while (!arrivals_.empty() && (arrivals_.front().first + window <= now || arrivals_.size() > maxEntries)) {
        auto it = entries_.find(arrivals_.front().second);
        if (it != entries_.end() && it->second->at == arrivals_.front().first) entries_.erase(it);
        arrivals_.pop_front();
    }
}

HttpResponse ReplayCache::run(const std::string& requestId, const std::string& fingerprint, sim::Timestamp now,
                              const std::function<HttpResponse()>& execute) {
    std::unique_lock lock(mutex_);
    evictOld(now);
    auto it = entries_.find(requestId);
    std::shared_ptr<Entry> entry;
    if (it != entries_.end()) {
        entry = it->second;
        if (entry->fingerprint != fingerprint) {  // the same id on another operation: not a repeat
            lock.unlock();
            return execute();
        }
    } else {
        entry = std::make_shared<Entry>();
        entry->fingerprint = fingerprint;
        entry->at = now;
        entries_.emplace(requestId, entry);
        arrivals_.emplace_back(now, requestId);
    }
    lock.unlock();

    std::lock_guard running(entry->running);  // a first call still running finishes first
    if (entry->stored) return entry->response;
    // First call, or a repeat of one that ended in a server error: act, and keep a good answer.
    HttpResponse response = execute();
    if (response.status < 500) {
        entry->response = response;
        entry->stored = true;
    }
    return response;
}

void ReplayCache::clear() {
    std::lock_guard lock(mutex_);
    entries_.clear();
    arrivals_.clear();
}

}  // namespace pcsim::http
