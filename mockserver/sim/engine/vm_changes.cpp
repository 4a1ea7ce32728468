#include "sim/engine/vm_changes.hpp"

#include <algorithm>

#include "partnercenter/text.hpp"
#include "sim/engine/engine.hpp"
#include "sim/lookup.hpp"

namespace pcsim::sim::engine {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::toLower;
namespace {

constexpr int kMaxCount = 100000;

template <class W>
auto subscriptionOf(W& world, std::string_view customerId, std::string_view subscriptionId)
    -> Result<decltype(world.findCustomer(customerId)->customer.findSubscription(subscriptionId))> {
    auto customer = customerOr404(world, customerId);
    if (!customer) return customer.error();
    auto subscription = subscriptionOr404((*customer)->customer, subscriptionId);
    if (!subscription) return subscription.error();
    return *subscription;
}

std::vector<Vm>::iterator findVm(Subscription& subscription, std::string_view vmId) {
    return std::find_if(subscription.vms.begin(), subscription.vms.end(),
                        [&](const Vm& vm) { return equalsIgnoreCase(vm.id, vmId); });
}

ApiError vmNotFound(std::string_view vmId) {
    return notFound(vm_error::notFound, "VM " + std::string(vmId) + " was not found in this subscription.");
}

// Checks the size (in a known ISF group, in that region) and count; canonicalises the size's spelling.
std::optional<ApiError> validate(World& world, Vm& vm) {
    if (vm.region.empty()) return badRequest(vm_error::invalid, "region is required.");
    if (vm.size.empty()) return badRequest(vm_error::invalid, "size is required.");
    if (vm.count < 1 || vm.count > kMaxCount)
        return badRequest(vm_error::invalid, "count must be between 1 and " + std::to_string(kMaxCount) + ".");
    auto profile = sizeCatalog(world).find(vm.size, vm.region);
    if (!profile)
        return badRequest(vm_error::invalid, "size '" + vm.size + "' is in no known instance size flexibility group.");
    vm.size = profile->armSkuName;
    vm.region = toLower(vm.region);
    return std::nullopt;
}

std::string freeVmId(const Subscription& subscription) {
    for (std::size_t n = subscription.vms.size() + 1;; ++n) {
        std::string id = "vm-" + std::to_string(n);
        if (std::none_of(subscription.vms.begin(), subscription.vms.end(),
                         [&](const Vm& vm) { return equalsIgnoreCase(vm.id, id); }))
            return id;
    }
}

}  // namespace

Result<std::vector<Vm>> listVms(const World& world, std::string_view customerId, std::string_view subscriptionId) {
    auto subscription = subscriptionOf(world, customerId, subscriptionId);
    if (!subscription) return subscription.error();
    return (*subscription)->vms;
}

Result<Vm> addVm(World& world, std::string_view customerId, std::string_view subscriptionId, Vm vm) {
    auto found = subscriptionOf(world, customerId, subscriptionId);
    if (!found) return found.error();
    Subscription& subscription = **found;
    if (vm.id.empty()) vm.id = freeVmId(subscription);
    if (findVm(subscription, vm.id) != subscription.vms.end())
        return conflict(vm_error::duplicate, "VM " + vm.id + " already exists in this subscription.");
    if (vm.resourceGroup.empty()) vm.resourceGroup = "default-rg";
    if (auto error = validate(world, vm)) return *error;

    catchUp(world);
    subscription.vms.push_back(vm);
    noteChange(world);
    return vm;
}

Result<Vm> changeVm(World& world, std::string_view customerId, std::string_view subscriptionId, std::string_view vmId,
                    const VmChange& change) {
    auto found = subscriptionOf(world, customerId, subscriptionId);
    if (!found) return found.error();
    Subscription& subscription = **found;
    auto it = findVm(subscription, vmId);
    if (it == subscription.vms.end()) return vmNotFound(vmId);
    Vm changed = *it;
    if (change.size) changed.size = *change.size;
    if (change.count) changed.count = *change.count;
    if (change.hours) changed.hours = *change.hours;
    if (auto error = validate(world, changed)) return *error;

    catchUp(world);
    *it = changed;
    noteChange(world);
    return changed;
}

Result<Done> removeVm(World& world, std::string_view customerId, std::string_view subscriptionId,
                      std::string_view vmId) {
    auto found = subscriptionOf(world, customerId, subscriptionId);
    if (!found) return found.error();
    Subscription& subscription = **found;
    auto it = findVm(subscription, vmId);
    if (it == subscription.vms.end()) return vmNotFound(vmId);

    catchUp(world);
    subscription.vms.erase(it);
    noteChange(world);
    return Done{};
}

}  // namespace pcsim::sim::engine
