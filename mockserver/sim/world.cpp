#include "sim/world.hpp"
#include "partnercenter/text.hpp"

namespace pcsim::sim {

using partnercenter::text::toLower;

World::World(std::shared_ptr<const Scenario> scenario)
    // Run-time ids use a stream of their own, so that they do not depend on how many ids the loader drew.
    : clock(scenario->clockStart, scenario->clockMode),
      ids(scenario->seed ^ 0x9e3779b97f4a7c15ULL),
      scenario_(std::move(scenario)) {
    customers_.reserve(scenario_->customers.size());
    for (const auto& customer : scenario_->customers) {
        customerIndex_.emplace(toLower(customer.id), customers_.size());
        customers_.push_back(CustomerState{customer, {}, {}, {}});
    }
}

CustomerState* World::findCustomer(std::string_view customerId) {
    auto it = customerIndex_.find(toLower(customerId));
    return it == customerIndex_.end() ? nullptr : &customers_[it->second];
}

const CustomerState* World::findCustomer(std::string_view customerId) const {
    return const_cast<World*>(this)->findCustomer(customerId);
}

ReservationOrder* World::findReservationOrder(std::string_view reservationOrderId) {
    auto it = reservationOrders_.find(toLower(reservationOrderId));
    return it == reservationOrders_.end() ? nullptr : &it->second;
}

const ReservationOrder* World::findReservationOrder(std::string_view reservationOrderId) const {
    return const_cast<World*>(this)->findReservationOrder(reservationOrderId);
}

ReservationOrder& World::addReservationOrder(ReservationOrder order) {
    auto key = toLower(order.id);
    return reservationOrders_.insert_or_assign(key, std::move(order)).first->second;
}

const Order* World::orderOf(const ReservationOrder& reservationOrder) const {
    const CustomerState* customer = findCustomer(reservationOrder.customerId);
    if (!customer) return nullptr;
    auto it = customer->orders.find(reservationOrder.orderId);
    return it == customer->orders.end() ? nullptr : &it->second;
}

void World::clearPurchases() {
    for (auto& customer : customers_) {
        customer.carts.clear();
        customer.orders.clear();
        customer.orderSequence.clear();
    }
    reservationOrders_.clear();
}

}  // namespace pcsim::sim
