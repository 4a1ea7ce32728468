#include "http/render.hpp"

namespace pcsim::http {

namespace {
models::BillingCycle billingCycleOf(const std::string& text) {
    return models::billing_cycle_from_string(text).value_or(models::BillingCycle::unknown);
}

std::string cartUri(const sim::Cart& cart) { return "/customers/" + cart.customerId + "/carts/" + cart.id; }
std::string orderUri(const sim::Order& order) { return "/customers/" + order.customerId + "/orders/" + order.id; }
}  // namespace

models::Cart renderCart(const sim::Cart& cart) {
    models::Cart out;
    out.id = cart.id;
    out.creationTimestamp = sim::formatTimestamp(cart.creationTimestamp);
    out.lastModifiedTimestamp = sim::formatTimestamp(cart.lastModifiedTimestamp);
    out.expirationTimestamp = sim::formatTimestamp(cart.expirationTimestamp);
    out.lastModifiedUser = cart.lastModifiedUser;
    out.status = cart.status == sim::CartStatus::ordered ? "Ordered" : "Active";
    for (const auto& line : cart.lines) {
        models::CartLineItem item;
        item.id = line.id;
        item.catalogItemId = line.catalogItemId;
        if (!line.friendlyName.empty()) item.friendlyName = line.friendlyName;
        item.quantity = static_cast<int>(line.quantity);
        item.currencyCode = line.currencyCode;
        item.billingCycle = billingCycleOf(line.billingCycle);
        item.termDuration = line.termDuration;
        if (!line.participants.empty()) {
            std::vector<models::Participant> participants;
            for (const auto& p : line.participants) participants.push_back({p.key, p.value});
            item.participants = std::move(participants);
        }
        item.provisioningContext = line.provisioningContext;
        item.orderGroup = line.orderGroup;
        if (line.error) item.error = models::CartError{line.error->errorCode, line.error->errorDescription, {}};
        out.lineItems.push_back(std::move(item));
    }
    out.links = models::SelfLinks{link(cartUri(cart))};
    out.attributes = attributes("Cart");
    return out;
}

models::Order renderOrder(const sim::Order& order, sim::OrderStatus status, const std::string& country,
                          bool includePrice) {
    models::Order out;
    out.id = order.id;
    out.alternateId = order.alternateId;
    out.referenceCustomerId = order.customerId;
    out.billingCycle = billingCycleOf(order.billingCycle);
    out.currencyCode = order.currencyCode;
    out.currencySymbol = order.currencySymbol;
    for (const auto& line : order.lines) {
        models::OrderLineItem item;
        item.lineItemNumber = line.lineItemNumber;
        item.offerId = line.offerId;
        item.termDuration = line.termDuration;
        item.transactionType = "New";
        if (!line.friendlyName.empty()) item.friendlyName = line.friendlyName;
        item.quantity = static_cast<int>(line.quantity);
        double extended = double(line.quantity) * line.unitPrice;
        if (includePrice)
            item.pricing = models::Pricing{line.unitPrice, line.unitPrice, extended, line.unitPrice, extended};
        item.provisioningContext = line.provisioningContext;
        const std::string product = "/products/" + line.productId;
        models::OrderLineItemLinks links;
        links.product = link(product + "?country=" + country);
        links.sku = link(product + "/skus/" + line.skuId + "?country=" + country);
        links.availability =
            link(product + "/skus/" + line.skuId + "/availabilities/" + line.availabilityId + "?country=" + country);
        item.links = links;
        out.lineItems.push_back(std::move(item));
    }
    out.creationDate = sim::formatTimestamp(order.creationDate);
    out.status = sim::toString(status);
    out.transactionType = order.transactionType;
    if (includePrice) out.totalPrice = order.totalPrice();
    models::OrderLinks links;
    links.self = link(orderUri(order));
    links.provisioningStatus = link(orderUri(order) + "/provisioningstatus");
    links.patchOperation = link(orderUri(order), "PATCH");
    out.links = links;
    out.attributes = attributes("Order");
    return out;
}

models::CartCheckoutResult renderCheckout(const sim::CheckoutResult& result, const std::string& country) {
    models::CartCheckoutResult out;
    // RI orders come back `pending` from checkout (contract §14); GET the order for its progress.
    for (const auto& order : result.orders)
        out.orders.push_back(renderOrder(
            order, order.cancelledAt ? sim::OrderStatus::cancelled : sim::OrderStatus::pending, country, false));
    for (const auto& e : result.orderErrors) out.orderErrors.push_back({e.orderGroupId, e.code, e.description});
    return out;
}

models::OrderLineItemProvisioningStatus renderProvisioningStatus(const sim::LineProvisioningStatus& status) {
    models::OrderLineItemProvisioningStatus out;
    out.lineItemNumber = status.lineItemNumber;
    out.status = status.status;
    out.quantityProvisioningInformation.push_back({static_cast<int>(status.quantity), status.status});
    return out;
}

}  // namespace pcsim::http
