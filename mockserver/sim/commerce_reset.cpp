#include "sim/commerce_reset.hpp"

namespace pcsim::sim {

void resetCommerce(World& world) {
    for (auto& customer : world.customers()) {
        customer.carts.clear();
        customer.orders.clear();
        customer.orderSequence.clear();
    }
    world.clearReservationOrders();
    world.reservationEngine = engine::EngineState{};
}

}  // namespace pcsim::sim
