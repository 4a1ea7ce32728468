// Orders: list (optionally by billingType), read, provisioning status (App+User), and cancellation.
#include "sim/orders.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/render.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"
#include "partnercenter/text.hpp"

namespace pcsim::http {

using partnercenter::text::equalsIgnoreCase;

namespace {

bool includePrice(const HttpRequest& request) {
    auto value = request.queryParam("include_price");
    return value && equalsIgnoreCase(*value, "true");
}

std::string ordersUri(const RequestContext& ctx) { return "/customers/" + ctx.param("customerId") + "/orders"; }

HttpResponse listOrders(RequestContext& ctx) {
    auto billingType = ctx.request.queryParam("billingtype");
    sim::Timestamp now{};
    auto orders = [&] {
        auto lock = ctx.lockWorld();
        now = ctx.world().now();
        return sim::listOrders(ctx.world(), ctx.param("customerId"),
                               billingType ? std::optional<std::string_view>(*billingType) : std::nullopt);
    }();
    if (!orders) return error(orders.error());
    const auto& country = ctx.world().catalog().country();
    std::vector<models::Order> items;
    for (const auto& order : *orders)
        items.push_back(renderOrder(order, order.statusAt(now), country, includePrice(ctx.request)));
    return json(200, collection(std::move(items), ordersUri(ctx)));
}

HttpResponse getOrder(RequestContext& ctx) {
    sim::Timestamp now{};
    auto order = [&] {
        auto lock = ctx.lockWorld();
        now = ctx.world().now();
        return sim::getOrder(ctx.world(), ctx.param("customerId"), ctx.param("orderId"));
    }();
    const auto& country = ctx.world().catalog().country();
    return respond(order, 200, [&](const sim::Order& o) {
        return renderOrder(o, o.statusAt(now), country, includePrice(ctx.request));
    });
}

HttpResponse provisioningStatus(RequestContext& ctx) {
    auto statuses = [&] {
        auto lock = ctx.lockWorld();
        return sim::orderProvisioningStatus(ctx.world(), ctx.param("customerId"), ctx.param("orderId"));
    }();
    if (!statuses) return error(statuses.error());
    std::vector<models::OrderLineItemProvisioningStatus> items;
    for (const auto& s : *statuses) items.push_back(renderProvisioningStatus(s));
    auto result = models::Collection<models::OrderLineItemProvisioningStatus>::of(std::move(items));
    return json(200, result);
}

// PATCH {"id": "...", "status": "cancelled"}: the integration sandbox's order cancellation.
HttpResponse patchOrder(RequestContext& ctx) {
    auto patch = models::parse<models::Order>(parseJsonBody(ctx.request));
    if (!patch.status || !equalsIgnoreCase(*patch.status, "cancelled"))
        throw BadRequest("status: only \"cancelled\" can be set on an order.");
    if (patch.id && !equalsIgnoreCase(*patch.id, ctx.param("orderId")))
        throw BadRequest("id: the body's order id does not match the order in the path.");
    sim::Timestamp now{};
    auto order = [&] {
        auto lock = ctx.lockWorld();
        now = ctx.world().now();
        return sim::cancelOrder(ctx.world(), ctx.param("customerId"), ctx.param("orderId"));
    }();
    const auto& country = ctx.world().catalog().country();
    return respond(order, 200, [&](const sim::Order& o) { return renderOrder(o, o.statusAt(now), country, false); });
}

}  // namespace

void addOrderRoutes(Router& router) {
    const std::string base = "/v1/customers/{customerId}/orders";
    router.add("GET", base, Access::app, listOrders);
    router.add("GET", base + "/{orderId}", Access::app, getOrder);
    router.add("PATCH", base + "/{orderId}", Access::app, patchOrder);
    router.add("GET", base + "/{orderId}/provisioningstatus", Access::appUser, provisioningStatus);
}

}  // namespace pcsim::http
