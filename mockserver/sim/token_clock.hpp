#pragma once
// Which clock a token's lifetime runs on. Stock clients cache a token for `expires_in` seconds of
// their own clock; tokens that expired on the simulated clock broke every cached token after a
// clock move, which the real service never does. So by default lifetimes run on the wall clock;
// a scenario may choose the simulated clock to test expiry on purpose (`tokens: {clock: simulated}`).
#include <chrono>

#include "sim/time.hpp"

namespace pcsim::sim {

enum class TokenClock { wall, simulated };

struct TokenSettings {
    Ticks lifetime = std::chrono::duration_cast<Ticks>(std::chrono::hours(1));
    TokenClock clock = TokenClock::wall;
};

// The time tokens are issued and checked at.
inline Timestamp tokenTime(const TokenSettings& settings, Timestamp simulatedNow, Timestamp wallNow) {
    return settings.clock == TokenClock::wall ? wallNow : simulatedNow;
}

}  // namespace pcsim::sim
