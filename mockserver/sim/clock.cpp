#include "sim/clock.hpp"

namespace pcsim::sim {

SimClock::SimClock(Timestamp start, ClockMode mode)
    : base_(start), anchor_(std::chrono::steady_clock::now()), mode_(mode) {}

Ticks SimClock::elapsedWallTime() const {
    if (mode_ == ClockMode::frozen) return Ticks{0};
    return std::chrono::duration_cast<Ticks>(std::chrono::steady_clock::now() - anchor_);
}

Timestamp SimClock::now() const { return base_ + elapsedWallTime(); }

void SimClock::advance(Ticks by) { base_ += by; }

void SimClock::set(Timestamp to) {
    base_ = to;
    anchor_ = std::chrono::steady_clock::now();
}

}  // namespace pcsim::sim
