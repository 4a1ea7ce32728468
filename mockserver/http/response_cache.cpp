#include "http/response_cache.hpp"

namespace pcsim::http {

std::optional<HttpResponse> ResponseCache::find(const std::string& key) const {
    std::shared_lock lock(mutex_);
    auto it = entries_.find(key);
    if (it == entries_.end()) return std::nullopt;
    return it->second;
}

void ResponseCache::store(const std::string& key, const HttpResponse& response) {
    std::unique_lock lock(mutex_);
    if (entries_.size() < capacity_) entries_.emplace(key, response);
}

}  // namespace pcsim::http
