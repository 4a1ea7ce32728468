#pragma once
// The not-found errors every operation shares: a customer, subscription, cart or order looked up by
// id, as a Result the caller can return unchanged. Each works on a const or a mutable owner and
// hands back a pointer of the same constness.
#include <string>
#include <string_view>
#include <type_traits>

#include "partnercenter/text.hpp"
#include "sim/result.hpp"
#include "sim/world.hpp"

namespace pcsim::sim {

using partnercenter::text::toLower;

ApiError tenantNotFound(std::string_view customerId);            // 404 60003
ApiError subscriptionNotFound(std::string_view subscriptionId);  // 404 20003
ApiError cartNotFound(std::string_view cartId);                  // 404 800008
ApiError orderNotFound(std::string_view orderId);                // 404 20000

template <class W>
auto customerOr404(W& world, std::string_view customerId) -> Result<decltype(world.findCustomer(customerId))> {
    if (auto* customer = world.findCustomer(customerId)) return customer;
    return tenantNotFound(customerId);
}

template <class C>
auto subscriptionOr404(C& customer, std::string_view subscriptionId)
    -> Result<decltype(customer.findSubscription(subscriptionId))> {
    if (auto* subscription = customer.findSubscription(subscriptionId)) return subscription;
    return subscriptionNotFound(subscriptionId);
}

// An expired cart (now >= expirationTimestamp) answers exactly like an unknown one (DECISIONS.md).
template <class S>
auto liveCartOr404(S& customer, std::string_view cartId, Timestamp now)
    -> Result<decltype(&customer.carts.begin()->second)> {
    auto it = customer.carts.find(toLower(cartId));
    if (it == customer.carts.end() || it->second.expiredAt(now)) return cartNotFound(cartId);
    return &it->second;
}

// Order ids are case-sensitive URL-safe tokens, so no case folding here.
template <class S>
auto orderOr404(S& customer, std::string_view orderId) -> Result<decltype(&customer.orders.begin()->second)> {
    auto it = customer.orders.find(std::string(orderId));
    if (it == customer.orders.end()) return orderNotFound(orderId);
    return &it->second;
}

}  // namespace pcsim::sim
