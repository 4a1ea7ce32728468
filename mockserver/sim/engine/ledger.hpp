#pragma once
// What the engine has applied, hour by hour, kept run-length encoded: a VM that runs the same way
// and is covered the same way hour after hour extends one run instead of adding a record, so the
// ledger grows with changes, not with hours, and recording an hour touches only each entry's last run.
// Utilization, details, coverage and recommendations are all answered from here.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sim/commerce.hpp"
#include "sim/engine/hours.hpp"

namespace pcsim::sim::engine {

// A VM entry as it was while a run lasted (VMs are resized and re-counted at run time).
struct VmVersion {
    std::string resourceGroup;
    std::string region;
    std::string armSkuName;
    std::string group;  // ISF group ("" when the size is in no known group)
    double ratio = 0;   // per instance
    int count = 1;
    bool spot = false;
    bool operator==(const VmVersion&) const = default;
};

// Units of one reservation applied to one VM entry in one hour.
struct Share {
    std::uint32_t reservation = 0;  // index into Ledger::reservations()
    double units = 0;
    bool operator==(const Share&) const = default;
};

// Hours [first, end) in which the VM entry used `usage` units (all instances together) and was
// covered by the same shares.
struct VmRun {
    HourIndex first = 0;
    HourIndex end = 0;
    double usage = 0;
    std::uint32_t version = 0;
    std::uint32_t sharesBegin = 0;
    std::uint32_t sharesCount = 0;
};

struct VmHistory {
    std::string customerId;
    std::string subscriptionId;  // Partner Center id
    std::string azureSubscriptionId;
    std::string vmId;
    std::vector<VmVersion> versions;
    std::vector<VmRun> closedRuns;  // ascending, non-overlapping; the open run is kept apart (Ledger)
};

// Hours [first, end) in which the reservation was active and applied `used` of `capacity` units.
struct ReservationRun {
    HourIndex first = 0;
    HourIndex end = 0;
    double used = 0;
    double capacity = 0;
};

struct ReservationHistory {
    std::string reservationId;
    std::string reservationOrderId;
    std::string armSkuName;
    double ratio = 1;
    std::int64_t quantity = 0;
    std::vector<ReservationRun> runs;
};

class Ledger {
public:
    std::uint32_t vmHistoryFor(const std::string& customerId, const std::string& subscriptionId,
                               const std::string& azureSubscriptionId, const std::string& vmId);
    std::uint32_t versionFor(std::uint32_t vm, const VmVersion& version);
    std::uint32_t reservationHistoryFor(const std::string& reservationOrderId, const Reservation& reservation);

    void recordReservationHour(std::uint32_t reservation, HourIndex hour, double used, double capacity);
    // `sameSharesAsLastHour`: when the caller knows whether `shares` equal what it recorded for this VM
    // the hour before, it says so, which spares reading the open run's shares back from the pool.
    void recordVmHour(std::uint32_t vm, std::uint32_t version, HourIndex hour, double usage,
                      std::span<const Share> shares, std::optional<bool> sameSharesAsLastHour = std::nullopt);

    const std::vector<VmHistory>& vms() const { return vms_; }
    // Every run of a VM entry in time order: the closed ones, then the one still growing.
    template <class Visit>
    void forEachRun(std::uint32_t vm, Visit&& visit) const {
        for (const VmRun& run : vms_[vm].closedRuns) visit(run);
        if (openRuns_[vm].end != 0) visit(openRuns_[vm]);
    }
    std::size_t runCount(std::uint32_t vm) const { return vms_[vm].closedRuns.size() + (openRuns_[vm].end != 0); }
    const std::vector<ReservationHistory>& reservations() const { return reservations_; }
    std::span<const Share> sharesOf(const VmRun& run) const {
        return {shares_.data() + run.sharesBegin, run.sharesCount};
    }
    // The reservation's history, or nullptr when it has never been active.
    const ReservationHistory* findReservation(std::string_view reservationId) const;
    std::optional<std::uint32_t> reservationIndex(std::string_view reservationId) const;

private:
    std::vector<VmHistory> vms_;
    // The last run of each VM entry, side by side: recording an hour reads and extends only these, so
    // the hot loop walks one contiguous array instead of every history (end == 0: no run yet).
    std::vector<VmRun> openRuns_;
    std::unordered_map<std::string, std::uint32_t> vmIndex_;  // "customer|azureSubscription|vm", lower-case
    std::vector<ReservationHistory> reservations_;
    std::unordered_map<std::string, std::uint32_t> reservationIndex_;  // lower-case reservation id
    std::vector<Share> shares_;
};

}  // namespace pcsim::sim::engine
