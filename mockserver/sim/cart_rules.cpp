#include "sim/cart_rules.hpp"

#include "partnercenter/text.hpp"
#include "sim/catalog_rules.hpp"
#include "sim/inventory.hpp"
#include "sim/purchase_terms.hpp"

namespace pcsim::sim {

using partnercenter::text::equalsIgnoreCase;
namespace {

// The only RI the integration sandbox sells, and how many of them a customer may hold
// (contract §17, DECISIONS.md).
constexpr std::string_view sandboxArmSkuName = "Standard_B1s";
constexpr std::string_view sandboxTerm = "P1Y";
constexpr std::int64_t sandboxMaxReservedInstances = 2;

LineError invalidInput(std::string description) { return {cart_error::invalidInput, std::move(description)}; }

std::variant<CatalogItem, LineError> resolveCatalogItem(const Catalog& catalog, const std::string& catalogItemId) {
    auto item = catalog.findCatalogItem(catalogItemId);
    if (!item)
        return LineError{cart_error::catalogItemIdIsNotValid,
                         "Catalog item " + catalogItemId + " is not a valid catalog item id."};
    if (!item->availability->isPurchasable)
        return LineError{cart_error::catalogItemIdIsNotValid,
                         "Catalog item " + catalogItemId + " is not available for purchase."};
    return *item;
}

// termDuration and provisioningContext `duration` name the same term in two spellings: either one
// is enough, both must agree, and the result must be the availability's term.
std::variant<std::string, LineError> resolveTerm(const CartLine& line, const Availability& availability) {
    std::optional<std::string> fromTermDuration, fromDuration;
    if (line.termDuration && !line.termDuration->empty()) {
        fromTermDuration = normaliseTerm(*line.termDuration);
        if (!fromTermDuration) return invalidInput("termDuration " + *line.termDuration + " is not a valid term.");
    }
    if (auto duration = contextValue(line.provisioningContext, "duration"); duration && !duration->empty()) {
        fromDuration = normaliseTerm(*duration);
        if (!fromDuration) return invalidInput("provisioningContext duration " + *duration + " is not a valid term.");
    }
    if (!fromTermDuration && !fromDuration)
        return invalidInput("The line has no term: give termDuration or provisioningContext duration.");
    if (fromTermDuration && fromDuration && *fromTermDuration != *fromDuration)
        return invalidInput("termDuration " + *line.termDuration + " and provisioningContext duration " +
                            *contextValue(line.provisioningContext, "duration") + " disagree.");
    const std::string term = fromTermDuration ? *fromTermDuration : *fromDuration;
    if (term != availability.term)
        return invalidInput("Term " + term + " is not offered by catalog item " + line.catalogItemId +
                            " (its term is " + availability.term + ").");
    return term;
}

// The subscription a line bills to: its Partner Center id, or (leniently) its Azure subscription id.
const Subscription* purchaseSubscription(const Customer& customer, std::string_view subscriptionId) {
    if (const Subscription* s = customer.findSubscription(subscriptionId)) return s;
    return customer.findByAzureSubscriptionId(subscriptionId);
}

std::optional<LineError> subscriptionProblem(const Subscription* subscription, const std::string& subscriptionId) {
    if (!subscription)
        return LineError{cart_error::subscriptionIsNotValid,
                         "Subscription " + subscriptionId + " was not found for this customer."};
    if (subscription->status != SubscriptionStatus::active)
        return LineError{cart_error::subscriptionIsNotValid,
                         "Subscription " + subscriptionId + " is not active (" + toString(subscription->status) + ")."};
    if (!subscription->isAzure())
        return LineError{
            cart_error::subscriptionIsNotValid,
            "Subscription " + subscriptionId + " is not an Azure subscription (offer " + subscription->offerId + ")."};
    return std::nullopt;
}

// The catalog lists an availability only to the purchasers it serves (catalog_rules.hpp): one marked
// reservationScope AzurePlan is hidden from a query without reservationScope=AzurePlan, so a legacy
// MS-AZR-0145P subscription cannot buy it. The contract names no code for this; 10001 is the code
// for a catalog item the purchaser may not buy (README, Rules).
std::optional<LineError> visibilityProblem(const CatalogItem& item, const Subscription& subscription) {
    if (availabilityServes(*item.availability, subscription.isAzurePlan())) return std::nullopt;
    return LineError{cart_error::catalogItemIdIsNotValid,
                     "Catalog item " + std::string(item.product->id) + ":" + item.sku->id + ":" +
                         item.availability->id +
                         " is sold to Azure plan subscriptions only (reservationScope AzurePlan); subscription " +
                         subscription.id + " is " + subscription.offerId + "."};
}

// Reserved instances the customer already holds: every line of every order not cancelled.
std::int64_t reservedQuantityHeld(const CustomerState& customer, Timestamp now) {
    std::int64_t held = 0;
    for (const auto& [id, order] : customer.orders)
        if (order.statusAt(now) != OrderStatus::cancelled)
            for (const auto& line : order.lines) held += line.quantity;
    return held;
}

std::optional<LineError> sandboxProblem(const World& world, const CustomerState& customer, const CartLine& line,
                                        const ResolvedLine& resolved, std::int64_t pendingReservedQuantity) {
    const Sku& sku = *resolved.item.sku;
    if (!equalsIgnoreCase(sku.armSkuName, sandboxArmSkuName) || resolved.term != sandboxTerm)
        return LineError{cart_error::sandboxLimitExceeded,
                         "The integration sandbox sells only Standard_B1s reservations for P1Y, not " + sku.armSkuName +
                             " for " + resolved.term + "."};
    const std::int64_t total = reservedQuantityHeld(customer, world.now()) + pendingReservedQuantity + line.quantity;
    if (total > sandboxMaxReservedInstances)
        return LineError{
            cart_error::sandboxLimitExceeded,
            "The integration sandbox allows at most 2 reserved instances per customer; this line would make " +
                std::to_string(total) + "."};
    return std::nullopt;
}

}  // namespace

std::variant<ResolvedLine, LineError> resolveLine(const World& world, const Customer& customer, const CartLine& line) {
    ResolvedLine resolved;
    auto item = resolveCatalogItem(world.catalog(), line.catalogItemId);
    if (auto* error = std::get_if<LineError>(&item)) return *error;
    resolved.item = std::get<CatalogItem>(item);

    if (billingCycleName(line.billingCycle) != "one_time")
        return invalidInput("billingCycle " + line.billingCycle + " is not supported; reservations are one_time.");

    auto term = resolveTerm(line, *resolved.item.availability);
    if (auto* error = std::get_if<LineError>(&term)) return *error;
    resolved.term = std::get<std::string>(term);

    auto scopeText = contextValue(line.provisioningContext, "scope");
    auto scope = scopeText ? parseScope(*scopeText) : std::nullopt;
    if (!scope)
        return invalidInput(scopeText ? "provisioningContext scope " + *scopeText + " is not shared or single."
                                      : "provisioningContext scope is required (shared or single).");
    resolved.scope = *scope;

    auto subscriptionId = contextValue(line.provisioningContext, "subscriptionId");
    if (!subscriptionId || subscriptionId->empty())
        return invalidInput("provisioningContext subscriptionId is required.");
    resolved.subscription = purchaseSubscription(customer, *subscriptionId);
    if (auto problem = subscriptionProblem(resolved.subscription, *subscriptionId)) return *problem;
    if (auto problem = visibilityProblem(resolved.item, *resolved.subscription)) return *problem;
    return resolved;
}

std::optional<LineError> validateLine(const World& world, const CustomerState& customer, const CartLine& line,
                                      std::int64_t pendingReservedQuantity) {
    auto read = resolveLine(world, customer.customer, line);
    if (auto* error = std::get_if<LineError>(&read)) return *error;
    const auto& resolved = std::get<ResolvedLine>(read);
    const Sku& sku = *resolved.item.sku;
    const Subscription& subscription = *resolved.subscription;

    if (sku.requiresRegistration() && subscription.registrationAt(world.now()) != RegistrationState::registered)
        return LineError{cart_error::subscriptionNotRegistered,
                         "Subscription " + subscription.id + " is not registered for reserved instance purchase."};
    if (sku.requiresInventoryCheck())
        if (auto restriction = inventoryRestrictionFor(customer.customer, sku))
            return LineError{cart_error::inventoryNotAvailable, "Inventory is not available for " + sku.armSkuName +
                                                                    " in " + sku.armRegionName + ": " +
                                                                    restriction->description};
    if (line.quantity < sku.minimumQuantity || line.quantity > sku.maximumQuantity)
        return invalidInput("Quantity " + std::to_string(line.quantity) + " is outside " +
                            std::to_string(sku.minimumQuantity) + ".." + std::to_string(sku.maximumQuantity) + " for " +
                            sku.armSkuName + ".");
    // Quota limits only single-scope purchases: a shared reservation is not tied to one subscription.
    if (resolved.scope == Scope::single)
        if (auto quota = subscription.vcpuQuota.find(sku.isfGroup); quota != subscription.vcpuQuota.end())
            if (line.quantity * sku.cores > quota->second)
                return LineError{cart_error::quotaNotAvailable,
                                 std::to_string(line.quantity * sku.cores) + " vCPUs of " + sku.isfGroup +
                                     " exceed the quota of " + std::to_string(quota->second) + " in subscription " +
                                     subscription.id + "."};
    if (world.partner().integrationSandbox)
        return sandboxProblem(world, customer, line, resolved, pendingReservedQuantity);
    return std::nullopt;
}

void validateLines(const World& world, const CustomerState& customer, std::vector<CartLine>& lines) {
    std::int64_t pendingReservedQuantity = 0;
    for (auto& line : lines) {
        line.error = validateLine(world, customer, line, pendingReservedQuantity);
        if (!line.error) pendingReservedQuantity += line.quantity;
    }
}

}  // namespace pcsim::sim
