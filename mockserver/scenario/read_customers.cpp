// The `customers:` section: customers, their Azure subscriptions with running VMs, and inventory
// restrictions. Read after the catalog, against which VM sizes and vCPU quota groups are checked.
#include <cctype>
#include <chrono>

#include "partnercenter/ids.hpp"
#include "partnercenter/text.hpp"
#include "scenario/id_rules.hpp"
#include "scenario/run_schedule.hpp"
#include "scenario/sections.hpp"
#include "scenario/yaml_fields.hpp"
#include "sim/isf_tables.hpp"

namespace pcsim::scenario {

using partnercenter::ids::isGuid;
using partnercenter::text::toLower;
using partnercenter::text::toUpper;
namespace {

const std::vector<std::string> kStatuses = {"active", "suspended", "deleted", "expired", "pending", "disabled"};
const std::vector<std::string> kRegistrations = {"registered", "registering", "notregistered"};

// Ids that must be unique across all customers.
struct CustomerIds {
    UniqueIds customers{"customer id"};
    UniqueIds domains{"customer domain"};
    UniqueIds subscriptions{"subscription id"};
    UniqueIds azureSubscriptions{"azureSubscriptionId"};
};

std::optional<std::string> readGuid(const MapReader& map, std::string_view key) {
    auto value = map.text(key);
    if (value && !isGuid(*value)) {
        std::string message = "'";
        message.append(key).append("' must be a GUID (8-4-4-4-12 hex digits), not '").append(*value).append("'");
        map.error(key, std::move(message));
        return std::nullopt;
    }
    return value;
}

// "Fabrikam Test Ltd" → "fabrikamtestltd", the first label of a real initial domain.
std::string domainLabelOf(std::string_view companyName) {
    std::string label;
    for (char c : companyName)
        if (std::isalnum(static_cast<unsigned char>(c))) label += char(std::tolower(static_cast<unsigned char>(c)));
    return label.empty() ? "customer" : label;
}

std::optional<sim::Vm> readVm(const YAML::Node& node, const std::string& path, std::size_t index, LoadContext& ctx) {
    MapReader map(node, path, ctx.diags, {"id", "resourceGroup", "region", "size", "count", "hours", "spot"});
    if (!map.isMapping()) return std::nullopt;
    sim::Vm vm;
    vm.id = map.text("id").value_or("vm-" + std::to_string(index + 1));
    vm.resourceGroup = map.text("resourceGroup").value_or("default-rg");
    if (auto region = map.text("region", Need::required)) vm.region = toLower(*region);
    if (auto size = map.text("size", Need::required)) {
        if (const sim::IsfEntry* known = sim::findIsf(*size)) vm.size = sim::armSkuNameOf(*known);
        else if (ctx.catalog.sizes.count(toLower(*size))) vm.size = *size;
        else
            map.error("size", "VM size '" + *size +
                                  "' is in no known instance size flexibility group (neither in the built-in "
                                  "tables nor a catalog SKU's armSkuName)");
    }
    if (auto count = map.integer("count", Need::optional, 1, 1000000)) vm.count = int(*count);
    if (auto hours = map.text("hours")) {
        if (auto schedule = parseRunSchedule(*hours)) vm.hours = *schedule;
        else
            map.error("hours", "'hours' must be always, off, or a daily UTC window such as \"08:00-18:00\", not '" +
                                   *hours + "'");
    }
    if (auto spot = map.flag("spot")) vm.spot = *spot;
    return vm;
}

void readVcpuQuota(const MapReader& subscription, LoadContext& ctx, sim::Subscription& out) {
    YAML::Node quota = subscription.mapping("vcpuQuota");
    if (!quota.IsDefined()) return;
    for (const auto& item : quota) {
        auto group = readText(item.first, "a vcpuQuota group", ctx.diags);
        auto vcpus = readInteger(item.second, "a vCPU quota", ctx.diags, 0, 100000000);
        if (!group || !vcpus) continue;
        std::string_view builtIn = sim::canonicalIsfGroup(*group);
        auto declared = ctx.catalog.groups.find(toLower(*group));
        if (builtIn.empty() && declared == ctx.catalog.groups.end()) {
            ctx.diags.error(item.first, "vcpuQuota group '" + *group +
                                            "' does not exist; known groups: " + joinNames(sim::isfGroups()));
            continue;
        }
        out.vcpuQuota[builtIn.empty() ? declared->second : std::string(builtIn)] = int(*vcpus);
    }
}

std::optional<sim::Subscription> readSubscription(const YAML::Node& node, const std::string& path, LoadContext& ctx,
                                                  sim::IdGenerator& ids, CustomerIds& unique) {
    MapReader map(node, path, ctx.diags,
                  {"id", "azureSubscriptionId", "offerId", "offerName", "friendlyName", "status", "registration",
                   "vcpuQuota", "vms", "creationDate"});
    // Drawn even when given, so that giving one id by hand never shifts the others.
    std::string drawnId = ids.upperGuid();
    std::string drawnAzureId = ids.guid();
    if (!map.isMapping()) return std::nullopt;
    sim::Subscription out;
    out.id = readGuid(map, "id").value_or(drawnId);
    if (map.has("id")) unique.subscriptions.add(out.id, map.value("id"), ctx.diags);
    out.azureSubscriptionId = readGuid(map, "azureSubscriptionId").value_or(drawnAzureId);
    if (map.has("azureSubscriptionId"))
        unique.azureSubscriptions.add(out.azureSubscriptionId, map.value("azureSubscriptionId"), ctx.diags);
    if (auto offerId = map.text("offerId")) out.offerId = *offerId;
    out.offerName = map.text("offerName").value_or(out.isAzurePlan() ? "Azure plan" : "Microsoft Azure");
    out.friendlyName = map.text("friendlyName").value_or(out.offerName);
    if (auto status = map.choice("status", kStatuses)) out.status = *sim::parseSubscriptionStatus(*status);
    if (auto registration = map.choice("registration", kRegistrations))
        out.registration = *sim::parseRegistrationState(*registration);
    if (out.registration == sim::RegistrationState::registering)
        out.registrationCompletesAt = ctx.clockStart + std::chrono::seconds(ctx.behaviour.registrationDelaySeconds);
    out.creationDate = ctx.clockStart - std::chrono::days(30);
    if (auto created = map.text("creationDate")) {
        if (auto parsed = sim::parseTimestamp(*created)) out.creationDate = *parsed;
        else map.error("creationDate", "'creationDate' must be an ISO 8601 time such as \"2025-06-01T00:00:00Z\"");
    }
    readVcpuQuota(map, ctx, out);
    if (YAML::Node vms = map.sequence("vms"); vms.IsDefined()) {
        UniqueIds vmIds("VM id");
        for (std::size_t i = 0; i < vms.size(); ++i) {
            auto vm = readVm(vms[i], indexed(map.pathOf("vms"), i), i, ctx);
            if (!vm) continue;
            vmIds.add(vm->id, vms[i]["id"].IsDefined() ? vms[i]["id"] : vms[i], ctx.diags);
            out.vms.push_back(std::move(*vm));
        }
    }
    return out;
}

std::vector<sim::InventoryRestriction> readRestrictions(const MapReader& customer, LoadContext& ctx) {
    std::vector<sim::InventoryRestriction> out;
    YAML::Node list = customer.sequence("inventoryRestrictions");
    if (!list.IsDefined()) return out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        MapReader map(list[i], indexed(customer.pathOf("inventoryRestrictions"), i), ctx.diags,
                      {"armRegionName", "armSkuName", "reasonCode"});
        if (!map.isMapping()) continue;
        sim::InventoryRestriction restriction;
        if (auto region = map.text("armRegionName")) restriction.armRegionName = toLower(*region);
        if (auto size = map.text("armSkuName")) {
            const sim::IsfEntry* known = sim::findIsf(*size);
            restriction.skuArmName = known ? sim::armSkuNameOf(*known) : *size;
        }
        if (auto reason = map.text("reasonCode")) restriction.reasonCode = *reason;
        out.push_back(std::move(restriction));
    }
    return out;
}

std::optional<sim::Customer> readCustomer(const YAML::Node& node, const std::string& path, std::size_t index,
                                          LoadContext& ctx, sim::IdGenerator& ids, CustomerIds& unique) {
    MapReader map(node, path, ctx.diags,
                  {"id", "commerceId", "companyName", "domain", "country", "subscriptions", "inventoryRestrictions"});
    std::string drawnId = ids.guid();
    std::string drawnCommerceId = ids.guid();
    if (!map.isMapping()) return std::nullopt;
    sim::Customer out;
    out.id = readGuid(map, "id").value_or(drawnId);
    if (map.has("id")) unique.customers.add(out.id, map.value("id"), ctx.diags);
    out.commerceId = readGuid(map, "commerceId").value_or(drawnCommerceId);
    out.companyName = map.text("companyName").value_or("Customer " + std::to_string(index + 1));
    if (auto domain = map.text("domain")) {
        out.domain = *domain;
        unique.domains.add(out.domain, map.value("domain"), ctx.diags);
    } else {
        // A derived domain must not take one a customer wrote by hand: number it until it is free.
        const std::string label = domainLabelOf(out.companyName);
        out.domain = label + ".onmicrosoft.com";
        for (int n = 2; unique.domains.contains(out.domain); ++n)
            out.domain = label + std::to_string(n) + ".onmicrosoft.com";
        unique.domains.addGenerated(out.domain);
    }
    if (auto country = map.text("country")) {
        if (!isCountryCode(*country)) map.error("country", "'country' must be a two-letter country code such as US");
        out.country = toUpper(*country);
    }
    if (YAML::Node list = map.sequence("subscriptions"); list.IsDefined()) {
        for (std::size_t i = 0; i < list.size(); ++i)
            if (auto subscription =
                    readSubscription(list[i], indexed(map.pathOf("subscriptions"), i), ctx, ids, unique))
                out.subscriptions.push_back(std::move(*subscription));
    }
    out.inventoryRestrictions = readRestrictions(map, ctx);
    return out;
}

}  // namespace

std::vector<sim::Customer> readCustomers(const YAML::Node& node, LoadContext& ctx) {
    std::vector<sim::Customer> out;
    if (!node.IsDefined() || node.IsNull()) return out;
    if (!node.IsSequence()) {
        ctx.diags.error(node, "'customers' must be a list");
        return out;
    }
    sim::IdGenerator ids = ctx.ids(IdStream::customers);
    CustomerIds unique;
    for (std::size_t i = 0; i < node.size(); ++i)
        if (auto customer = readCustomer(node[i], indexed("customers", i), i, ctx, ids, unique))
            out.push_back(std::move(*customer));
    return out;
}

}  // namespace pcsim::scenario
