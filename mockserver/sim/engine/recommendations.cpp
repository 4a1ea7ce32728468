#include "sim/engine/recommendations.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "partnercenter/text.hpp"
#include "sim/engine/allocator.hpp"
#include "sim/engine/eligibility.hpp"
#include "sim/engine/engine.hpp"
#include "sim/errors/arm.hpp"
#include "sim/purchase_terms.hpp"

namespace pcsim::sim::engine {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::toLower;
namespace {

// A pool of usage one reservation could cover. Strings lower-case; subscription "" for Shared.
using PoolKey = std::tuple<std::string, std::string, std::string>;  // subscription, region, group

struct Pool {
    std::vector<double> leftover;  // units at pay-as-you-go per hour of the window
};

struct Window {
    HourIndex from = 0;
    HourIndex to = 0;
};

const Availability* availabilityFor(const Sku& sku, const std::string& term) {
    for (const auto& availability : sku.availabilities)
        if (availability.term == term && availability.isPurchasable) return &availability;
    return nullptr;
}

// The group's smallest size sold in the region for the term: the finest quantity a buyer can choose.
const Sku* smallestSoldSize(const Catalog& catalog, const std::string& region, const std::string& group,
                            const std::string& term) {
    const Sku* best = nullptr;
    for (const auto& product : catalog.products())
        for (const auto& sku : product.skus) {
            if (!equalsIgnoreCase(sku.armRegionName, region) || !equalsIgnoreCase(sku.isfGroup, group)) continue;
            if (!availabilityFor(sku, term) || sku.isfRatio <= 0) continue;
            if (!best || std::tuple(sku.isfRatio, sku.armSkuName) < std::tuple(best->isfRatio, best->armSkuName))
                best = &sku;
        }
    return best;
}

// The group's smallest size anywhere in the catalog: the unit of the normalized quantity.
const Sku* smallestSizeOfGroup(const Catalog& catalog, const std::string& group) {
    const Sku* smallest = nullptr;
    for (const auto& product : catalog.products())
        for (const auto& sku : product.skus)
            if (equalsIgnoreCase(sku.isfGroup, group) && sku.isfRatio > 0 &&
                (!smallest || sku.isfRatio < smallest->isfRatio))
                smallest = &sku;
    return smallest;
}

bool wanted(const RecommendationRequest& request, const Subscription& subscription) {
    if (!offerReceivesReservationDiscount(subscription)) return false;
    return request.scope == RecommendationScope::shared || !request.azureSubscriptionId ||
           equalsIgnoreCase(*request.azureSubscriptionId, subscription.azureSubscriptionId);
}

PoolKey poolKey(const RecommendationRequest& request, const std::string& azureSubscriptionId, const std::string& region,
                const std::string& group) {
    return {request.scope == RecommendationScope::single ? toLower(azureSubscriptionId) : "", toLower(region),
            toLower(group)};
}

// Usage left at pay-as-you-go in the hours the engine applied, from the ledger.
void addLedgerUsage(const World& world, const Customer& customer, const RecommendationRequest& request,
                    const Window& window, std::map<PoolKey, Pool>& pools) {
    const auto& state = world.reservationEngine;
    const Ledger& ledger = state.ledger;
    const HourIndex from = std::max(window.from, state.firstHour.value_or(window.to));
    for (std::uint32_t vm = 0; vm < ledger.vms().size(); ++vm) {
        const VmHistory& history = ledger.vms()[vm];
        if (!equalsIgnoreCase(history.customerId, customer.id)) continue;
        const Subscription* subscription = customer.findByAzureSubscriptionId(history.azureSubscriptionId);
        if (!subscription || !wanted(request, *subscription)) continue;
        ledger.forEachRun(vm, [&](const VmRun& run) {
            const VmVersion& version = history.versions[run.version];
            if (version.spot || version.group.empty() || run.end <= from || run.first >= window.to) return;
            double covered = 0;
            for (const Share& share : ledger.sharesOf(run)) covered += share.units;
            auto& leftover =
                pools[poolKey(request, history.azureSubscriptionId, version.region, version.group)].leftover;
            leftover.resize(std::size_t(window.to - window.from), 0.0);
            for (HourIndex hour = std::max(run.first, from); hour < std::min(run.end, window.to); ++hour)
                leftover[std::size_t(hour - window.from)] += std::max(0.0, run.usage - covered);
        });
    }
}

// The window's hours before the simulation started: today's VMs on their schedules, nothing reserved.
void addReplayedUsage(World& world, const Customer& customer, const RecommendationRequest& request,
                      const Window& window, std::map<PoolKey, Pool>& pools) {
    const HourIndex to = std::min(window.to, world.reservationEngine.firstHour.value_or(window.to));
    if (to <= window.from) return;
    const SizeCatalog& sizes = sizeCatalog(world);
    for (const auto& subscription : customer.subscriptions) {
        if (!wanted(request, subscription)) continue;
        for (const auto& vm : subscription.vms) {
            auto profile = sizes.find(vm.size, vm.region);
            if (vm.spot || !profile) continue;
            auto& leftover =
                pools[poolKey(request, subscription.azureSubscriptionId, vm.region, profile->group)].leftover;
            leftover.resize(std::size_t(window.to - window.from), 0.0);
            for (HourIndex hour = window.from; hour < to; ++hour)
                leftover[std::size_t(hour - window.from)] +=
                    profile->ratio * vm.count * runningFraction(vm.hours, hour);
        }
    }
}

// Σ_h min(u_h, threshold) for every threshold, in O(log H) each, from the sorted usage.
class CoverableUsage {
public:
    explicit CoverableUsage(std::vector<double> usage) : sorted_(std::move(usage)) {
        std::sort(sorted_.begin(), sorted_.end());
        prefix_.resize(sorted_.size() + 1, 0.0);
        for (std::size_t i = 0; i < sorted_.size(); ++i) prefix_[i + 1] = prefix_[i] + sorted_[i];
    }
    double upTo(double threshold) const {
        const auto below = std::size_t(std::lower_bound(sorted_.begin(), sorted_.end(), threshold) - sorted_.begin());
        return prefix_[below] + threshold * double(sorted_.size() - below);
    }
    double total() const { return prefix_.back(); }
    double peak() const { return sorted_.empty() ? 0 : sorted_.back(); }

private:
    std::vector<double> sorted_;
    std::vector<double> prefix_;
};

std::optional<Recommendation> recommendFor(const Catalog& catalog, const RecommendationRequest& request,
                                           const PoolKey& key, const Pool& pool, const Window& window) {
    const auto& [subscription, region, group] = key;
    const Sku* sku = smallestSoldSize(catalog, region, group, request.term);
    if (!sku) return std::nullopt;  // nothing a buyer could purchase for this usage
    auto onDemand = payAsYouGoHourly(*sku);
    if (!onDemand) return std::nullopt;
    const double ratio = sku->isfRatio;
    const double unitPrice = *onDemand / ratio;  // pay-as-you-go per unit-hour
    const double reservedHourly =
        availabilityFor(*sku, request.term)->price / (termYears(request.term) * kHoursPerYear);
    const double hours = double(window.to - window.from);

    const CoverableUsage usage(pool.leftover);
    const auto maxQuantity = std::int64_t(std::ceil(usage.peak() / ratio - kUnitEpsilon));
    std::int64_t bestQuantity = 0;
    double bestSavings = 0;
    for (std::int64_t quantity = 1; quantity <= maxQuantity; ++quantity) {
        const double savings =
            unitPrice * usage.upTo(double(quantity) * ratio) - reservedHourly * double(quantity) * hours;
        if (savings > bestSavings + kUnitEpsilon) {
            bestSavings = savings;
            bestQuantity = quantity;
        }
    }
    if (bestQuantity == 0) return std::nullopt;  // too intermittent: no quantity saves anything

    const Sku* smallest = smallestSizeOfGroup(catalog, group);
    const double minRatio = smallest ? smallest->isfRatio : ratio;
    Recommendation r;
    r.scope = request.scope;
    r.azureSubscriptionId = subscription;
    r.region = sku->armRegionName;
    r.armSkuName = sku->armSkuName;
    r.instanceFlexibilityGroup = sku->isfGroup;
    r.normalizedSize = smallest ? smallest->armSkuName : sku->armSkuName;
    r.instanceFlexibilityRatio = ratio / minRatio;
    r.cores = sku->cores;
    r.ramGb = sku->ram;
    r.term = request.term;
    r.lookBackDays = request.lookBackDays;
    r.recommendedQuantity = bestQuantity;
    r.recommendedQuantityNormalized = double(bestQuantity) * ratio / minRatio;
    r.costWithNoReservedInstances = unitPrice * usage.total();
    r.totalCostWithReservedInstances = r.costWithNoReservedInstances - bestSavings;
    r.netSavings = bestSavings;
    const auto first =
        std::find_if(pool.leftover.begin(), pool.leftover.end(), [](double u) { return u > kUnitEpsilon; });
    r.firstUsageHour = window.from + HourIndex(first - pool.leftover.begin());
    r.payAsYouGoHourly = *onDemand;
    r.payAsYouGoDefaulted = !sku->payAsYouGoHourly.has_value();
    return r;
}

}  // namespace

std::optional<double> payAsYouGoHourly(const Sku& sku) {
    if (sku.payAsYouGoHourly) return *sku.payAsYouGoHourly;
    for (const char* term : {"P1Y", "P3Y", "P5Y"})
        for (const auto& availability : sku.availabilities)
            if (availability.term == term)
                return availability.price / (*reservedShareOfOnDemand(term) * termYears(term) * kHoursPerYear);
    return std::nullopt;
}

ArmResult<std::vector<Recommendation>> recommendReservations(World& world, const RecommendationRequest& request) {
    const CustomerState* state = world.findCustomer(request.customerId);
    if (!state) return armNotFound(arm_error::notFound, "Customer '" + request.customerId + "' was not found.");
    const Customer& customer = state->customer;
    const HourIndex now =
        world.reservationEngine.firstHour ? world.reservationEngine.processedUntil : hourContaining(world.now());
    const Window window{now - HourIndex(request.lookBackDays) * kHoursPerDay, now};

    std::map<PoolKey, Pool> pools;
    addLedgerUsage(world, customer, request, window, pools);
    addReplayedUsage(world, customer, request, window, pools);
    std::vector<Recommendation> recommendations;
    for (const auto& [key, pool] : pools)
        if (auto recommendation = recommendFor(world.catalog(), request, key, pool, window))
            recommendations.push_back(std::move(*recommendation));
    return recommendations;
}

}  // namespace pcsim::sim::engine
