// Carts: create (201), read (200), update (PUT, 201) and checkout (201, CartCheckoutResult).
#include "sim/carts.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/render.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"
#include "sim/checkout.hpp"

namespace pcsim::http {

namespace {

sim::CartInput cartInput(const HttpRequest& request) {
    auto cart = models::parse<models::Cart>(parseJsonBody(request));
    sim::CartInput input;
    for (const auto& item : cart.lineItems) {
        sim::CartLineInput line;
        line.id = item.id;
        line.catalogItemId = item.catalogItemId;
        line.friendlyName = item.friendlyName.value_or("");
        line.quantity = item.quantity;
        if (item.billingCycle) line.billingCycle = std::string(models::to_string(*item.billingCycle));
        line.termDuration = item.termDuration;
        line.provisioningContext = item.provisioningContext.value_or(std::map<std::string, std::string>{});
        for (const auto& p : item.participants.value_or(std::vector<models::Participant>{}))
            line.participants.push_back({p.key, p.value});
        input.lines.push_back(std::move(line));
    }
    return input;
}

HttpResponse createCart(RequestContext& ctx) {
    auto input = cartInput(ctx.request);
    auto cart = [&] {
        auto lock = ctx.lockWorld();
        return sim::createCart(ctx.world(), ctx.param("customerId"), input, ctx.identity->actorId());
    }();
    return respond(cart, 201, renderCart);
}

HttpResponse getCart(RequestContext& ctx) {
    auto cart = [&] {
        auto lock = ctx.lockWorld();
        return sim::getCart(ctx.world(), ctx.param("customerId"), ctx.param("cartId"));
    }();
    return respond(cart, 200, renderCart);
}

HttpResponse updateCart(RequestContext& ctx) {
    auto input = cartInput(ctx.request);
    auto cart = [&] {
        auto lock = ctx.lockWorld();
        return sim::updateCart(ctx.world(), ctx.param("customerId"), ctx.param("cartId"), input,
                               ctx.identity->actorId());
    }();
    return respond(cart, 201, renderCart);
}

HttpResponse checkoutCart(RequestContext& ctx) {
    // The body is empty in the docs and the JSON string "success" from the .NET SDK: neither matters.
    auto result = [&] {
        auto lock = ctx.lockWorld();
        return sim::checkout(ctx.world(), ctx.param("customerId"), ctx.param("cartId"));
    }();
    const auto& country = ctx.world().catalog().country();
    return respond(result, 201, [&](const sim::CheckoutResult& r) { return renderCheckout(r, country); });
}

}  // namespace

void addCartRoutes(Router& router) {
    const std::string base = "/v1/customers/{customerId}/carts";
    router.add("POST", base, Access::app, createCart);
    router.add("GET", base + "/{cartId}", Access::app, getCart);
    router.add("PUT", base + "/{cartId}", Access::app, updateCart);
    router.add("POST", base + "/{cartId}/checkout", Access::app, checkoutCart);
}

}  // namespace pcsim::http
