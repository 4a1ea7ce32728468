#include "sim/engine/coverage.hpp"
#include "partnercenter/text.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace pcsim::sim::engine {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::toLower;

std::vector<CoverageRow> coverage(const World& world, std::string_view customerId, HourIndex from, HourIndex to,
                                  CoverageGrain grain) {
    const Ledger& ledger = world.reservationEngine.ledger;
    const int periodHours = grain == CoverageGrain::hour ? 1 : kHoursPerDay;
    // (period, vm, version) → row; shares accumulated per reservation in first-seen order.
    std::map<std::tuple<HourIndex, std::uint32_t, std::uint32_t>, CoverageRow> rows;
    std::map<std::tuple<HourIndex, std::uint32_t, std::uint32_t>, std::vector<std::uint32_t>> shareOwners;
    for (std::uint32_t vm = 0; vm < ledger.vms().size(); ++vm) {
        const VmHistory& history = ledger.vms()[vm];
        if (!customerId.empty() && !equalsIgnoreCase(history.customerId, customerId)) continue;
        ledger.forEachRun(vm, [&](const VmRun& run) {
            if (run.end <= from || run.first >= to) return;
            forEachPeriodPiece(run.first, run.end, from, to, periodHours, [&](HourIndex periodStart, HourIndex hours) {
                const auto key = std::tuple(periodStart, vm, run.version);
                auto [it, added] = rows.try_emplace(key);
                CoverageRow& row = it->second;
                if (added) {
                    const VmVersion& version = history.versions[run.version];
                    row = CoverageRow{periodStart,
                                      history.customerId,
                                      history.subscriptionId,
                                      history.azureSubscriptionId,
                                      version.resourceGroup,
                                      history.vmId,
                                      version.armSkuName,
                                      version.count,
                                      version.spot,
                                      0,
                                      0,
                                      0,
                                      {}};
                }
                row.usedUnits += run.usage * double(hours);
                auto& owners = shareOwners[key];
                for (const Share& share : ledger.sharesOf(run)) {
                    const double units = share.units * double(hours);
                    row.coveredUnits += units;
                    auto at = std::find(owners.begin(), owners.end(), share.reservation);
                    if (at == owners.end()) {
                        const ReservationHistory& reservation = ledger.reservations()[share.reservation];
                        owners.push_back(share.reservation);
                        row.coveredBy.push_back({reservation.reservationOrderId, reservation.reservationId, units});
                    } else {
                        row.coveredBy[std::size_t(at - owners.begin())].units += units;
                    }
                }
            });
        });
    }

    std::vector<CoverageRow> result;
    result.reserve(rows.size());
    for (auto& [key, row] : rows) {
        row.payAsYouGoUnits = std::max(0.0, row.usedUnits - row.coveredUnits);
        result.push_back(std::move(row));
    }
    std::stable_sort(result.begin(), result.end(), [](const CoverageRow& a, const CoverageRow& b) {
        return std::tuple(a.periodStart, toLower(a.azureSubscriptionId), toLower(a.resourceGroup), toLower(a.vmId)) <
               std::tuple(b.periodStart, toLower(b.azureSubscriptionId), toLower(b.resourceGroup), toLower(b.vmId));
    });
    return result;
}

}  // namespace pcsim::sim::engine
