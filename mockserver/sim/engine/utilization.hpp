#pragma once
// Reservation utilization as Microsoft.Consumption reports it, read from the ledger:
// reservationSummaries (per reservation and day or month) and reservationDetails (per reservation,
// VM instance and day). Only hours the engine has applied are reported; callers catch up first.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/engine/arm_result.hpp"
#include "sim/engine/hours.hpp"
#include "sim/world.hpp"

namespace pcsim::sim::engine {

enum class Grain { daily, monthly };

struct UtilizationRow {
    std::string reservationOrderId;
    std::string reservationId;
    std::string skuName;
    DayIndex usageDay = 0;     // the day, or the first day of the month
    double reservedHours = 0;  // quantity × hours the reservation was active in the period
    double usedHours = 0;      // applied units ÷ the reservation's ratio: hours of its own size
    // Hourly utilization's minimum and maximum for a day; the daily averages' for a month.
    double minUtilizationPercentage = 0;
    double avgUtilizationPercentage = 0;
    double maxUtilizationPercentage = 0;
};

struct DetailRow {
    std::string reservationOrderId;
    std::string reservationId;
    DayIndex usageDay = 0;
    std::string
        instanceId;  // "/subscriptions/{id}/resourceGroups/{rg}/providers/Microsoft.Compute/virtualMachines/{vm}[_{n}]"
    std::string skuName;  // the VM's size
    std::string instanceFlexibilityGroup;
    double instanceFlexibilityRatio = 0;  // the VM size's ratio in its group
    double usedHours = 0;                 // covered hours of the instance's own size
    double reservedHours = 0;             // the reservation's reserved hours that day
    std::int64_t totalReservedQuantity = 0;
};

// Days [fromDay, toDay], both included. `reservationId` absent: every reservation of the order,
// including those later split or merged.
ArmResult<std::vector<UtilizationRow>> reservationSummaries(const World& world, std::string_view reservationOrderId,
                                                            std::optional<std::string_view> reservationId, Grain grain,
                                                            DayIndex fromDay, DayIndex toDay);
ArmResult<std::vector<DetailRow>> reservationDetails(const World& world, std::string_view reservationOrderId,
                                                     std::optional<std::string_view> reservationId, DayIndex fromDay,
                                                     DayIndex toDay);

// A VM instance's ARM id; a VM entry with count > 1 has instances "{vm}_0" … "{vm}_{count-1}".
std::string vmInstanceId(const std::string& azureSubscriptionId, const std::string& resourceGroup,
                         const std::string& vmId, int count, int instance);

}  // namespace pcsim::sim::engine
