#pragma once
// The simulated clock. In `realtime` mode it runs with the wall clock from the scenario's start;
// in `frozen` mode it moves only when told. Advancing or setting it works in both modes.
#include <chrono>

#include "sim/time.hpp"

namespace pcsim::sim {

enum class ClockMode { realtime, frozen };

class SimClock {
public:
    SimClock(Timestamp start, ClockMode mode);

    Timestamp now() const;
    ClockMode mode() const { return mode_; }
    void advance(Ticks by);
    void set(Timestamp to);

private:
    Ticks elapsedWallTime() const;

    Timestamp base_;  // simulated time at `anchor_`
    std::chrono::steady_clock::time_point anchor_;
    ClockMode mode_;
};

}  // namespace pcsim::sim
