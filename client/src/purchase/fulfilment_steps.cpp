#include "steps.hpp"

#include "partnercenter/models/reader.hpp"
#include "partnercenter/text.hpp"

namespace partnercenter::purchase {

using partnercenter::text::equalsIgnoreCase;

namespace {
constexpr int kPricingNotGranted = 800043;  // "Access to pricing information is not granted" (contract §5.2)
}  // namespace

std::vector<models::Order> checkout(const PartnerClient& partner, const PurchaseReview& review) {
    if (!review.cart.id) throw stepFailure("the reviewed cart has no id");
    auto result = partner.customers().byId(review.customer.id).carts().byId(*review.cart.id).checkout();
    std::string problems;
    for (const auto& e : result.orderErrors)
        problems += (problems.empty() ? "" : "; ") + std::string("order group ") + e.orderGroupId + ": code " +
                    std::to_string(e.code) + ": " + e.description;
    if (!problems.empty()) throw stepFailure("the service refused part of the order: " + problems);
    if (result.orders.empty()) throw stepFailure("the checkout created no order");
    return result.orders;
}

std::vector<models::Order> waitForOrders(const PartnerClient& partner, const std::string& customerId,
                                         const std::vector<models::Order>& orders, const PurchaseOptions& options,
                                         const std::function<void(std::string_view)>& report) {
    auto plainOrders = partner.customers().byId(customerId).orders();
    bool askForPrices = true;
    // Prices when the partner may see them; a partner without pricing access gets 403 800043 for
    // include_price, and the order is read without prices instead (it has been bought either way).
    auto read = [&](const std::string& id) {
        if (askForPrices) {
            try {
                return plainOrders.withPrices().byId(id).get();
            } catch (const PartnerCenterError& e) {
                if (e.httpStatus() != 403 || e.code() != kPricingNotGranted) throw;
                askForPrices = false;
            }
        }
        return plainOrders.byId(id).get();
    };
    std::vector<models::Order> finished;
    for (const auto& placed : orders) {
        const std::string id = placed.id.value_or("");
        models::Order current = placed;
        bool completed = poll(options.maxOrderPolls, options.pollInterval, options.sleeper, [&](int n) {
            current = read(id);
            const std::string status = current.status.value_or("unknown");
            if (equalsIgnoreCase(status, "cancelled")) throw stepFailure("order " + id + " was cancelled");
            report("order " + id + ": " + status + " (check " + std::to_string(n) + ")");
            return equalsIgnoreCase(status, "completed");
        });
        if (!completed)
            throw stepFailure("order " + id + " is still '" + current.status.value_or("unknown") + "' after " +
                              std::to_string(options.maxOrderPolls) + " checks; it was placed, follow it with its id");
        finished.push_back(std::move(current));
    }
    return finished;
}

void collectReservations(const PartnerClient& partner, const std::string& customerId, const PurchaseOptions& options,
                         PurchaseResult& result) {
    auto entitlements = partner.customers().byId(customerId).entitlements();
    auto ordered = [&](const models::Entitlement& e) {
        for (const auto& order : result.orders)
            if (e.referenceOrder && order.id && equalsIgnoreCase(e.referenceOrder->id, *order.id)) return true;
        return false;
    };
    try {
        bool found = poll(options.maxReservationPolls, options.pollInterval, options.sleeper, [&](int) {
            for (const auto& entitlement : entitlements.get("reservedInstance").items) {
                if (!ordered(entitlement)) continue;
                for (const auto& artifact : entitlement.entitledArtifacts) {
                    if (!artifact.link) continue;
                    for (auto& r : entitlements.artifactDetails(artifact).reservations)
                        result.reservations.push_back(std::move(r));
                }
            }
            return !result.reservations.empty();
        });
        if (!found) result.reservationsNote = "the order is complete, but its reservations are not visible yet";
    } catch (const PartnerCenterError& e) {
        // Reading reservations needs App+User credentials; the purchase itself has succeeded.
        if (e.httpStatus() != 403) throw;
        result.reservationsNote = "reservations can be read with App+User credentials only (" + e.description() + ")";
    }
}

}  // namespace partnercenter::purchase
