#pragma once
// Worlds for the engine tests, built in code: one customer with subscriptions and VMs, a frozen clock
// at midnight, and reservations placed straight into the world (the purchase rules are not under
// test here). Reading back goes through the engine's own reports (coverage, the ledger).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sim/engine/coverage.hpp"
#include "sim/engine/engine.hpp"
#include "sim/isf_tables.hpp"
#include "sim/world.hpp"

namespace pcsim::testing {

using namespace pcsim::sim;
using engine::HourIndex;

// Hours and units are sums of fractions: equal within this.
inline constexpr double kTolerance = 1e-9;

inline const Timestamp engineStart = *parseTimestamp("2026-01-05T00:00:00Z");
inline const HourIndex hour0 = engine::hourContaining(engineStart);
inline const std::string customerA = "aaaaaaaa-0000-4000-8000-000000000001";
inline const std::string customerB = "bbbbbbbb-0000-4000-8000-000000000002";

inline RunSchedule always() { return {}; }
inline RunSchedule windowOf(int startMinute, int endMinute) {
    return {RunSchedule::Kind::window, startMinute, endMinute};
}

inline Vm vm(std::string id, std::string size, int count = 1, std::string resourceGroup = "rg-a",
             RunSchedule hours = {}, std::string region = "eastus") {
    Vm v;
    v.id = std::move(id);
    v.size = std::move(size);
    v.count = count;
    v.resourceGroup = std::move(resourceGroup);
    v.hours = hours;
    v.region = std::move(region);
    return v;
}

class EngineWorld {
public:
    EngineWorld() {
        scenario_.name = "engine-tests";
        scenario_.clockStart = engineStart;
        scenario_.clockMode = ClockMode::frozen;
        scenario_.catalog = std::make_shared<const Catalog>("US", "USD", "$", std::vector<Product>{});
        scenario_.customers = {customer(customerA), customer(customerB)};
    }

    // Adds a subscription (Azure id = Partner Center id, lower-case) to customer A (or `customerId`).
    EngineWorld& subscription(const std::string& id, std::vector<Vm> vms = {},
                              const std::string& customerId = customerA, std::string offerId = "MS-AZR-0145P") {
        Subscription s;
        s.id = id;
        s.azureSubscriptionId = id;
        s.offerId = std::move(offerId);
        s.status = SubscriptionStatus::active;
        s.registration = RegistrationState::registered;
        s.vms = std::move(vms);
        for (auto& c : scenario_.customers)
            if (c.id == customerId) c.subscriptions.push_back(std::move(s));
        return *this;
    }
    EngineWorld& cascade(bool on) { return scenario_.behaviour.cascadeToBroaderScope = on, *this; }
    EngineWorld& catalog(std::shared_ptr<const Catalog> catalog) {
        return scenario_.catalog = std::move(catalog), *this;
    }
    Scenario& scenario() { return scenario_; }

    std::unique_ptr<World> build() const {
        return std::make_unique<World>(std::make_shared<const Scenario>(scenario_));
    }

private:
    static Customer customer(const std::string& id) {
        Customer c;
        c.id = id;
        c.companyName = "customer " + id.substr(0, 4);
        return c;
    }
    Scenario scenario_;
};

struct ReservationSpec {
    std::string size = "Standard_DS4_v2";
    std::int64_t quantity = 1;
    std::string scope{};  // "" = Shared; else "/subscriptions/{id}[/resourceGroups/{rg}]"
    bool flexible = true;
    std::string region = "eastus";
    std::string customerId = customerA;
    Timestamp effective = engineStart;
    std::optional<double> ratio{};  // default: the built-in tables
};

// Places a reservation order with one reservation; returns the reservation id.
inline std::string reserve(World& world, const ReservationSpec& spec) {
    const IsfEntry* isf = findIsf(spec.size);
    Reservation r;
    r.id = world.ids.guid();
    r.displayName = "test reservation";
    r.armSkuName = spec.size;
    r.region = spec.region;
    r.isfGroup = isf ? isf->group : "";
    r.isfRatio = spec.ratio.value_or(isf ? isf->ratio : 1);
    r.quantity = spec.quantity;
    r.term = "P1Y";
    r.scope = spec.scope.empty() ? Scope::shared : Scope::single;
    if (!spec.scope.empty()) r.appliedScopes = {spec.scope};
    r.instanceFlexibility = spec.flexible;
    r.effectiveDateTime = spec.effective;
    r.expiryDateTime = addYears(spec.effective, 1);
    ReservationOrder order;
    order.id = world.ids.guid();
    order.customerId = spec.customerId;
    order.term = "P1Y";
    order.originalQuantity = spec.quantity;
    order.reservations.push_back(r);
    world.addReservationOrder(std::move(order));
    return r.id;
}

// Files the reservation's order under a Partner Center order of its customer, placed now and
// provisioned at `completesAt` (now by default), as checkout would; returns the order id.
inline std::string placeOrderFor(World& world, const std::string& reservationOrderId,
                                 std::optional<Timestamp> completesAt = std::nullopt) {
    ReservationOrder& reservationOrder = *world.findReservationOrder(reservationOrderId);
    Order order;
    order.id = world.ids.orderId();
    order.customerId = reservationOrder.customerId;
    order.creationDate = world.now();
    order.completesAt = completesAt.value_or(world.now());
    OrderLine line;
    line.quantity = reservationOrder.originalQuantity;
    line.reservationOrderId = reservationOrder.id;
    order.lines.push_back(line);
    reservationOrder.orderId = order.id;
    CustomerState& customer = *world.findCustomer(order.customerId);
    customer.orderSequence.push_back(order.id);
    customer.orders.emplace(order.id, order);
    return order.id;
}

inline std::string orderOf(const World& world, const std::string& reservationId) {
    for (const auto& [key, order] : world.reservationOrders())
        for (const auto& r : order.reservations)
            if (r.id == reservationId) return order.id;
    return "";
}

// Units of VM `vmId` covered in `hour` (by `reservationId` only, when given), read from the coverage report.
inline double covered(const World& world, const std::string& vmId, HourIndex hour,
                      const std::string& reservationId = "") {
    double units = 0;
    for (const auto& row : engine::coverage(world, "", hour, hour + 1, engine::CoverageGrain::hour)) {
        if (row.vmId != vmId) continue;
        if (reservationId.empty()) units += row.coveredUnits;
        for (const auto& share : row.coveredBy)
            if (!reservationId.empty() && share.reservationId == reservationId) units += share.units;
    }
    return units;
}

inline double used(const World& world, const std::string& vmId, HourIndex hour) {
    double units = 0;
    for (const auto& row : engine::coverage(world, "", hour, hour + 1, engine::CoverageGrain::hour))
        if (row.vmId == vmId) units += row.usedUnits;
    return units;
}

// Units the reservation applied in `hour` (nullopt when it was not active then).
inline std::optional<double> applied(const World& world, const std::string& reservationId, HourIndex hour) {
    const auto* history = world.reservationEngine.ledger.findReservation(reservationId);
    if (!history) return std::nullopt;
    for (const auto& run : history->runs)
        if (run.first <= hour && hour < run.end) return run.used;
    return std::nullopt;
}

inline double totalCovered(const World& world, HourIndex hour) {
    double units = 0;
    for (const auto& row : engine::coverage(world, "", hour, hour + 1, engine::CoverageGrain::hour))
        units += row.coveredUnits;
    return units;
}

}  // namespace pcsim::testing
