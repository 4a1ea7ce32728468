#include "steps.hpp"

#include "partnercenter/catalog_spelling.hpp"
#include "partnercenter/models/reader.hpp"
#include "partnercenter/text.hpp"

namespace partnercenter::purchase {

namespace {

std::string describeLine(const ReservationLine& line) { return line.size + " in " + line.region + " for " + line.term; }

std::string scopeMeaning(ReservationScope scope, const models::Customer& customer,
                         const models::Subscription& subscription) {
    if (scope == ReservationScope::single)
        return "Single: the discount applies only to matching VMs in subscription " +
               subscription.friendlyName.value_or(subscription.id) + " (" + subscription.id + ").";
    const auto& profile = customer.companyProfile;
    return "Shared: the discount applies to matching VMs in every subscription of " +
           (profile && profile->companyName ? *profile->companyName : customer.id) + " (its billing context).";
}

}  // namespace

ReservationOffer findOffer(const PartnerClient& partner, const PurchasePlan& plan, const ReservationLine& line,
                           bool azurePlan) {
    ReservationQuery query;
    query.country = plan.country;
    if (!plan.country) query.customerId = plan.customerId;
    query.term = line.term;
    query.region = line.region;
    query.series = line.series;
    query.size = line.size;
    if (azurePlan) query.reservationScope = "AzurePlan";
    auto offers = searchReservations(partner, query);
    const std::string market = plan.country ? "the " + *plan.country + " catalog" : "the customer's catalog";
    if (offers.empty()) throw stepFailure("no reservation for " + describeLine(line) + " in " + market);
    if (offers.size() > 1) {
        std::string ids;
        for (const auto& o : offers) ids += (ids.empty() ? "" : ", ") + o.catalogItemId();
        throw stepFailure(std::to_string(offers.size()) + " catalog items match " + describeLine(line) +
                          "; name the series to choose one: " + ids);
    }
    return offers.front();
}

void checkInventory(const PartnerClient& partner, const PurchasePlan& plan, const models::Subscription& subscription,
                    const ReservationOffer& offer) {
    if (!offer.requiresInventoryCheck()) return;
    models::InventoryCheckRequest request;
    request.targetItems.push_back({offer.product.id, offer.sku.id});
    request.inventoryContext = {{"customerId", plan.customerId},
                                {"azureSubscriptionId", subscription.entitlementId.value_or(subscription.id)},
                                {"armRegionName", offer.armRegionName()}};
    const std::string country = offer.availability.country.value_or(plan.country.value_or("US"));
    for (const auto& item : partner.inventory(country).check(request)) {
        if (!item.isRestricted || item.productId != offer.product.id ||
            item.skuId.value_or(offer.sku.id) != offer.sku.id)
            continue;
        std::string reasons;
        for (const auto& r : item.restrictions.value_or(std::vector<models::InventoryRestriction>{}))
            reasons += (reasons.empty() ? "" : "; ") + r.reasonCode + (r.description ? ": " + *r.description : "");
        throw stepFailure(offer.armSkuName() + " in " + offer.armRegionName() + " is not available to subscription " +
                          subscription.id + (reasons.empty() ? "" : " (" + reasons + ")"));
    }
}

models::Cart buildCart(const PartnerClient& partner, const std::string& customerId,
                       const models::Subscription& subscription, const std::vector<ReservationOffer>& offers,
                       const std::vector<ReservationLine>& lines) {
    models::Cart cart;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        models::CartLineItem item;
        item.id = static_cast<int>(i);
        item.catalogItemId = offers[i].catalogItemId();
        item.quantity = lines[i].quantity;
        item.billingCycle = models::BillingCycle::one_time;
        item.termDuration = offers[i].term();
        // Both spellings of the term, as the documented examples send them.
        item.provisioningContext =
            std::map<std::string, std::string>{{"subscriptionId", subscription.id},
                                               {"scope", std::string(to_string(lines[i].scope))},
                                               {"duration", catalog::durationSpelling(offers[i].term())}};
        cart.lineItems.push_back(std::move(item));
    }
    auto created = partner.customers().byId(customerId).carts().create(cart);
    std::string problems;
    for (const auto& item : created.lineItems)
        if (item.error)
            problems += (problems.empty() ? "" : "; ") + std::string("line ") + std::to_string(item.id.value_or(0)) +
                        " (" + item.catalogItemId + "): error " + std::to_string(item.error->errorCode) + ": " +
                        item.error->errorDescription;
    if (!problems.empty()) throw stepFailure("the service rejected the cart: " + problems);
    return created;
}

PurchaseReview reviewOf(const models::Customer& customer, const models::Subscription& subscription,
                        const models::Cart& cart, const std::vector<ReservationOffer>& offers,
                        const std::vector<ReservationLine>& lines) {
    PurchaseReview review;
    review.customer = customer;
    review.subscription = subscription;
    review.cart = cart;
    double total = 0;
    bool allPriced = true;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        ReviewLine line;
        line.offer = offers[i];
        line.quantity = lines[i].quantity;
        line.scope = lines[i].scope;
        line.scopeMeaning = scopeMeaning(lines[i].scope, customer, subscription);
        line.unitPrice = offers[i].unitPrice();
        if (line.unitPrice) {
            line.lineTotal = *line.unitPrice * line.quantity;
            total += *line.lineTotal;
        } else {
            allPriced = false;
        }
        if (review.currencyCode.empty()) review.currencyCode = offers[i].currencyCode();
        review.lines.push_back(std::move(line));
    }
    if (allPriced && !review.lines.empty()) review.total = total;
    return review;
}

}  // namespace partnercenter::purchase
