#include "sim/engine/ledger.hpp"

#include <algorithm>

#include "partnercenter/text.hpp"

namespace pcsim::sim::engine {

using partnercenter::text::toLower;

std::uint32_t Ledger::vmHistoryFor(const std::string& customerId, const std::string& subscriptionId,
                                   const std::string& azureSubscriptionId, const std::string& vmId) {
    std::string key = toLower(customerId) + "|" + toLower(azureSubscriptionId) + "|" + toLower(vmId);
    auto [it, added] = vmIndex_.try_emplace(std::move(key), std::uint32_t(vms_.size()));
    if (added) {
        vms_.push_back(VmHistory{customerId, subscriptionId, azureSubscriptionId, vmId, {}, {}});
        openRuns_.emplace_back();
    }
    return it->second;
}

std::uint32_t Ledger::versionFor(std::uint32_t vm, const VmVersion& version) {
    auto& versions = vms_[vm].versions;
    if (versions.empty() || !(versions.back() == version)) versions.push_back(version);
    return std::uint32_t(versions.size() - 1);
}

std::uint32_t Ledger::reservationHistoryFor(const std::string& reservationOrderId, const Reservation& reservation) {
    auto [it, added] = reservationIndex_.try_emplace(toLower(reservation.id), std::uint32_t(reservations_.size()));
    if (added)
        reservations_.push_back(ReservationHistory{reservation.id,
                                                   reservationOrderId,
                                                   reservation.armSkuName,
                                                   reservation.isfRatio,
                                                   reservation.quantity,
                                                   {}});
    return it->second;
}

void Ledger::recordReservationHour(std::uint32_t reservation, HourIndex hour, double used, double capacity) {
    auto& runs = reservations_[reservation].runs;
    if (!runs.empty()) {
        ReservationRun& last = runs.back();
        if (last.end == hour && last.used == used && last.capacity == capacity) {
            ++last.end;
            return;
        }
    }
    runs.push_back(ReservationRun{hour, hour + 1, used, capacity});
}

void Ledger::recordVmHour(std::uint32_t vm, std::uint32_t version, HourIndex hour, double usage,
                          std::span<const Share> shares, std::optional<bool> sameSharesAsLastHour) {
    VmRun& open = openRuns_[vm];
    // The simulation is deterministic, so an hour like the last one gives bit-identical values.
    if (open.end == hour && open.version == version && open.usage == usage &&
        sameSharesAsLastHour.value_or(std::ranges::equal(sharesOf(open), shares))) {
        ++open.end;
        return;
    }
    if (open.end != 0) vms_[vm].closedRuns.push_back(open);
    open = VmRun{hour, hour + 1, usage, version, std::uint32_t(shares_.size()), std::uint32_t(shares.size())};
    shares_.insert(shares_.end(), shares.begin(), shares.end());
}

std::optional<std::uint32_t> Ledger::reservationIndex(std::string_view reservationId) const {
    auto it = reservationIndex_.find(toLower(reservationId));
    if (it == reservationIndex_.end()) return std::nullopt;
    return it->second;
}

const ReservationHistory* Ledger::findReservation(std::string_view reservationId) const {
    auto index = reservationIndex(reservationId);
    return index ? &reservations_[*index] : nullptr;
}

}  // namespace pcsim::sim::engine
