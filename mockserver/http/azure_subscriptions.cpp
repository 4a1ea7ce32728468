// What Azure tools ask ARM right after a login: the subscriptions the token sees (GET /subscriptions,
// GET /subscriptions/{id}) and, for a custom cloud, the cloud's endpoints (GET /metadata/endpoints,
// which the Azure CLI also asks as //metadata/endpoints). The endpoints name this server as the
// client addressed it, so a cloud registered from it sends every later call back here.
#include "http/azure_common.hpp"
#include "http/wire/arm_subscription_documents.hpp"
#include "partnercenter/text.hpp"
#include "sim/arm_subscriptions.hpp"
#include "sim/errors/arm.hpp"

namespace pcsim::http {

namespace {

ArmSubscriptionDocument render(const sim::ArmSubscriptionView& view, const std::string& partnerTenant) {
    ArmSubscriptionDocument document;
    document.id = "/subscriptions/" + view.subscriptionId;
    document.managedByTenants = {{partnerTenant}};
    document.subscriptionId = view.subscriptionId;
    document.tenantId = view.tenantId;
    document.displayName = view.displayName;
    document.state = view.state;
    return document;
}

std::vector<sim::ArmSubscriptionView> visibleSubscriptions(RequestContext& ctx) {
    auto lock = ctx.lockWorld();
    return sim::armSubscriptions(ctx.world());
}

HttpResponse listSubscriptions(RequestContext& ctx) {
    ArmSubscriptionList list;
    for (const auto& view : visibleSubscriptions(ctx))
        list.value.push_back(render(view, ctx.state->scenario->partner.tenantId));
    list.count.value = list.value.size();
    return json(200, list);
}

HttpResponse getSubscription(RequestContext& ctx) {
    const std::string wanted = ctx.param("subscriptionId");
    for (const auto& view : visibleSubscriptions(ctx))
        if (partnercenter::text::equalsIgnoreCase(view.subscriptionId, wanted))
            return json(200, render(view, ctx.state->scenario->partner.tenantId));
    return armError(404, sim::arm_error::subscriptionNotFound, "The subscription '" + wanted + "' could not be found.");
}

HttpResponse cloudMetadata(RequestContext& ctx) {
    auto version = ctx.request.queryParam("api-version");
    if (!version || version->empty())
        return armError(400, sim::arm_error::missingApiVersion,
                        "The api-version query parameter (?api-version=) is required for all requests.");
    const std::string origin = ctx.request.origin();
    CloudMetadata cloud;
    cloud.authentication.loginEndpoint = origin + "/";
    cloud.resourceManager = origin + "/";
    return json(200, std::vector<CloudMetadata>{cloud});
}

}  // namespace

void addAzureSubscriptionRoutes(Router& router) {
    addArmRoute(router, "GET", "/subscriptions", listSubscriptions);
    addArmRoute(router, "GET", "/subscriptions/{subscriptionId}", getSubscription);
    router.add("GET", "/metadata/endpoints", Access::anonymous, cloudMetadata, Changes::byMethod, ErrorShape::arm);
}

}  // namespace pcsim::http
