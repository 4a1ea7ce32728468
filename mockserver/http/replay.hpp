#pragma once
// MS-RequestId replay: a mutating call repeated with the same MS-RequestId within 5 simulated
// minutes gets the first response again instead of acting twice (DECISIONS.md). This is what makes
// a client's retry after a timeout safe. A repeat that arrives while the first is still running
// waits for it and then replays it.
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "http/message.hpp"
#include "sim/time.hpp"

namespace pcsim::http {

class ReplayCache {
public:
    static constexpr auto window = std::chrono::minutes(5);
    static constexpr std::size_t maxEntries = 100'000;

    // Runs `execute` unless `requestId` was seen for the same `fingerprint` (method and path) within
    // the window, in which case the stored response is returned. Server errors (5xx) are not stored,
    // so a retry after one acts again.
    HttpResponse run(const std::string& requestId, const std::string& fingerprint, sim::Timestamp now,
                     const std::function<HttpResponse()>& execute);
    void clear();

private:
    struct Entry {
        std::mutex running;  // held while the first call executes
        bool stored = false;
        HttpResponse response;
        std::string fingerprint;
        sim::Timestamp at{};
    };
    void evictOld(sim::Timestamp now);

    std::mutex mutex_;
    std::map<std::string, std::shared_ptr<Entry>> entries_;
    std::deque<std::pair<sim::Timestamp, std::string>> arrivals_;  // for eviction, oldest first
};

}  // namespace pcsim::http
