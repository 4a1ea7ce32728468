// Control plane: the VMs of a subscription at run time, so a test can change usage between clock
// moves. /_pcsim/customers/{customerId}/subscriptions/{subscriptionId}/vms — GET list, POST add,
// PATCH /{vmId} (size, count, hours), DELETE /{vmId}. Changes apply from the first hour the
// reservation engine has not processed yet. A VM reads and writes like the scenario's `vms:` entries.
#include <algorithm>
#include <cstdio>
#include <limits>

#include "http/body.hpp"
#include "http/context.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"
#include "http/wire/vm_document.hpp"
#include "scenario/run_schedule.hpp"
#include "sim/engine/vm_changes.hpp"

namespace pcsim::admin {

namespace {

using http::HttpResponse;
using http::RequestContext;
namespace engine = sim::engine;

constexpr const char* kVmsPath = "/_pcsim/customers/{customerId}/subscriptions/{subscriptionId}/vms";

std::string clockTime(int minutes) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", (minutes / 60) % 100, minutes % 60);
    return buffer;
}

// The scenario file's spelling: always, off, or "HH:MM-HH:MM".
std::string formatRunSchedule(const sim::RunSchedule& schedule) {
    switch (schedule.kind) {
        case sim::RunSchedule::Kind::always: return "always";
        case sim::RunSchedule::Kind::off: return "off";
        case sim::RunSchedule::Kind::window: break;
    }
    return clockTime(schedule.startMinute) + "-" + clockTime(schedule.endMinute);
}

http::VmDocument vmDocument(const sim::Vm& vm) {
    http::VmDocument out;
    out.id = vm.id;
    out.resourceGroup = vm.resourceGroup;
    out.region = vm.region;
    out.size = vm.size;
    out.count = vm.count;
    out.hours = formatRunSchedule(vm.hours);
    out.spot = vm.spot;
    return out;
}

sim::RunSchedule runSchedule(const std::string& text) {
    auto schedule = scenario::parseRunSchedule(text);
    if (!schedule)
        throw http::BadRequest("hours: '" + text + "' is not always, off or a daily UTC window such as 08:00-18:00.");
    return *schedule;
}

// The range is checked by the sim operation; this only keeps a huge JSON number from wrapping around.
int countOf(std::int64_t count) { return int(std::clamp<std::int64_t>(count, 0, std::numeric_limits<int>::max())); }

HttpResponse listVms(RequestContext& ctx) {
    auto vms = [&] {
        auto lock = ctx.lockWorld();
        return engine::listVms(ctx.world(), ctx.param("customerId"), ctx.param("subscriptionId"));
    }();
    if (!vms) return http::error(vms.error());
    http::VmList list;
    for (const auto& vm : *vms) list.items.push_back(vmDocument(vm));
    list.totalCount = vms->size();
    return http::json(200, list);
}

HttpResponse addVm(RequestContext& ctx) {
    const auto body = http::parseJsonBody(ctx.request);
    http::onlyKeys(body, {"id", "resourceGroup", "region", "size", "count", "hours", "spot"});
    const auto asked = http::readModel<http::VmDocument>(body);
    sim::Vm vm;
    vm.id = asked.id.value_or("");
    vm.resourceGroup = asked.resourceGroup.value_or("");
    vm.region = asked.region.value_or("");
    vm.size = asked.size.value_or("");
    if (asked.count) vm.count = countOf(*asked.count);
    if (asked.hours) vm.hours = runSchedule(*asked.hours);
    vm.spot = asked.spot.value_or(false);
    auto added = [&] {
        auto lock = ctx.lockWorld();
        return engine::addVm(ctx.world(), ctx.param("customerId"), ctx.param("subscriptionId"), std::move(vm));
    }();
    return http::respond(added, 201, vmDocument);
}

HttpResponse changeVm(RequestContext& ctx) {
    const auto body = http::parseJsonBody(ctx.request);
    http::onlyKeys(body, {"size", "count", "hours"});
    engine::VmChange change;
    const auto asked = http::readModel<http::VmChangeDocument>(body);
    change.size = asked.size;
    if (asked.count) change.count = countOf(*asked.count);
    if (asked.hours) change.hours = runSchedule(*asked.hours);
    auto changed = [&] {
        auto lock = ctx.lockWorld();
        return engine::changeVm(ctx.world(), ctx.param("customerId"), ctx.param("subscriptionId"), ctx.param("vmId"),
                                change);
    }();
    return http::respond(changed, 200, vmDocument);
}

HttpResponse removeVm(RequestContext& ctx) {
    auto removed = [&] {
        auto lock = ctx.lockWorld();
        return engine::removeVm(ctx.world(), ctx.param("customerId"), ctx.param("subscriptionId"), ctx.param("vmId"));
    }();
    if (!removed) return http::error(removed.error());
    return http::noContent();
}

}  // namespace

void addVmRoutes(http::Router& router) {
    using http::Access;
    const std::string vm = std::string(kVmsPath) + "/{vmId}";
    router.add("GET", kVmsPath, Access::control, listVms);
    // Changes of the world: logged and replayed on bundle import.
    router.add("POST", kVmsPath, Access::control, addVm, http::Changes::world);
    router.add("PATCH", vm, Access::control, changeVm, http::Changes::world);
    router.add("DELETE", vm, Access::control, removeVm, http::Changes::world);
}

}  // namespace pcsim::admin
