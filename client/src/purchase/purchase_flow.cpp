#include "partnercenter/purchase_flow.hpp"

#include "steps.hpp"

#include <thread>

namespace partnercenter {

std::string_view describe(PurchaseStep step) noexcept {
    switch (step) {
        case PurchaseStep::pick_customer: return "pick the customer";
        case PurchaseStep::find_subscription: return "find an active Azure subscription";
        case PurchaseStep::ensure_registration: return "register the subscription for reserved instances";
        case PurchaseStep::search_catalog: return "search the catalog";
        case PurchaseStep::check_inventory: return "check inventory";
        case PurchaseStep::build_cart: return "build the cart";
        case PurchaseStep::review: return "review the purchase";
        case PurchaseStep::checkout: return "check out";
        case PurchaseStep::wait_for_order: return "wait for the order to complete";
        case PurchaseStep::collect_reservations: return "collect the reservations";
    }
    return "purchase";
}

std::string_view to_string(ReservationScope scope) noexcept {
    return scope == ReservationScope::single ? "single" : "shared";
}

namespace {

// Runs one step: announces it, and names it in any error it throws.
template <class F>
auto runStep(const PurchaseFlow::Progress& progress, PurchaseStep step, F&& body) {
    if (progress) progress(step, describe(step));
    try {
        return body([&](std::string_view message) {
            if (progress) progress(step, message);
        });
    } catch (const PartnerCenterError& e) {
        throw e.atStep(std::string(describe(step)));
    }
}

}  // namespace

PurchaseFlow::PurchaseFlow(PartnerClient partner, PurchaseOptions options, Progress progress)
    : partner_(std::move(partner)), options_(std::move(options)), progress_(std::move(progress)) {
    if (!options_.sleeper) options_.sleeper = partner_.options().retry.sleeper;
    if (!options_.sleeper) options_.sleeper = [](std::chrono::milliseconds d) { std::this_thread::sleep_for(d); };
}

PurchaseReview PurchaseFlow::prepare(const PurchasePlan& plan) {
    // The whole purchase is one logical operation: one MS-CorrelationId for all of its calls.
    const PartnerClient partner = partner_.withCorrelationId(newGuid());
    using Report = std::function<void(std::string_view)>;

    auto customer = runStep(progress_, PurchaseStep::pick_customer,
                            [&](const Report&) { return purchase::pickCustomer(partner, plan.customerId); });
    auto subscription = runStep(progress_, PurchaseStep::find_subscription, [&](const Report& report) {
        auto chosen = purchase::chooseSubscription(partner, customer, plan.subscriptionId);
        report("using subscription " + chosen.friendlyName.value_or("") + " (" + chosen.id + ")");
        return chosen;
    });
    runStep(progress_, PurchaseStep::ensure_registration, [&](const Report& report) {
        purchase::ensureRegistration(partner, customer.id, subscription.id, options_, report);
        return 0;
    });
    auto offers = runStep(progress_, PurchaseStep::search_catalog, [&](const Report& report) {
        if (plan.lines.empty()) throw purchase::stepFailure("the plan has no lines to buy");
        std::vector<ReservationOffer> found;
        for (const auto& line : plan.lines) {
            found.push_back(purchase::findOffer(partner, plan, line, purchase::isAzurePlan(subscription)));
            report("found " + found.back().catalogItemId());
        }
        return found;
    });
    runStep(progress_, PurchaseStep::check_inventory, [&](const Report&) {
        for (const auto& offer : offers) purchase::checkInventory(partner, plan, subscription, offer);
        return 0;
    });
    auto cart = runStep(progress_, PurchaseStep::build_cart, [&](const Report& report) {
        auto created = purchase::buildCart(partner, customer.id, subscription, offers, plan.lines);
        report("cart " + created.id.value_or("") + " created");
        return created;
    });
    auto review = runStep(progress_, PurchaseStep::review, [&](const Report&) {
        return purchase::reviewOf(customer, subscription, cart, offers, plan.lines);
    });
    review.correlationId = partner.correlationId();
    return review;
}

PurchaseResult PurchaseFlow::complete(const PurchaseReview& review) {
    const PartnerClient partner =
        partner_.withCorrelationId(review.correlationId.empty() ? newGuid() : review.correlationId);
    using Report = std::function<void(std::string_view)>;
    const std::string& customerId = review.customer.id;

    auto placed = runStep(progress_, PurchaseStep::checkout, [&](const Report& report) {
        auto orders = purchase::checkout(partner, review);
        for (const auto& o : orders) report("order " + o.id.value_or("") + " placed");
        return orders;
    });
    PurchaseResult result;
    result.orders = runStep(progress_, PurchaseStep::wait_for_order, [&](const Report& report) {
        return purchase::waitForOrders(partner, customerId, placed, options_, report);
    });
    result.orderId = result.orders.front().id.value_or("");
    result.status = result.orders.front().status.value_or("");
    runStep(progress_, PurchaseStep::collect_reservations, [&](const Report&) {
        purchase::collectReservations(partner, customerId, options_, result);
        return 0;
    });
    return result;
}

PurchaseResult PurchaseFlow::buy(const PurchasePlan& plan) { return complete(prepare(plan)); }

void PurchaseFlow::ensureRegistered(const std::string& customerId, const std::string& subscriptionId) {
    const PartnerClient partner = partner_.withCorrelationId(newGuid());
    runStep(progress_, PurchaseStep::ensure_registration, [&](const std::function<void(std::string_view)>& report) {
        purchase::ensureRegistration(partner, customerId, subscriptionId, options_, report);
        return 0;
    });
}

}  // namespace partnercenter
