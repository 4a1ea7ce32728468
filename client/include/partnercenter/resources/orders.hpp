// Orders of a customer: list, read, provisioning status, cancel (integration sandbox). Contract §15.
#pragma once

#include "partnercenter/models/order.hpp"
#include "partnercenter/resources/context.hpp"

#include <string>
#include <utility>

namespace partnercenter {

class OrderOperations {
public:
    OrderOperations(detail::Context context, std::string path, bool includePrice)
        : context_(std::move(context)), path_(std::move(path)), includePrice_(includePrice) {}

    [[nodiscard]] models::Order get() const;
    /// App+User credentials only (an App token gets 403, code 2032).
    [[nodiscard]] models::Collection<models::OrderLineItemProvisioningStatus> provisioningStatus() const;
    /// PATCH {id, status: cancelled}. Reservation orders: integration sandbox only, within 60 days.
    models::Order cancel() const;

private:
    detail::Context context_;
    std::string path_;
    bool includePrice_;
};

class OrderCollection {
public:
    OrderCollection(detail::Context context, std::string path, bool includePrice = false)
        : context_(std::move(context)), path_(std::move(path)), includePrice_(includePrice) {}

    [[nodiscard]] models::Collection<models::Order> get() const;
    /// GET ?billingType=... ("one_time" lists reservation orders).
    [[nodiscard]] models::Collection<models::Order> byBillingCycle(models::BillingCycle billingCycle) const;
    [[nodiscard]] OrderOperations byId(const std::string& orderId) const;
    /// A copy whose reads carry include_price=true (order and line prices, totalPrice).
    [[nodiscard]] OrderCollection withPrices() const;

private:
    detail::Context context_;
    std::string path_;
    bool includePrice_;
};

}  // namespace partnercenter
