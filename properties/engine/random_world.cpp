#include "random_world.hpp"

#include <algorithm>

namespace pcsim::properties {
namespace {

constexpr int kCustomers = 2;
constexpr int kRegions = 2;
constexpr int kResourceGroups = 2;

// A catalog selling every size of the pool in both regions with ratio × scale.
std::shared_ptr<const sim::Catalog> scaledCatalog(double scale) {
    std::vector<sim::Sku> skus;
    for (const auto& size : sizePool())
        for (int region = 0; region < kRegions; ++region) {
            sim::Sku sku;
            sku.id = std::to_string(skus.size());
            sku.productId = "PRODUCT";
            sku.armSkuName = size;
            sku.armRegionName = regionName(region);
            sku.isfGroup = groupOf(size);
            sku.isfRatio = tableRatio(size) * scale;
            skus.push_back(std::move(sku));
        }
    sim::Product product{"PRODUCT", "all sizes", "", {"AzureReservationsVM"}, "Azure", "VirtualMachines", skus};
    return std::make_shared<const sim::Catalog>("US", "USD", "$", std::vector<sim::Product>{product});
}

// Minutes of [hour·60, hour·60+60) inside the VM's window: counted minute by minute, on purpose
// unlike the engine's interval arithmetic.
int minutesRunning(const RandomVm& vm, int hour) {
    if (vm.always) return 60;
    int minutes = 0;
    for (int m = hour * 60; m < hour * 60 + 60; ++m) minutes += (m >= vm.startMinute && m < vm.endMinute) ? 1 : 0;
    return minutes;
}

}  // namespace

const std::vector<std::string>& sizePool() {
    static const std::vector<std::string> sizes = {"Standard_DS1_v2", "Standard_DS2_v2", "Standard_DS3_v2",
                                                   "Standard_DS4_v2", "Standard_DS5_v2", "Standard_D2s_v3",
                                                   "Standard_D4s_v3", "Standard_D8s_v3", "Standard_D16s_v3",
                                                   "Standard_B1ls",   "Standard_B1s",    "Standard_B2s"};
    return sizes;
}

std::string groupOf(const std::string& size) { return sim::findIsf(size)->group; }
double tableRatio(const std::string& size) { return sim::findIsf(size)->ratio; }
std::string regionName(int region) { return region == 0 ? "eastus" : "westus"; }
std::string subscriptionId(int customer, int subscription) {
    return "c" + std::to_string(customer) + "-sub" + std::to_string(subscription);
}
std::string resourceGroupName(int resourceGroup) { return "rg-" + std::to_string(resourceGroup); }
const std::string& customerIdOf(int customer) { return customer == 0 ? customerA : customerB; }

RandomWorld genRandomWorld(const Variety& variety) {
    RandomWorld spec;
    for (int c = 0; c < kCustomers; ++c) {
        const int subscriptions = *rc::gen::inRange(1, 4);
        std::vector<bool> offers;
        for (int s = 0; s < subscriptions; ++s)
            offers.push_back(variety.ineligibleOffers ? *rc::gen::weightedElement<bool>({{5, true}, {1, false}})
                                                      : true);
        spec.eligibleOffer.push_back(offers);
    }
    // Counts are drawn evenly: inRange leans towards its lower end in the early cases (RapidCheck
    // grows the size as it goes), and with 0 allowed a third of the worlds were empty.
    const int vmCount = *rc::gen::elementOf(std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9});
    for (int i = 0; i < vmCount; ++i) {
        RandomVm vm;
        vm.customer = *rc::gen::inRange(0, kCustomers);
        vm.subscription = *rc::gen::inRange(0, int(spec.eligibleOffer[vm.customer].size()));
        vm.resourceGroup = *rc::gen::inRange(0, kResourceGroups);
        vm.region = *rc::gen::weightedElement<int>({{4, 0}, {1, 1}});
        vm.size = *rc::gen::elementOf(sizePool());
        vm.count = *rc::gen::inRange(1, 4);
        vm.always = *rc::gen::arbitrary<bool>();
        if (!vm.always) {
            vm.startMinute = *rc::gen::inRange(0, kHours * 60);
            vm.endMinute = *rc::gen::inRange(vm.startMinute + 1, kHours * 60 + 1);
        }
        vm.spot = variety.spot && *rc::gen::weightedElement<bool>({{6, false}, {1, true}});
        vm.id = "vm-" + std::to_string(i);
        spec.vms.push_back(vm);
    }
    const int reservationCount = *rc::gen::elementOf(std::vector<int>{1, 2, 3, 4, 5});
    for (int i = 0; i < reservationCount; ++i) {
        RandomReservation r;
        // Two in three reservations are aimed at a VM: its customer, region, subscription and
        // resource group, and a size of its flexibility group. Drawn independently, nine worlds in
        // ten had no reservation that could cover anything, and the soundness invariants held
        // trivially there. Whether the aimed one does cover is still up to its tier, state, dates,
        // flexibility and the VM's offer and Spot flag.
        const bool aimed = *rc::gen::weightedElement<bool>({{2, true}, {1, false}});
        if (aimed) {
            const RandomVm& target = spec.vms[*rc::gen::inRange(0, int(spec.vms.size()))];
            std::vector<std::string> sameGroup;
            for (const auto& size : sizePool())
                if (groupOf(size) == groupOf(target.size)) sameGroup.push_back(size);
            r.customer = target.customer;
            r.size = *rc::gen::elementOf(sameGroup);
            r.region = target.region;
            r.subscription = target.subscription;
            r.resourceGroup = target.resourceGroup;
        } else {
            r.customer = *rc::gen::inRange(0, kCustomers);
            r.size = *rc::gen::elementOf(sizePool());
            r.region = *rc::gen::weightedElement<int>({{4, 0}, {1, 1}});
            r.subscription = *rc::gen::inRange(0, int(spec.eligibleOffer[r.customer].size()));
            r.resourceGroup = *rc::gen::inRange(0, kResourceGroups);
        }
        r.quantity = *rc::gen::inRange(1, 5);
        r.tier = *rc::gen::inRange(0, 3);
        r.flexible = !variety.exactSize || r.tier == 2 || *rc::gen::weightedElement<bool>({{3, true}, {1, false}});
        r.effectiveMinute = *rc::gen::weightedElement<int>({{4, -60}, {1, 30}, {1, 60}, {1, 120}});
        r.expiring = variety.states && *rc::gen::weightedElement<bool>({{6, false}, {1, true}});
        if (variety.states)
            r.state = *rc::gen::weightedElement<std::string>(
                {{8, "Succeeded"}, {1, "Split"}, {1, "Merged"}, {1, "Cancelled"}});
        spec.reservations.push_back(r);
    }
    spec.cascade = !variety.cascadeOff || *rc::gen::weightedElement<bool>({{3, true}, {1, false}});
    return spec;
}

BuiltWorld build(const RandomWorld& spec) {
    EngineWorld builder;
    builder.cascade(spec.cascade);
    if (spec.ratioScale != 1) builder.catalog(scaledCatalog(spec.ratioScale));
    for (int c = 0; c < int(spec.eligibleOffer.size()); ++c)
        for (int s = 0; s < int(spec.eligibleOffer[c].size()); ++s) {
            std::vector<sim::Vm> vms;
            for (const auto& v : spec.vms) {
                if (v.customer != c || v.subscription != s) continue;
                sim::Vm made = vm(v.id, v.size, v.count, resourceGroupName(v.resourceGroup),
                                  v.always ? always() : windowOf(v.startMinute, v.endMinute), regionName(v.region));
                made.spot = v.spot;
                vms.push_back(made);
            }
            builder.subscription(subscriptionId(c, s), vms, customerIdOf(c),
                                 spec.eligibleOffer[c][s] ? "MS-AZR-0145P" : "CFQ7TTC0LH18:0001");
        }
    BuiltWorld built{builder.build(), {}};
    for (const auto& r : spec.reservations) {
        std::string scope;
        if (r.tier < 2) scope = "/subscriptions/" + subscriptionId(r.customer, r.subscription);
        if (r.tier == 0) scope += "/resourceGroups/" + resourceGroupName(r.resourceGroup);
        sim::Timestamp effective = engineStart + std::chrono::minutes(r.effectiveMinute);
        if (r.expiring) effective = sim::addYears(effective, -1);
        const auto id = reserve(*built.world, {.size = r.size,
                                               .quantity = r.quantity,
                                               .scope = scope,
                                               .flexible = r.flexible,
                                               .region = regionName(r.region),
                                               .customerId = customerIdOf(r.customer),
                                               .effective = effective,
                                               .ratio = tableRatio(r.size) * spec.ratioScale});
        auto* order = built.world->findReservationOrder(orderOf(*built.world, id));
        order->reservations.front().provisioningState = r.state;
        built.reservationIds.push_back(id);
    }
    return built;
}

double usage(const RandomWorld& spec, const RandomVm& vm, int hour) {
    return tableRatio(vm.size) * spec.ratioScale * vm.count * minutesRunning(vm, hour) / 60.0;
}

double capacity(const RandomWorld& spec, const RandomReservation& r) {
    return double(r.quantity) * tableRatio(r.size) * spec.ratioScale;
}

bool active(const RandomReservation& r, int hour) {
    if (r.state != "Succeeded") return false;  // Split, Merged and Cancelled never apply
    const int hourStart = hour * 60;
    return r.expiring ? hourStart < r.effectiveMinute : hourStart >= r.effectiveMinute;
}

bool inScope(const RandomWorld& spec, const RandomReservation& r, const RandomVm& vm) {
    if (r.customer != vm.customer || !spec.eligibleOffer[vm.customer][vm.subscription]) return false;
    if (r.tier == 2) return true;
    if (r.subscription != vm.subscription) return false;
    return r.tier == 1 || r.resourceGroup == vm.resourceGroup;
}

bool attributesMatch(const RandomReservation& r, const RandomVm& vm) {
    if (vm.spot || r.region != vm.region || groupOf(r.size) != groupOf(vm.size)) return false;
    return r.flexible || r.size == vm.size;
}

bool eligible(const RandomWorld& spec, const RandomReservation& r, const RandomVm& vm, int hour) {
    return active(r, hour) && inScope(spec, r, vm) && attributesMatch(r, vm);
}

Observed observe(const RandomWorld& spec, const BuiltWorld& built, int hours) {
    sim::engine::advanceTo(*built.world, hour0 + hours);
    Observed observed;
    std::map<std::string, int> vmIndex, reservationIndex;
    for (int v = 0; v < int(spec.vms.size()); ++v)
        vmIndex[subscriptionId(spec.vms[v].customer, spec.vms[v].subscription) + "/" + spec.vms[v].id] = v;
    for (int r = 0; r < int(built.reservationIds.size()); ++r) reservationIndex[built.reservationIds[r]] = r;
    for (int h = 0; h < hours; ++h)
        for (const auto& row :
             sim::engine::coverage(*built.world, "", hour0 + h, hour0 + h + 1, sim::engine::CoverageGrain::hour)) {
            const int v = vmIndex.at(row.azureSubscriptionId + "/" + row.vmId);
            observed.used[{v, h}] += row.usedUnits;
            observed.covered[{v, h}] += row.coveredUnits;
            for (const auto& share : row.coveredBy) {
                // Split and merge results are not in the spec: they count under their source's index.
                auto it = reservationIndex.find(share.reservationId);
                const int r = it == reservationIndex.end() ? -1 : it->second;
                observed.shares[{r, v, h}] += share.units;
                observed.applied[{r, h}] += share.units;
            }
        }
    return observed;
}

double totalCovered(const Observed& observed, int hour) {
    double total = 0;
    for (const auto& [key, units] : observed.covered)
        if (key.second == hour) total += units;
    return total;
}

bool coveredNothing(const Observed& observed) {
    for (const auto& [key, units] : observed.covered)
        if (units > kTolerance) return false;
    return true;
}

}  // namespace pcsim::properties
