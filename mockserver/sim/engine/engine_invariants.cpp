#include "sim/engine/engine_invariants.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>

#include "partnercenter/text.hpp"
#include "sim/engine/applied_scope.hpp"
#include "sim/engine/eligibility.hpp"
#include "sim/engine/size_catalog.hpp"

namespace pcsim::sim::engine {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::toLower;
namespace {

// Units are sums of fractions of hours times ratios: compare with a tolerance, not exactly.
double tolerance(double scale) { return 1e-6 * std::max(1.0, scale); }

std::string units(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

std::string hours(HourIndex first, HourIndex end) {
    return "hours " + formatTimestampSeconds(startOfHour(first)) + " to " + formatTimestampSeconds(startOfHour(end));
}

std::string vmSubject(const VmHistory& vm, HourIndex first, HourIndex end) {
    return "vm " + vm.customerId + "/" + vm.subscriptionId + "/" + vm.vmId + " " + hours(first, end);
}

struct Terms {
    AppliedScope scope;
    bool flexible = true;
};

// The reservation's scope and flexibility in `hour`: the terms it had before the first change made
// after that hour, or its current ones.
Terms termsAt(const World& world, const Reservation& reservation, HourIndex hour) {
    const auto& history = world.reservationEngine.termsHistory;
    if (auto it = history.find(toLower(reservation.id)); it != history.end())
        for (const auto& before : it->second)
            if (hour < before.until) return {before.scope, before.flexible};
    return {appliedScopeOf(reservation), reservation.instanceFlexibility};
}

// The hours of a run cut where the reservation's terms changed, so each piece has one set of terms.
std::vector<std::pair<HourIndex, HourIndex>> piecesByTerms(const World& world, const Reservation& reservation,
                                                           HourIndex first, HourIndex end) {
    std::vector<HourIndex> cuts{first};
    const auto& history = world.reservationEngine.termsHistory;
    if (auto it = history.find(toLower(reservation.id)); it != history.end())
        for (const auto& before : it->second)
            if (before.until > first && before.until < end) cuts.push_back(before.until);
    std::sort(cuts.begin(), cuts.end());
    cuts.push_back(end);
    std::vector<std::pair<HourIndex, HourIndex>> pieces;
    for (std::size_t i = 0; i + 1 < cuts.size(); ++i)
        if (cuts[i] < cuts[i + 1]) pieces.emplace_back(cuts[i], cuts[i + 1]);
    return pieces;
}

struct Interval {
    HourIndex first, end;
    double units;
};

class EngineChecker {
public:
    EngineChecker(const World& world, InvariantReport& report)
        : world_(world), state_(world.reservationEngine), ledger_(state_.ledger), report_(report) {}

    void run() {
        checkReservationRecords();
        for (std::uint32_t vm = 0; vm < ledger_.vms().size(); ++vm) checkVm(vm);
        checkCapacityFromShares();
    }

private:
    bool appliedHours(HourIndex first, HourIndex end) const {
        return state_.firstHour && first >= *state_.firstHour && end <= state_.processedUntil && first < end;
    }

    void checkReservationRecords() {
        for (const auto& history : ledger_.reservations()) {
            const double capacity = double(history.quantity) * history.ratio;
            HourIndex previousEnd = std::numeric_limits<HourIndex>::min();
            const std::string subject = "reservation " + history.reservationId;
            for (const auto& run : history.runs) {
                if (run.used > run.capacity + tolerance(run.capacity) || run.used < -tolerance(run.capacity) ||
                    std::abs(run.capacity - capacity) > tolerance(capacity))
                    report_.violation("capacity-bound",
                                      "applied " + units(run.used) + " of " + units(run.capacity) +
                                          " units an hour; quantity x ratio is " + units(capacity),
                                      subject + " " + hours(run.first, run.end));
                if (!appliedHours(run.first, run.end) || run.first < previousEnd)
                    report_.violation("time-soundness", "a record outside the applied hours or out of order",
                                      subject + " " + hours(run.first, run.end));
                previousEnd = run.end;
            }
        }
    }

    void checkVm(std::uint32_t index) {
        const VmHistory& vm = ledger_.vms()[index];
        const CustomerState* customer = world_.findCustomer(vm.customerId);
        const Subscription* subscription = customer ? customer->customer.findSubscription(vm.subscriptionId) : nullptr;
        HourIndex previousEnd = std::numeric_limits<HourIndex>::min();
        ledger_.forEachRun(index, [&](const VmRun& run) {
            const std::string subject = vmSubject(vm, run.first, run.end);
            if (!appliedHours(run.first, run.end) || run.first < previousEnd)
                report_.violation("time-soundness", "a record outside the applied hours or out of order", subject);
            previousEnd = run.end;
            double covered = 0;
            for (const Share& share : ledger_.sharesOf(run)) {
                covered += share.units;
                checkShare(vm, subscription, run, share, subject);
            }
            if (covered > run.usage + tolerance(run.usage))
                report_.violation("usage-bound",
                                  units(covered) + " units covered of " + units(run.usage) + " used an hour", subject);
        });
    }

    void checkShare(const VmHistory& vm, const Subscription* subscription, const VmRun& run, const Share& share,
                    const std::string& subject) {
        if (share.reservation >= ledger_.reservations().size()) {
            report_.violation("scope-soundness", "a share from an unknown reservation", subject);
            return;
        }
        const ReservationHistory& history = ledger_.reservations()[share.reservation];
        intervals_[share.reservation].push_back({run.first, run.end, share.units});
        const ReservationOrder* order = world_.findReservationOrder(history.reservationOrderId);
        const Reservation* reservation = nullptr;
        if (order)
            for (const auto& candidate : order->reservations)
                if (equalsIgnoreCase(candidate.id, history.reservationId)) reservation = &candidate;
        const std::string by = " (reservation " + history.reservationId + ")";
        if (!reservation) {
            report_.violation("scope-soundness", "covered by a reservation that does not exist" + by, subject);
            return;
        }
        const VmVersion& version = vm.versions.at(run.version);
        auto fail = [&](const std::string& why) { report_.violation("scope-soundness", why + by, subject); };
        if (!equalsIgnoreCase(order->customerId, vm.customerId)) fail("covered by another customer's reservation");
        if (!equalsIgnoreCase(reservation->region, version.region))
            fail("a " + version.region + " VM covered by a " + reservation->region + " reservation");
        if (version.spot) fail("a Spot VM covered");
        if (!subscription || !offerReceivesReservationDiscount(*subscription))
            fail("a VM on an ineligible offer covered");
        for (const auto& [first, end] : piecesByTerms(world_, *reservation, run.first, run.end)) {
            const Terms terms = termsAt(world_, *reservation, first);
            const std::string when = " in " + hours(first, end);
            const bool sameSize = terms.flexible
                                      ? equalsIgnoreCase(reservation->isfGroup, version.group)
                                      : exactSizeKey(reservation->armSkuName) == exactSizeKey(version.armSkuName);
            if (!sameSize)
                fail("a " + version.armSkuName + " VM outside the reservation's " +
                     (terms.flexible ? "ISF group " + reservation->isfGroup : "exact size " + reservation->armSkuName) +
                     when);
            const auto& scope = terms.scope;
            bool inside = scope.tier == ScopeTier::shared ||
                          (equalsIgnoreCase(scope.azureSubscriptionId, vm.azureSubscriptionId) &&
                           (scope.tier == ScopeTier::subscription ||
                            equalsIgnoreCase(scope.resourceGroup, version.resourceGroup)));
            if (!inside) fail("a VM outside the reservation's scope " + scopeId(scope) + when);
        }
        const Timestamp firstStart = startOfHour(run.first);
        const Timestamp lastStart = startOfHour(run.end - 1);
        const Order* purchase = world_.orderOf(*order);
        const Timestamp* cancelled = purchase && purchase->cancelledAt ? &*purchase->cancelledAt : nullptr;
        if (firstStart < reservation->effectiveDateTime || lastStart >= reservation->expiryDateTime ||
            (cancelled && lastStart >= *cancelled))
            report_.violation("time-soundness",
                              "covered outside the reservation's term " +
                                  formatTimestampSeconds(reservation->effectiveDateTime) + " to " +
                                  formatTimestampSeconds(reservation->expiryDateTime) +
                                  (cancelled ? " (cancelled " + formatTimestampSeconds(*cancelled) + ")" : "") + by,
                              subject);
    }

    // What the VMs received from one reservation, hour by hour (a sweep over run boundaries), never
    // more than the reservation offers.
    void checkCapacityFromShares() {
        for (auto& [index, intervals] : intervals_) {
            const ReservationHistory& history = ledger_.reservations()[index];
            const double capacity = double(history.quantity) * history.ratio;
            std::vector<std::pair<HourIndex, double>> events;
            for (const auto& interval : intervals) {
                events.emplace_back(interval.first, interval.units);
                events.emplace_back(interval.end, -interval.units);
            }
            std::sort(events.begin(), events.end());
            double total = 0;
            for (std::size_t i = 0; i < events.size(); ++i) {
                total += events[i].second;
                const bool lastAtThisHour = i + 1 == events.size() || events[i + 1].first != events[i].first;
                if (lastAtThisHour && total > capacity + tolerance(capacity)) {
                    HourIndex end = i + 1 < events.size() ? events[i + 1].first : events[i].first + 1;
                    report_.violation(
                        "capacity-bound",
                        "VMs received " + units(total) + " units an hour; quantity x ratio is " + units(capacity),
                        "reservation " + history.reservationId + " " + hours(events[i].first, end));
                }
            }
        }
    }

    const World& world_;
    const EngineState& state_;
    const Ledger& ledger_;
    InvariantReport& report_;
    std::map<std::uint32_t, std::vector<Interval>> intervals_;  // by ledger reservation index
};

}  // namespace

void checkEngineInvariants(const World& world, InvariantReport& report) {
    for (const char* name : {"capacity-bound", "usage-bound", "scope-soundness", "time-soundness"}) report.check(name);
    EngineChecker(world, report).run();
}

}  // namespace pcsim::sim::engine
