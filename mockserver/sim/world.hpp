#pragma once
// The state of one simulated Partner Center world: customers with their carts and orders, the
// reservations orders created, the clock and the id generator. Built from a Scenario; every
// operation on it lives in its own file (carts.hpp, checkout.hpp, ...) and takes the World.
//
// Thread safety: a World is not synchronised by itself. Its owner takes `mutex` for the time of one
// operation (never across I/O); the catalog is immutable and needs no lock.
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "sim/commerce.hpp"
#include "sim/engine/engine_state.hpp"
#include "sim/ids.hpp"
#include "sim/scenario.hpp"

namespace pcsim::sim {

// A customer with everything it owns: tenant isolation is structural (a cart or order is only
// reachable through its customer).
struct CustomerState {
    Customer customer;
    std::map<std::string, Cart> carts;       // key: lower-cased cart id
    std::map<std::string, Order> orders;     // key: order id (case-sensitive, URL-safe token)
    std::vector<std::string> orderSequence;  // order ids in creation order
};

class World {
public:
    explicit World(std::shared_ptr<const Scenario> scenario);

    const Scenario& scenario() const { return *scenario_; }
    std::shared_ptr<const Scenario> scenarioPtr() const { return scenario_; }
    const Catalog& catalog() const { return *scenario_->catalog; }
    const Behaviour& behaviour() const { return scenario_->behaviour; }
    const Partner& partner() const { return scenario_->partner; }

    Timestamp now() const { return clock.now(); }

    CustomerState* findCustomer(std::string_view customerId);
    const CustomerState* findCustomer(std::string_view customerId) const;
    const std::vector<CustomerState>& customers() const { return customers_; }

    ReservationOrder* findReservationOrder(std::string_view reservationOrderId);
    const ReservationOrder* findReservationOrder(std::string_view reservationOrderId) const;
    ReservationOrder& addReservationOrder(ReservationOrder order);
    // The Partner Center order the reservation order was bought with (nullptr when there is none).
    const Order* orderOf(const ReservationOrder& reservationOrder) const;
    // Forgets every cart, order and reservation order; customers stay (sim/commerce_reset.hpp).
    void clearPurchases();
    const std::map<std::string, ReservationOrder>& reservationOrders() const { return reservationOrders_; }

    SimClock clock;
    IdGenerator ids;
    mutable std::mutex mutex;
    // What the reservation engine has applied so far (sim/engine/engine.hpp); guarded by `mutex`.
    engine::EngineState reservationEngine;

private:
    std::shared_ptr<const Scenario> scenario_;
    std::vector<CustomerState> customers_;                       // in scenario order (the customer list order)
    std::map<std::string, std::size_t> customerIndex_;           // lower-cased id → index
    std::map<std::string, ReservationOrder> reservationOrders_;  // lower-cased id
};

}  // namespace pcsim::sim
