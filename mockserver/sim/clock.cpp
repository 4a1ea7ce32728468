#include "sim/clock.hpp"

namespace pcsim::sim {

Ticks SimClock::steadyNow() {
    return std::chrono::duration_cast<Ticks>(std::chrono::steady_clock::now().time_since_epoch());
}

SimClock::SimClock(Timestamp start, ClockMode mode)
    : offset_((mode == ClockMode::frozen ? start.time_since_epoch() : start.time_since_epoch() - steadyNow()).count()),
      mode_(mode) {}

Timestamp SimClock::now() const {
    Ticks offset{offset_.load(std::memory_order_acquire)};
    return Timestamp{mode_ == ClockMode::frozen ? offset : offset + steadyNow()};
}

void SimClock::advance(Ticks by) { offset_.fetch_add(by.count(), std::memory_order_acq_rel); }

void SimClock::set(Timestamp to) {
    Ticks offset = mode_ == ClockMode::frozen ? to.time_since_epoch() : to.time_since_epoch() - steadyNow();
    offset_.store(offset.count(), std::memory_order_release);
}

}  // namespace pcsim::sim
