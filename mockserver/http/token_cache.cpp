#include "http/token_cache.hpp"

#include <mutex>

namespace pcsim::http {

std::shared_ptr<const Identity> TokenCache::verify(const TokenService& service, const std::string& token,
                                                   sim::Timestamp now, TokenProblem* problem) {
    {
        std::shared_lock lock(mutex_);
        auto it = verified_.find(token);
        if (it != verified_.end()) {
            if (now < it->second->expiresAt) return it->second;
            if (problem) *problem = TokenProblem::expired;
            return nullptr;
        }
    }
    auto verified = service.verify(token, now, problem);
    if (!verified) return nullptr;
    auto identity = std::make_shared<const Identity>(std::move(*verified));
    std::unique_lock lock(mutex_);
    if (verified_.size() >= capacity) verified_.clear();  // a crude bound; re-verifying is only slower
    verified_.emplace(token, identity);
    return identity;
}

}  // namespace pcsim::http
