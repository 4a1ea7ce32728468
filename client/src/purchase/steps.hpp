// The steps of the purchase flow, each a function of the client and what earlier steps found.
// A step reports a failed precondition with stepFailure(); PurchaseFlow adds the step's name.
#pragma once

#include "partnercenter/error.hpp"
#include "partnercenter/purchase_flow.hpp"

#include <functional>
#include <string>
#include <vector>

namespace partnercenter::purchase {

/// A purchase precondition that does not hold (PartnerCenterError, kind purchase).
[[nodiscard]] PartnerCenterError stepFailure(std::string why);

/// Calls `done` up to `maxPolls` times, sleeping between calls, until it returns true. Returns
/// whether it did.
bool poll(int maxPolls, std::chrono::milliseconds interval, const Sleeper& sleep, const std::function<bool(int)>& done);

// -- the customer and the subscription (customer_steps.cpp) -------------------------------------

models::Customer pickCustomer(const PartnerClient& partner, const std::string& customerId);

/// The subscription to buy for: the named one (checked: exists, active, Azure), else the first
/// active Azure subscription, preferring one already registered.
models::Subscription chooseSubscription(const PartnerClient& partner, const models::Customer& customer,
                                        const std::optional<std::string>& subscriptionId);

/// Azure plan subscriptions buy from their own availabilities (reservationScope=AzurePlan).
[[nodiscard]] bool isAzurePlan(const models::Subscription& subscription);

void ensureRegistration(const PartnerClient& partner, const std::string& customerId, const std::string& subscriptionId,
                        const PurchaseOptions& options, const std::function<void(std::string_view)>& report);

// -- what to buy (cart_steps.cpp) ----------------------------------------------------------------

ReservationOffer findOffer(const PartnerClient& partner, const PurchasePlan& plan, const ReservationLine& line,
                           bool azurePlan);

void checkInventory(const PartnerClient& partner, const PurchasePlan& plan, const models::Subscription& subscription,
                    const ReservationOffer& offer);

models::Cart buildCart(const PartnerClient& partner, const std::string& customerId,
                       const models::Subscription& subscription, const std::vector<ReservationOffer>& offers,
                       const std::vector<ReservationLine>& lines);

PurchaseReview reviewOf(const models::Customer& customer, const models::Subscription& subscription,
                        const models::Cart& cart, const std::vector<ReservationOffer>& offers,
                        const std::vector<ReservationLine>& lines);

// -- buying (fulfilment_steps.cpp) ---------------------------------------------------------------

std::vector<models::Order> checkout(const PartnerClient& partner, const PurchaseReview& review);

/// Polls every order until `completed`; returns them as last read (with prices).
std::vector<models::Order> waitForOrders(const PartnerClient& partner, const std::string& customerId,
                                         const std::vector<models::Order>& orders, const PurchaseOptions& options,
                                         const std::function<void(std::string_view)>& report);

/// Fills result.reservations, or result.reservationsNote when they cannot be read.
void collectReservations(const PartnerClient& partner, const std::string& customerId, const PurchaseOptions& options,
                         PurchaseResult& result);

}  // namespace partnercenter::purchase
