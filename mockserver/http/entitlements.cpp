// Entitlements of a customer and the reservation details behind their artifact links.
#include "sim/entitlements.hpp"
#include "http/context.hpp"
#include "http/render.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"
#include "partnercenter/text.hpp"

namespace pcsim::http {

using partnercenter::text::equalsIgnoreCase;

namespace {

HttpResponse listEntitlements(RequestContext& ctx) {
    auto type = ctx.request.queryParam("entitlementtype");
    const auto& customerId = ctx.param("customerId");
    auto entitlements = [&] {
        auto lock = ctx.lockWorld();
        return sim::listEntitlements(ctx.world(), customerId,
                                     type ? std::optional<std::string_view>(*type) : std::nullopt);
    }();
    if (!entitlements) return error(entitlements.error());
    std::vector<models::Entitlement> items;
    for (const auto& e : *entitlements) items.push_back(renderEntitlement(e, e.reservationOrder.customerId));
    auto result = models::Collection<models::Entitlement>::of(std::move(items));
    return json(200, result);
}

HttpResponse artifactDetails(RequestContext& ctx) {
    auto order = [&] {
        auto lock = ctx.lockWorld();
        return sim::reservationArtifact(ctx.world(), ctx.param("customerId"), ctx.param("reservationOrderId"));
    }();
    if (!order) return error(order.error());
    // The group and line item segments must be the ones this artifact's link carries.
    if (!equalsIgnoreCase(order->artifactGroupId, ctx.param("groupId")) ||
        !equalsIgnoreCase(order->artifactLineItemId, ctx.param("lineItemId")))
        return error(404, sim::entitlement_error::notFound,
                     "No reserved instance artifact at " + ctx.request.path + ".");
    return json(200, renderArtifactDetails(*order));
}

}  // namespace

void addEntitlementRoutes(Router& router) {
    router.add("GET", "/v1/customers/{customerId}/entitlements", Access::appUser, listEntitlements);
    router.add("GET",
               "/v1/customers/{customerId}/artifacts/reservedinstance/groups/{groupId}/lineitems/{lineItemId}/resource/"
               "{reservationOrderId}",
               Access::appUser, artifactDetails);
}

}  // namespace pcsim::http
