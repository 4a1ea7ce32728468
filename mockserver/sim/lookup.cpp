#include "sim/lookup.hpp"

#include "sim/carts.hpp"
#include "sim/customers_ops.hpp"
#include "sim/orders.hpp"

namespace pcsim::sim {

ApiError tenantNotFound(std::string_view customerId) {
    return notFound(customer_error::tenantNotFound, "Tenant with id " + std::string(customerId) + " was not found.");
}

ApiError subscriptionNotFound(std::string_view subscriptionId) {
    return notFound(customer_error::subscriptionNotFound,
                    "Subscription with id " + std::string(subscriptionId) + " was not found.");
}

ApiError cartNotFound(std::string_view cartId) {
    return notFound(cart_request_error::cartNotFound, "Unable to retrieve cart " + std::string(cartId) + ".");
}

ApiError orderNotFound(std::string_view orderId) {
    return notFound(order_error::orderNotFound, "Order with id " + std::string(orderId) + " was not found.");
}

}  // namespace pcsim::sim
