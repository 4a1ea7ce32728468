#include "sim/commerce_reset.hpp"

namespace pcsim::sim {

void resetCommerce(World& world) {
    world.clearPurchases();
    world.reservationEngine = engine::EngineState{};
}

}  // namespace pcsim::sim
