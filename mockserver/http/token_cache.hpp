#pragma once
// Verified tokens, remembered: a client sends the same bearer token on every call for an hour, and
// checking its HMAC and decoding its claims each time would cost more than most handlers. The
// expiry is still checked against the simulated clock on every use.
#include <memory>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include "http/tokens.hpp"

namespace pcsim::http {

class TokenCache {
public:
    static constexpr std::size_t capacity = 10'000;

    // The identity (shared: requests and the operation log keep it), or null with the problem.
    std::shared_ptr<const Identity> verify(const TokenService& service, const std::string& token, sim::Timestamp now,
                                           TokenProblem* problem);

private:
    std::shared_mutex mutex_;
    std::unordered_map<std::string, std::shared_ptr<const Identity>> verified_;
};

}  // namespace pcsim::http
