// bench_engine — how long the reservation engine takes to apply a month of hours to a large world.
//
//   bench_engine [VMS RESERVATIONS HOURS]      (default 10000 1000 720)
//
// The world: two customers, VMs spread over 50 subscriptions each, two resource groups, two regions
// and three ISF groups (DSv2, DSv3, ESv3); 70 % always on, the rest on daily windows. Reservations:
// 20 % resource-group, 40 % subscription, 40 % shared scope; 5 % with flexibility Off. Printed next to
// the first and the last tenth of the hours timed apart (history must not slow an hour down), and a
// reference measured in the same run: a tenth of the VMs and reservations for all the hours.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <random>
#include <string>

#include "sim/engine/engine.hpp"
#include "sim/isf_tables.hpp"
#include "sim/world.hpp"

#include "proc_status.hpp"

namespace {

using namespace pcsim::sim;

constexpr int kCustomers = 2;
constexpr int kSubscriptionsPerCustomer = 50;
const char* const kRegions[] = {"eastus", "westeurope"};
const char* const kSizes[] = {"Standard_DS1_v2", "Standard_DS2_v2", "Standard_DS3_v2", "Standard_D2s_v3",
                              "Standard_D4s_v3", "Standard_D8s_v3", "Standard_E2s_v3", "Standard_E4s_v3"};

std::string subscriptionId(int customer, int subscription) {
    return "c" + std::to_string(customer) + "-s" + std::to_string(subscription);
}

std::unique_ptr<World> buildWorld(int vms, int reservations) {
    std::mt19937 random(20260105);
    auto pick = [&](int n) { return int(random() % unsigned(n)); };
    auto scenario = std::make_shared<Scenario>();
    scenario->name = "bench-engine";
    scenario->clockStart = *parseTimestamp("2026-01-05T00:00:00Z");
    scenario->clockMode = ClockMode::frozen;
    scenario->catalog = std::make_shared<const Catalog>("US", "USD", "$", std::vector<Product>{});
    for (int c = 0; c < kCustomers; ++c) {
        Customer customer;
        customer.id = "customer-" + std::to_string(c);
        for (int s = 0; s < kSubscriptionsPerCustomer; ++s) {
            Subscription subscription;
            subscription.id = subscription.azureSubscriptionId = subscriptionId(c, s);
            customer.subscriptions.push_back(subscription);
        }
        scenario->customers.push_back(customer);
    }
    for (int i = 0; i < vms; ++i) {
        Vm vm;
        vm.id = "vm-" + std::to_string(i);
        vm.resourceGroup = "rg-" + std::to_string(pick(2));
        vm.region = kRegions[pick(2)];
        vm.size = kSizes[pick(8)];
        vm.count = 1 + pick(3);
        if (pick(10) >= 7) vm.hours = {RunSchedule::Kind::window, pick(24) * 60 + pick(4) * 15, pick(24) * 60 + 30};
        scenario->customers[std::size_t(i % kCustomers)]
            .subscriptions[std::size_t(pick(kSubscriptionsPerCustomer))]
            .vms.push_back(vm);
    }
    auto world = std::make_unique<World>(scenario);
    for (int i = 0; i < reservations; ++i) {
        const int customer = pick(kCustomers), tier = pick(10);
        const IsfEntry* isf = findIsf(kSizes[pick(8)]);
        Reservation r;
        r.id = world->ids.guid();
        r.armSkuName = armSkuNameOf(*isf);
        r.region = kRegions[pick(2)];
        r.isfGroup = isf->group;
        r.isfRatio = isf->ratio;
        r.quantity = 1 + pick(8);
        r.term = "P1Y";
        const std::string subscription = "/subscriptions/" + subscriptionId(customer, pick(kSubscriptionsPerCustomer));
        if (tier < 2) r.appliedScopes = {subscription + "/resourceGroups/rg-" + std::to_string(pick(2))};
        else if (tier < 6) r.appliedScopes = {subscription};
        r.scope = r.appliedScopes.empty() ? Scope::shared : Scope::single;
        r.instanceFlexibility = r.scope == Scope::shared || pick(20) != 0;
        r.effectiveDateTime = scenario->clockStart;
        r.expiryDateTime = addYears(r.effectiveDateTime, 1);
        ReservationOrder order;
        order.id = world->ids.guid();
        order.customerId = "customer-" + std::to_string(customer);
        order.reservations.push_back(r);
        world->addReservationOrder(std::move(order));
    }
    return world;
}

struct Run {
    double seconds = 0;
    double firstTenth = 0;  // the first and the last tenth of the hours, each timed on its own
    double lastTenth = 0;
    std::size_t ledgerRuns = 0;  // how many times some VM's hourly usage or coverage changed
};

// Applies `hours` hours to a fresh world of that size, in ten steps; building the world is not timed.
Run apply(int vms, int reservations, int hours) {
    auto world = buildWorld(vms, reservations);
    const auto first = engine::firstHourStartingAtOrAfter(world->scenario().clockStart);
    Run run;
    for (int step = 1; step <= 10; ++step) {
        const auto start = std::chrono::steady_clock::now();
        engine::advanceTo(*world, first + hours * step / 10);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        run.seconds += seconds;
        if (step == 1) run.firstTenth = seconds;
        if (step == 10) run.lastTenth = seconds;
    }
    const auto& ledger = world->reservationEngine.ledger;
    for (std::uint32_t vm = 0; vm < ledger.vms().size(); ++vm) run.ledgerRuns += ledger.runCount(vm);
    return run;
}

}  // namespace

int main(int argc, char** argv) {
    const int vms = argc > 3 ? std::atoi(argv[1]) : 10000;
    const int reservations = argc > 3 ? std::atoi(argv[2]) : 1000;
    const int hours = argc > 3 ? std::atoi(argv[3]) : 720;

    // The reference first, so that the peak RSS read at the end is the full-scale run's.
    const Run smaller = apply(vms / 10, reservations / 10, hours);
    const Run full = apply(vms, reservations, hours);
    std::printf("bench_engine: %d VMs x %d reservations x %d hours\n", vms, reservations, hours);
    std::printf("  full scale : %.3f s  (%.1f ns per VM-hour), %zu ledger runs, peak RSS %.1f MB\n", full.seconds,
                1e9 * full.seconds / (double(vms) * hours), full.ledgerRuns,
                pcsim::bench::procStatusKb("self", "VmHWM") / 1024.0);
    std::printf(
        "  history    : first tenth of the hours %.3f s, last tenth %.3f s (equal when the cost of\n"
        "               an hour does not grow with history; the first includes building the plan)\n",
        full.firstTenth, full.lastTenth);
    std::printf(
        "  reference  : %.3f s  for %d VMs x %d reservations x %d hours, %zu ledger runs:\n"
        "               full / reference = %.1f (10 when linear in VMs and reservations; more as far\n"
        "               as bigger pools change coverage more often: compare the ledger runs)\n",
        smaller.seconds, vms / 10, reservations / 10, hours, smaller.ledgerRuns, full.seconds / smaller.seconds);
    return 0;
}
