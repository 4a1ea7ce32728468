#include "http/scenario_cache.hpp"

#include <functional>

namespace pcsim::http {

namespace {
// The name diagnostics of a loaded text carry: "scenario:3:5: message".
constexpr const char* kSourceName = "scenario";
}  // namespace

ScenarioCache::Entries::iterator ScenarioCache::findLocked(std::size_t hash, std::string_view yaml) {
    auto [first, last] = byHash_.equal_range(hash);
    for (auto it = first; it != last; ++it)
        if (it->second->text == yaml) return it->second;  // the text itself decides, not just its hash
    return entries_.end();
}

std::shared_ptr<const scenario::LoadResult> ScenarioCache::load(std::string_view yaml) {
    const std::size_t hash = std::hash<std::string_view>{}(yaml);
    std::promise<std::shared_ptr<const scenario::LoadResult>> promise;
    std::shared_future<std::shared_ptr<const scenario::LoadResult>> result;
    bool parseHere = false;
    {
        std::lock_guard lock(mutex_);
        if (auto found = findLocked(hash, yaml); found != entries_.end()) {
            entries_.splice(entries_.begin(), entries_, found);
            result = found->result;
        } else {
            result = promise.get_future().share();
            entries_.push_front(Entry{std::string(yaml), result});
            byHash_.emplace(hash, entries_.begin());
            ++parses_;
            if (entries_.size() > kCapacity) {
                const auto& oldest = entries_.back();
                auto [first, last] = byHash_.equal_range(std::hash<std::string_view>{}(oldest.text));
                for (auto it = first; it != last; ++it)
                    if (it->second == std::prev(entries_.end())) {
                        byHash_.erase(it);
                        break;
                    }
                entries_.pop_back();
            }
            parseHere = true;
        }
    }
    // Parsed outside the lock: other texts load meanwhile; only this text's other loaders wait.
    if (parseHere)
        promise.set_value(std::make_shared<scenario::LoadResult>(scenario::loadScenarioText(yaml, kSourceName)));
    return result.get();
}

void ScenarioCache::remember(const std::shared_ptr<const sim::Scenario>& loaded) {
    if (!loaded || loaded->sourceText.empty()) return;
    const std::size_t hash = std::hash<std::string_view>{}(loaded->sourceText);
    std::promise<std::shared_ptr<const scenario::LoadResult>> promise;
    promise.set_value(std::make_shared<scenario::LoadResult>(scenario::LoadResult{loaded, {}}));
    std::lock_guard lock(mutex_);
    if (findLocked(hash, loaded->sourceText) != entries_.end()) return;
    entries_.push_front(Entry{loaded->sourceText, promise.get_future().share()});
    byHash_.emplace(hash, entries_.begin());
}

std::size_t ScenarioCache::parses() const {
    std::lock_guard lock(mutex_);
    return parses_;
}

}  // namespace pcsim::http
