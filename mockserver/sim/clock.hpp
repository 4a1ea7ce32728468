#pragma once
// The simulated clock. In `realtime` mode it runs with the wall clock from the scenario's start;
// in `frozen` mode it moves only when told. Advancing or setting it works in both modes.
//
// Reading it is lock-free (every request reads it, e.g. to check token expiry); moving it is rare
// and happens under the world's lock, so two movers never race each other.
#include <atomic>
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
    static Ticks steadyNow();

    // frozen: the simulated time itself; realtime: simulated time minus the steady clock's reading,
    // so that now() = offset + steadyNow(). One atomic word, so readers never see half an update.
    std::atomic<Ticks::rep> offset_;
    const ClockMode mode_;
};

}  // namespace pcsim::sim
