#pragma once
// Simulation values → wire models. Links are relative and without `/v1`, as the service writes them.
#include <string>
#include <vector>

#include "partnercenter/models/models.hpp"
#include "sim/catalog.hpp"
#include "sim/checkout.hpp"
#include "sim/entitlements.hpp"
#include "sim/inventory.hpp"
#include "sim/orders.hpp"
#include "sim/world.hpp"

namespace pcsim::http {

namespace models = partnercenter::models;

models::Link link(std::string uri, std::string method = "GET");
models::ResourceAttributes attributes(std::string objectType);

template <class T>
models::Collection<T> collection(std::vector<T> items, std::string selfUri) {
    return models::Collection<T>::of(std::move(items), models::CollectionLinks{link(std::move(selfUri)), {}, {}});
}

// Customers and subscriptions (render_customers.cpp)
models::Customer renderCustomer(const sim::Customer& customer, bool detailed);
models::Subscription renderSubscription(const sim::Customer& customer, const sim::Subscription& subscription);
models::SubscriptionRegistrationStatus renderRegistrationStatus(const std::string& subscriptionId,
                                                                sim::RegistrationState state);

// Catalog (render_catalog.cpp). `country` goes into the links, as the service's links carry it.
models::Product renderProduct(const sim::Product& product, const std::string& country);
models::Sku renderSku(const sim::Product& product, const sim::Sku& sku, const std::string& country);
models::Availability renderAvailability(const sim::Catalog& catalog, const sim::Product& product, const sim::Sku& sku,
                                        const sim::Availability& availability, bool embedProductAndSku,
                                        bool includePrice);
models::InventoryItem renderInventoryItem(const sim::InventoryResult& result);

// Carts and orders (render_commerce.cpp)
models::Cart renderCart(const sim::Cart& cart);
// Prices (line `pricing`, order `totalPrice`) only with include_price=true, as the service does.
models::Order renderOrder(const sim::Order& order, sim::OrderStatus status, const std::string& country,
                          bool includePrice);
models::CartCheckoutResult renderCheckout(const sim::CheckoutResult& result, const std::string& country);
models::OrderLineItemProvisioningStatus renderProvisioningStatus(const sim::LineProvisioningStatus& status);

// Entitlements (render_entitlements.cpp)
models::Entitlement renderEntitlement(const sim::EntitlementView& entitlement, const std::string& customerId);
std::string artifactUri(const std::string& customerId, const sim::ReservationOrder& order);
models::ReservedInstanceArtifactDetails renderArtifactDetails(const sim::ReservationOrder& order);

}  // namespace pcsim::http
