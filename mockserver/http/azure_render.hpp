#pragma once
// The ARM JSON of the Azure-side surface, in one place: reservation orders and reservations
// (Microsoft.Capacity 2022-11-01, typed in http/wire/capacity_documents.hpp) and the Consumption
// rows (reservationSummaries, reservationDetails, reservationRecommendations).
//
// Views are copied out of the world under its lock; rendering happens after the lock is released.
#include <string>
#include <vector>

#include "http/wire/capacity_documents.hpp"
#include "http/wire/consumption_documents.hpp"
#include "sim/engine/lineage.hpp"
#include "sim/engine/recommendations.hpp"
#include "sim/engine/utilization.hpp"
#include "sim/world.hpp"

namespace pcsim::http {

struct ReservationView {
    sim::Reservation reservation;
    std::string reservationOrderId;
    std::string provisioningState;  // as displayed now (Succeeded turns Expired)
    std::string billingScopeId;     // "/subscriptions/{azure id}" of the subscription that paid
    sim::engine::ReservationLineage lineage;
};

struct ReservationOrderView {
    std::string id;
    std::string displayName;
    std::string term;
    std::int64_t originalQuantity = 0;
    std::string provisioningState;
    sim::Timestamp requestDateTime{};
    sim::Timestamp benefitStartTime{};
    sim::Timestamp expiryDateTime{};
    std::vector<std::string> reservationIds;
};

ReservationView reservationView(const sim::World& world, const sim::ReservationOrder& order,
                                const sim::Reservation& reservation);
ReservationOrderView reservationOrderView(const sim::World& world, const sim::ReservationOrder& order);

ArmReservation renderReservation(const ReservationView& view);
ArmReservationOrder renderReservationOrder(const ReservationOrderView& view);

// `scopeId`: the ARM id the rows were asked under (an order or a reservation), the prefix of their ids.
ReservationSummary renderSummary(const sim::engine::UtilizationRow& row, const std::string& scopeId);
ReservationDetail renderDetail(const sim::engine::DetailRow& row, const std::string& scopeId);
ReservationRecommendation renderRecommendation(const sim::engine::Recommendation& recommendation,
                                               const std::string& scopeId);

}  // namespace pcsim::http
