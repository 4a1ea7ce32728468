// Customers, and everything that hangs off one: partner.customers().byId(id).carts().create(cart).
// Contract §8.
#pragma once

#include "partnercenter/models/customer.hpp"
#include "partnercenter/paged_range.hpp"
#include "partnercenter/resources/carts.hpp"
#include "partnercenter/resources/catalog.hpp"
#include "partnercenter/resources/context.hpp"
#include "partnercenter/resources/entitlements.hpp"
#include "partnercenter/resources/orders.hpp"
#include "partnercenter/resources/subscriptions.hpp"

#include <string>
#include <utility>

namespace partnercenter {

class CustomerOperations {
public:
    CustomerOperations(detail::Context context, std::string customerId);

    [[nodiscard]] const std::string& id() const noexcept { return customerId_; }
    [[nodiscard]] models::Customer get() const;
    [[nodiscard]] SubscriptionCollection subscriptions() const;
    [[nodiscard]] CartCollection carts() const;
    [[nodiscard]] OrderCollection orders() const;
    [[nodiscard]] EntitlementCollection entitlements() const;
    /// The catalog as this customer may buy from it (the customer's market; no country needed).
    [[nodiscard]] ProductCollection products() const;

private:
    detail::Context context_;
    std::string customerId_;
    std::string path_;
};

class CustomerCollection {
public:
    explicit CustomerCollection(detail::Context context) : context_(std::move(context)) {}

    /// Every customer, page by page as the range is walked. pageSize 0: the service's default.
    /// One MS-CorrelationId covers all pages of one walk.
    [[nodiscard]] PagedRange<models::Customer> list(int pageSize = 0) const;
    [[nodiscard]] CustomerOperations byId(const std::string& customerId) const;

private:
    detail::Context context_;
};

}  // namespace partnercenter
