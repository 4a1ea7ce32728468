#pragma once
// VMs of a subscription changed at run time (the control plane's /vms routes), so that a test can
// change usage between clock moves. Each change catches the engine up first: it applies from the
// first hour not yet processed and never rewrites an hour already applied.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/errors/partner_center.hpp"
#include "sim/result.hpp"
#include "sim/world.hpp"

namespace pcsim::sim::engine {

// A resize, a new instance count or new running hours; absent fields stay as they are.
struct VmChange {
    std::optional<std::string> size{};
    std::optional<int> count{};
    std::optional<RunSchedule> hours{};
};

Result<std::vector<Vm>> listVms(const World& world, std::string_view customerId, std::string_view subscriptionId);
// `vm.id` empty: "vm-N" with the first N not taken. The size is stored in its canonical spelling.
Result<Vm> addVm(World& world, std::string_view customerId, std::string_view subscriptionId, Vm vm);
Result<Vm> changeVm(World& world, std::string_view customerId, std::string_view subscriptionId, std::string_view vmId,
                    const VmChange& change);
Result<Done> removeVm(World& world, std::string_view customerId, std::string_view subscriptionId,
                      std::string_view vmId);

}  // namespace pcsim::sim::engine
