#pragma once
// Scenarios loaded from text (PUT /_pcsim/scenario, bundle import), remembered by content: a suite
// runner loads the same scenario into a fresh sandbox for every case, and parsing the YAML (and
// building its catalog) once instead of a thousand times is most of what makes that cheap. Sandboxes
// loaded from one text share one immutable Scenario (and its catalog).
#include <cstddef>
#include <future>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "scenario/loader.hpp"

namespace pcsim::http {

class ScenarioCache {
public:
    static constexpr std::size_t kCapacity = 64;  // distinct texts kept (least recently used goes)

    // The result of loading `yaml` (a failed load is remembered too: same text, same diagnostics).
    // Concurrent loads of one text wait for the first instead of parsing it again.
    std::shared_ptr<const scenario::LoadResult> load(std::string_view yaml);
    // Makes an already loaded scenario the answer for its own source text.
    void remember(const std::shared_ptr<const sim::Scenario>& scenario);
    std::size_t parses() const;  // how many texts were actually parsed (tests, benchmarks)

private:
    struct Entry {
        std::string text;
        std::shared_future<std::shared_ptr<const scenario::LoadResult>> result;
    };
    using Entries = std::list<Entry>;  // most recently used first

    Entries::iterator findLocked(std::size_t hash, std::string_view yaml);

    mutable std::mutex mutex_;
    Entries entries_;
    std::unordered_multimap<std::size_t, Entries::iterator> byHash_;
    std::size_t parses_ = 0;
};

}  // namespace pcsim::http
