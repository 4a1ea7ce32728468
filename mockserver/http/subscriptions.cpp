// Subscriptions of a customer, and their registration for reserved-instance purchase.
#include "http/context.hpp"
#include "http/render.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"
#include "sim/customers_ops.hpp"

namespace pcsim::http {

namespace {

HttpResponse listSubscriptions(RequestContext& ctx) {
    const auto& customerId = ctx.param("customerId");
    std::optional<sim::Customer> customer;
    auto subscriptions = [&] {
        auto lock = ctx.lockWorld();
        auto found = sim::getCustomer(ctx.world(), customerId);
        if (found) customer = *found;
        return sim::listSubscriptions(ctx.world(), customerId);
    }();
    if (!subscriptions) return error(subscriptions.error());
    std::vector<models::Subscription> items;
    for (const auto& s : *subscriptions) items.push_back(renderSubscription(*customer, s));
    return json(200, collection(std::move(items), "/customers/" + customer->id + "/subscriptions"));
}

HttpResponse getSubscription(RequestContext& ctx) {
    std::optional<sim::Customer> customer;
    auto subscription = [&] {
        auto lock = ctx.lockWorld();
        auto found = sim::getCustomer(ctx.world(), ctx.param("customerId"));
        if (found) customer = *found;
        return sim::getSubscription(ctx.world(), ctx.param("customerId"), ctx.param("subscriptionId"));
    }();
    return respond(subscription, 200, [&](const sim::Subscription& s) { return renderSubscription(*customer, s); });
}

HttpResponse registerSubscription(RequestContext& ctx) {
    const auto& customerId = ctx.param("customerId");
    const auto& subscriptionId = ctx.param("subscriptionId");
    auto registered = [&] {
        auto lock = ctx.lockWorld();
        return sim::registerSubscription(ctx.world(), customerId, subscriptionId);
    }();
    if (!registered) return error(registered.error());
    HttpResponse response;
    response.status = 202;
    response.setHeader("Location",
                       "/customers/" + customerId + "/subscriptions/" + subscriptionId + "/registrationstatus");
    return response;
}

HttpResponse registrationStatus(RequestContext& ctx) {
    const auto& subscriptionId = ctx.param("subscriptionId");
    auto state = [&] {
        auto lock = ctx.lockWorld();
        return sim::registrationStatus(ctx.world(), ctx.param("customerId"), subscriptionId);
    }();
    return respond(state, 200, [&](sim::RegistrationState s) { return renderRegistrationStatus(subscriptionId, s); });
}

}  // namespace

void addSubscriptionRoutes(Router& router) {
    const std::string base = "/v1/customers/{customerId}/subscriptions";
    router.add("GET", base, Access::app, listSubscriptions);
    router.add("GET", base + "/{subscriptionId}", Access::app, getSubscription);
    router.add("POST", base + "/{subscriptionId}/registrations", Access::app, registerSubscription);
    router.add("GET", base + "/{subscriptionId}/registrationstatus", Access::app, registrationStatus);
}

}  // namespace pcsim::http
