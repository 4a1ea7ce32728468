#include "partnercenter/resources/orders.hpp"

#include "calls.hpp"

namespace partnercenter {

namespace {
detail::Query priceQuery(bool includePrice) {
    return includePrice ? detail::Query{{"include_price", "true"}} : detail::Query{};
}
}  // namespace

models::Order OrderOperations::get() const {
    return detail::getResource<models::Order>(context_, path_, priceQuery(includePrice_));
}

models::Collection<models::OrderLineItemProvisioningStatus> OrderOperations::provisioningStatus() const {
    return detail::getResource<models::Collection<models::OrderLineItemProvisioningStatus>>(
        context_, path_ + "/provisioningstatus");
}

models::Order OrderOperations::cancel() const {
    models::Order patch;
    patch.id = path_.substr(path_.rfind('/') + 1);
    patch.status = "cancelled";
    return detail::sendResource<models::Order>(context_, "PATCH", path_, patch);
}

models::Collection<models::Order> OrderCollection::get() const {
    return detail::getResource<models::Collection<models::Order>>(context_, path_, priceQuery(includePrice_));
}

models::Collection<models::Order> OrderCollection::byBillingCycle(models::BillingCycle billingCycle) const {
    detail::Query query{{"billingType", std::string(models::to_string(billingCycle))}};
    for (auto& parameter : priceQuery(includePrice_)) query.push_back(parameter);
    return detail::getResource<models::Collection<models::Order>>(context_, path_, query);
}

OrderOperations OrderCollection::byId(const std::string& orderId) const {
    return {context_, path_ + "/" + detail::segment(orderId), includePrice_};
}

OrderCollection OrderCollection::withPrices() const { return {context_, path_, true}; }

}  // namespace partnercenter
