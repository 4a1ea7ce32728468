#include "partnercenter/resources/customers.hpp"

#include "calls.hpp"
#include "partnercenter/partner_client.hpp"

namespace partnercenter {

using detail::getResource;
using detail::segment;

CustomerOperations::CustomerOperations(detail::Context context, std::string customerId)
    : context_(std::move(context)),
      customerId_(std::move(customerId)),
      path_("/v1/customers/" + segment(customerId_)) {}

models::Customer CustomerOperations::get() const { return getResource<models::Customer>(context_, path_); }

SubscriptionCollection CustomerOperations::subscriptions() const { return {context_, path_ + "/subscriptions"}; }

CartCollection CustomerOperations::carts() const { return {context_, path_ + "/carts"}; }

OrderCollection CustomerOperations::orders() const { return {context_, path_ + "/orders"}; }

EntitlementCollection CustomerOperations::entitlements() const { return {context_, path_ + "/entitlements"}; }

ProductCollection CustomerOperations::products() const {
    detail::CatalogScope scope;
    scope.context = context_;
    scope.path = path_ + "/products";
    return ProductCollection(std::move(scope));
}

PagedRange<models::Customer> CustomerCollection::list(int pageSize) const {
    // All pages of one walk are one logical operation: one correlation id.
    detail::Context context = context_;
    if (context.correlationId.empty()) context.correlationId = newGuid();
    detail::Query first;
    if (pageSize > 0) first.emplace_back("size", std::to_string(pageSize));
    return PagedRange<models::Customer>([context, first](const std::optional<models::Link>& next) {
        using Page = models::Collection<models::Customer>;
        if (!next) return getResource<Page>(context, "/v1/customers", first);
        // The next link carries its query and the continuation token header (contract §4.6).
        detail::ApiCall call{
            next->method.empty() ? "GET" : next->method, detail::linkTarget(next->uri), std::nullopt, {}};
        for (const auto& header : next->headers) call.headers.emplace_back(header.key, header.value);
        return context.session->read<Page>(call, context.correlationId);
    });
}

CustomerOperations CustomerCollection::byId(const std::string& customerId) const { return {context_, customerId}; }

}  // namespace partnercenter
