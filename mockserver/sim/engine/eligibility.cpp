#include "sim/engine/eligibility.hpp"
#include "partnercenter/text.hpp"

#include <array>
#include <string_view>

namespace pcsim::sim::engine {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::toUpper;
namespace {

constexpr std::array<std::string_view, 5> kEligibleOffers = {"MS-AZR-0017P", "MS-AZR-0148P", "MS-AZR-0003P",
                                                             "MS-AZR-0023P", "MS-AZR-0145P"};

}  // namespace

bool offerReceivesReservationDiscount(const Subscription& subscription) {
    if (subscription.isAzurePlan()) return true;
    const std::string offer = toUpper(subscription.offerId);
    for (auto eligible : kEligibleOffers)
        if (offer.rfind(eligible, 0) == 0) return true;
    return false;
}

bool appliesInHour(const Reservation& reservation, HourIndex hour) {
    const Timestamp start = startOfHour(hour);
    if (start < reservation.effectiveDateTime || start >= reservation.expiryDateTime) return false;
    const std::string& state = reservation.provisioningState;
    return state == "Succeeded" ||
           equalsIgnoreCase(state, "Succeeded");  // the exact spelling first: this runs per reservation per hour
}

std::string displayedProvisioningState(const Reservation& reservation, Timestamp now) {
    if (equalsIgnoreCase(reservation.provisioningState, "Succeeded") && now >= reservation.expiryDateTime)
        return "Expired";
    return reservation.provisioningState;
}

}  // namespace pcsim::sim::engine
