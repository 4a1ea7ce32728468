#include "sim/engine/utilization.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <tuple>

#include "sim/engine/reservation_lookup.hpp"

namespace pcsim::sim::engine {
namespace {

struct DayStats {
    HourIndex hours = 0;
    double usedUnits = 0;
    double capacityUnits = 0;
    double minUtilization = std::numeric_limits<double>::infinity();
    double maxUtilization = -std::numeric_limits<double>::infinity();
};

std::map<DayIndex, DayStats> dailyStats(const ReservationHistory& history, DayIndex fromDay, DayIndex toDay) {
    std::map<DayIndex, DayStats> days;
    for (const auto& run : history.runs) {
        const double utilization = run.capacity > 0 ? run.used / run.capacity : 0;
        forEachPeriodPiece(run.first, run.end, firstHourOfDay(fromDay), firstHourOfDay(toDay + 1), kHoursPerDay,
                           [&](HourIndex dayStart, HourIndex hours) {
                               DayStats& day = days[dayOf(dayStart)];
                               day.hours += hours;
                               day.usedUnits += run.used * double(hours);
                               day.capacityUnits += run.capacity * double(hours);
                               day.minUtilization = std::min(day.minUtilization, utilization);
                               day.maxUtilization = std::max(day.maxUtilization, utilization);
                           });
    }
    return days;
}

// "2026-01" as a number, to group days by month.
int monthKey(DayIndex day) {
    std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(startOfDay(day))};
    return int(ymd.year()) * 12 + int(unsigned(ymd.month())) - 1;
}

DayIndex firstDayOfMonth(DayIndex day) {
    std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(startOfDay(day))};
    std::chrono::sys_days first{ymd.year() / ymd.month() / 1};
    return first.time_since_epoch().count();
}

UtilizationRow rowFor(const ReservationHistory& history, DayIndex usageDay, double hours, double usedUnits,
                      double capacityUnits, double minUtilization, double maxUtilization) {
    UtilizationRow row;
    row.reservationOrderId = history.reservationOrderId;
    row.reservationId = history.reservationId;
    row.skuName = history.armSkuName;
    row.usageDay = usageDay;
    row.reservedHours = double(history.quantity) * hours;
    row.usedHours = usedUnits / history.ratio;
    row.avgUtilizationPercentage = capacityUnits > 0 ? 100.0 * usedUnits / capacityUnits : 0;
    row.minUtilizationPercentage = 100.0 * minUtilization;
    row.maxUtilizationPercentage = 100.0 * maxUtilization;
    return row;
}

void appendSummaries(const ReservationHistory& history, Grain grain, DayIndex fromDay, DayIndex toDay,
                     std::vector<UtilizationRow>& rows) {
    const auto days = dailyStats(history, fromDay, toDay);
    if (grain == Grain::daily) {
        for (const auto& [day, stats] : days)
            rows.push_back(rowFor(history, day, double(stats.hours), stats.usedUnits, stats.capacityUnits,
                                  stats.minUtilization, stats.maxUtilization));
        return;
    }
    for (auto it = days.begin(); it != days.end();) {
        const int month = monthKey(it->first);
        DayStats total;
        for (; it != days.end() && monthKey(it->first) == month; ++it) {
            const DayStats& day = it->second;
            const double average = day.capacityUnits > 0 ? day.usedUnits / day.capacityUnits : 0;
            total.hours += day.hours;
            total.usedUnits += day.usedUnits;
            total.capacityUnits += day.capacityUnits;
            total.minUtilization = std::min(total.minUtilization, average);
            total.maxUtilization = std::max(total.maxUtilization, average);
        }
        rows.push_back(rowFor(history, firstDayOfMonth(std::prev(it)->first), double(total.hours), total.usedUnits,
                              total.capacityUnits, total.minUtilization, total.maxUtilization));
    }
}

// The ledger histories of the reservations asked for (never-active reservations have none).
ArmResult<std::vector<std::uint32_t>> selectedHistories(const World& world, std::string_view reservationOrderId,
                                                        std::optional<std::string_view> reservationId) {
    auto order = reservationOrderOr404(world, reservationOrderId);
    if (auto* error = armError(order)) return *error;
    const ReservationOrder& reservationOrder = *std::get<const ReservationOrder*>(order);
    std::vector<const Reservation*> reservations;
    if (reservationId) {
        auto found = reservationOr404(reservationOrder, *reservationId);
        if (auto* error = armError(found)) return *error;
        reservations.push_back(std::get<const Reservation*>(found));
    } else {
        for (const auto& reservation : reservationOrder.reservations) reservations.push_back(&reservation);
    }
    std::vector<std::uint32_t> histories;
    for (const Reservation* reservation : reservations)
        if (auto index = world.reservationEngine.ledger.reservationIndex(reservation->id)) histories.push_back(*index);
    return histories;
}

}  // namespace

std::string vmInstanceId(const std::string& azureSubscriptionId, const std::string& resourceGroup,
                         const std::string& vmId, int count, int instance) {
    std::string id = "/subscriptions/" + azureSubscriptionId + "/resourceGroups/" + resourceGroup +
                     "/providers/Microsoft.Compute/virtualMachines/" + vmId;
    if (count > 1) id += "_" + std::to_string(instance);
    return id;
}

ArmResult<std::vector<UtilizationRow>> reservationSummaries(const World& world, std::string_view reservationOrderId,
                                                            std::optional<std::string_view> reservationId, Grain grain,
                                                            DayIndex fromDay, DayIndex toDay) {
    auto histories = selectedHistories(world, reservationOrderId, reservationId);
    if (auto* error = armError(histories)) return *error;
    const Ledger& ledger = world.reservationEngine.ledger;
    std::vector<UtilizationRow> rows;
    for (auto index : std::get<std::vector<std::uint32_t>>(histories))
        appendSummaries(ledger.reservations()[index], grain, fromDay, toDay, rows);
    return rows;
}

ArmResult<std::vector<DetailRow>> reservationDetails(const World& world, std::string_view reservationOrderId,
                                                     std::optional<std::string_view> reservationId, DayIndex fromDay,
                                                     DayIndex toDay) {
    auto selected = selectedHistories(world, reservationOrderId, reservationId);
    if (auto* error = armError(selected)) return *error;
    const auto& indices = std::get<std::vector<std::uint32_t>>(selected);
    const std::set<std::uint32_t> wanted(indices.begin(), indices.end());
    const Ledger& ledger = world.reservationEngine.ledger;
    const HourIndex from = firstHourOfDay(fromDay), to = firstHourOfDay(toDay + 1);

    // (day, reservation, vm, version, instance) → covered units. A VM entry's hourly usage is laid
    // out instance after instance, and its shares in application order over it, so instance n gets
    // the part of each share that overlaps [n·u, (n+1)·u), u being one instance's usage.
    using Key = std::tuple<DayIndex, std::uint32_t, std::uint32_t, std::uint32_t, int>;
    std::map<Key, double> covered;
    for (std::uint32_t vm = 0; vm < ledger.vms().size(); ++vm) {
        const VmHistory& history = ledger.vms()[vm];
        ledger.forEachRun(vm, [&](const VmRun& run) {
            if (run.end <= from || run.first >= to) return;
            const int count = history.versions[run.version].count;
            const double perInstance = run.usage / count;
            double offset = 0;
            for (const Share& share : ledger.sharesOf(run)) {
                const double begin = offset, end = offset + share.units;
                offset = end;
                if (!wanted.count(share.reservation)) continue;
                const int firstInstance = std::clamp(int(begin / perInstance), 0, count - 1);
                for (int n = firstInstance; n < count && n * perInstance < end; ++n) {
                    const double units = std::min(end, (n + 1) * perInstance) - std::max(begin, n * perInstance);
                    if (units <= 0) continue;
                    forEachPeriodPiece(run.first, run.end, from, to, kHoursPerDay,
                                       [&](HourIndex dayStart, HourIndex hours) {
                                           covered[Key{dayOf(dayStart), share.reservation, vm, run.version, n}] +=
                                               units * double(hours);
                                       });
                }
            }
        });
    }

    std::map<std::uint32_t, std::map<DayIndex, DayStats>> reservedByDay;
    for (auto index : wanted) reservedByDay[index] = dailyStats(ledger.reservations()[index], fromDay, toDay);
    std::vector<DetailRow> rows;
    for (const auto& [key, units] : covered) {
        const auto& [day, reservation, vm, version, instance] = key;
        const ReservationHistory& reserved = ledger.reservations()[reservation];
        const VmHistory& history = ledger.vms()[vm];
        const VmVersion& size = history.versions[version];
        DetailRow row;
        row.reservationOrderId = reserved.reservationOrderId;
        row.reservationId = reserved.reservationId;
        row.usageDay = day;
        row.instanceId =
            vmInstanceId(history.azureSubscriptionId, size.resourceGroup, history.vmId, size.count, instance);
        row.skuName = size.armSkuName;
        row.instanceFlexibilityGroup = size.group;
        row.instanceFlexibilityRatio = size.ratio;
        row.usedHours = units / size.ratio;
        const auto& days = reservedByDay[reservation];
        auto stats = days.find(day);
        row.reservedHours = stats == days.end() ? 0 : double(reserved.quantity) * double(stats->second.hours);
        row.totalReservedQuantity = reserved.quantity;
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace pcsim::sim::engine
