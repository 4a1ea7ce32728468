#pragma once
// What every Azure-side (ARM) route shares: the `api-version` requirement, the ARM error body
// {"error": {"code", "message"}} (not the Partner Center one), JSON bodies, and the OData $filter
// and date syntax of the Consumption API.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "http/context.hpp"
#include "http/json_rounding.hpp"
#include "http/responses.hpp"
#include "http/router.hpp"
#include "sim/engine/arm_result.hpp"
#include "sim/engine/hours.hpp"

namespace pcsim::http {

HttpResponse armError(const sim::engine::ArmError& error);

// Registers an ARM route: answers 400 MissingApiVersionParameter without `api-version`; the pipeline
// answers its other errors (a malformed request: 400 InvalidRequestContent) in ARM's shape.
void addArmRoute(Router& router, std::string method, std::string pattern, Handler handler);

// Route patterns of a reservation order and of one of its reservations (matched in any case).
inline constexpr const char* kReservationOrderPath =
    "/providers/Microsoft.Capacity/reservationOrders/{reservationOrderId}";
inline constexpr const char* kReservationPath =
    "/providers/Microsoft.Capacity/reservationOrders/{reservationOrderId}/reservations/{reservationId}";

// One comparison of an OData $filter: `properties/usageDate ge 2026-01-05`, `properties/scope eq 'Single'`.
struct FilterClause {
    std::string property;  // as written, e.g. "properties/usageDate"
    std::string op;        // lower-case: eq, ge, le, gt, lt
    std::string value;     // quotes removed
};
// Clauses joined by `and` (any case); throws BadRequest on anything else.
std::vector<FilterClause> parseFilter(std::string_view filter);

// "2026-01-05" or a full timestamp → the UTC day; throws BadRequest naming `what` otherwise.
sim::engine::DayIndex parseDay(std::string_view text, std::string_view what);

// The routes of each file (azure_reservations.cpp, azure_consumption.cpp, azure_subscriptions.cpp).
void addAzureReservationRoutes(Router& router);
void addAzureConsumptionRoutes(Router& router);
void addAzureSubscriptionRoutes(Router& router);

}  // namespace pcsim::http
