// Microsoft.Capacity on the simulator's host: reservation orders and reservations (read, PATCH scope /
// flexibility / display name, split, merge). The reservation order id is the resourceId of the
// entitlement's artifact. Handlers are thin: read the body, call sim::engine, render (azure_render).
#include "http/azure_common.hpp"
#include "http/azure_render.hpp"
#include "http/body.hpp"
#include "http/wire/reservation_requests.hpp"
#include "partnercenter/text.hpp"
#include "sim/engine/reservation_changes.hpp"
#include "sim/engine/reservation_lookup.hpp"
#include "sim/errors/arm.hpp"

namespace pcsim::http {

using partnercenter::text::equalsIgnoreCase;
namespace {

namespace engine = sim::engine;

engine::ReservationPatch readPatch(const ReservationPatchProperties& properties) {
    engine::ReservationPatch patch;
    patch.appliedScopeType = properties.appliedScopeType;
    patch.appliedScopes = properties.appliedScopes;
    // appliedScopeProperties {subscriptionId | resourceGroupId} is the newer way to name a Single scope.
    if (const auto& scope = properties.appliedScopeProperties; scope && !patch.appliedScopes) {
        auto target = scope->resourceGroupId ? scope->resourceGroupId : scope->subscriptionId;
        if (target) patch.appliedScopes = std::vector<std::string>{*target};
    }
    if (const auto& flexibility = properties.instanceFlexibility) {
        if (equalsIgnoreCase(*flexibility, "On")) patch.instanceFlexibility = true;
        else if (equalsIgnoreCase(*flexibility, "Off")) patch.instanceFlexibility = false;
        else throw BadRequest("instanceFlexibility must be On or Off, not '" + *flexibility + "'.");
    }
    patch.displayName = properties.displayName;
    return patch;
}

HttpResponse getReservationOrder(RequestContext& ctx) {
    ReservationOrderView view;
    {
        auto lock = ctx.lockWorld();
        auto order = engine::reservationOrderOr404(ctx.world(), ctx.param("reservationOrderId"));
        if (auto* error = engine::armError(order)) return armError(*error);
        view = reservationOrderView(ctx.world(), *std::get<sim::ReservationOrder*>(order));
    }
    return armJson(200, renderReservationOrder(view));
}

HttpResponse listReservations(RequestContext& ctx) {
    std::vector<ReservationView> views;
    {
        auto lock = ctx.lockWorld();
        auto order = engine::reservationOrderOr404(ctx.world(), ctx.param("reservationOrderId"));
        if (auto* error = engine::armError(order)) return armError(*error);
        const sim::ReservationOrder& found = *std::get<sim::ReservationOrder*>(order);
        for (const auto& reservation : found.reservations)
            views.push_back(reservationView(ctx.world(), found, reservation));
    }
    ArmReservationList list;
    for (const auto& view : views) list.value.push_back(renderReservation(view));
    return armJson(200, list);
}

HttpResponse getReservation(RequestContext& ctx) {
    std::optional<ReservationView> view;
    {
        auto lock = ctx.lockWorld();
        auto order = engine::reservationOrderOr404(ctx.world(), ctx.param("reservationOrderId"));
        if (auto* error = engine::armError(order)) return armError(*error);
        const sim::ReservationOrder& found = *std::get<sim::ReservationOrder*>(order);
        auto reservation = engine::reservationOr404(found, ctx.param("reservationId"));
        if (auto* error = engine::armError(reservation)) return armError(*error);
        view = reservationView(ctx.world(), found, *std::get<const sim::Reservation*>(reservation));
    }
    return armJson(200, renderReservation(*view));
}

HttpResponse patchReservation(RequestContext& ctx) {
    const auto patch = readPatch(readJsonBody<ReservationPatchRequest>(ctx.request).properties);
    std::optional<ReservationView> view;
    {
        auto lock = ctx.lockWorld();
        auto patched =
            engine::patchReservation(ctx.world(), ctx.param("reservationOrderId"), ctx.param("reservationId"), patch);
        if (auto* error = engine::armError(patched)) return armError(*error);
        const auto* order = ctx.world().findReservationOrder(ctx.param("reservationOrderId"));
        view = reservationView(ctx.world(), *order, std::get<sim::Reservation>(patched));
    }
    return armJson(200, renderReservation(*view));
}

// Split and merge answer with the reservations they created, then the ones they retired.
std::vector<ReservationView> reshapedViews(RequestContext& ctx, const engine::Reshaped& reshaped) {
    const auto* order = ctx.world().findReservationOrder(ctx.param("reservationOrderId"));
    std::vector<ReservationView> views;
    for (const auto* list : {&reshaped.created, &reshaped.retired})
        for (const auto& reservation : *list) views.push_back(reservationView(ctx.world(), *order, reservation));
    return views;
}

HttpResponse renderReshaped(const std::vector<ReservationView>& views) {
    std::vector<ArmReservation> reservations;  // split and merge answer a bare array
    for (const auto& view : views) reservations.push_back(renderReservation(view));
    return armJson(200, reservations);
}

HttpResponse split(RequestContext& ctx) {
    const auto asked = readJsonBody<SplitRequest>(ctx.request).properties;
    const auto& values = asked.quantities;
    const std::string& reservationArmId = asked.reservationId;
    auto ref = engine::parseReservationArmId(reservationArmId);
    if (!ref)
        return armError(400, sim::arm_error::invalidReservationId,
                        "'" + reservationArmId + "' is not a reservation id.");
    if (!partnercenter::text::equalsIgnoreCase(ref->reservationOrderId, ctx.param("reservationOrderId")))
        return armError(404, sim::arm_error::reservationNotInOrder,
                        "Reservation '" + reservationArmId + "' is not in this reservation order.");
    std::vector<ReservationView> views;
    {
        auto lock = ctx.lockWorld();
        auto result =
            engine::splitReservation(ctx.world(), ctx.param("reservationOrderId"), ref->reservationId, values);
        if (auto* error = engine::armError(result)) return armError(*error);
        views = reshapedViews(ctx, std::get<engine::Reshaped>(result));
    }
    return renderReshaped(views);
}

HttpResponse merge(RequestContext& ctx) {
    const auto sourceIds = readJsonBody<MergeRequest>(ctx.request).properties.sources;
    std::vector<ReservationView> views;
    {
        auto lock = ctx.lockWorld();
        auto result = engine::mergeReservations(ctx.world(), ctx.param("reservationOrderId"), sourceIds);
        if (auto* error = engine::armError(result)) return armError(*error);
        views = reshapedViews(ctx, std::get<engine::Reshaped>(result));
    }
    return renderReshaped(views);
}

}  // namespace

void addAzureReservationRoutes(Router& router) {
    addArmRoute(router, "GET", kReservationOrderPath, getReservationOrder);
    addArmRoute(router, "GET", std::string(kReservationOrderPath) + "/reservations", listReservations);
    addArmRoute(router, "GET", kReservationPath, getReservation);
    addArmRoute(router, "PATCH", kReservationPath, patchReservation);
    addArmRoute(router, "POST", std::string(kReservationOrderPath) + "/split", split);
    addArmRoute(router, "POST", std::string(kReservationOrderPath) + "/merge", merge);
}

}  // namespace pcsim::http
