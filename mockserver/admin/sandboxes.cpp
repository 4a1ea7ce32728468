// Control plane: the server's sandboxes. GET /_pcsim/sandboxes lists them; DELETE
// /_pcsim/sandboxes/{name} drops one (a suite runner deletes each case's sandbox when the case
// ends). These answer the same whichever sandbox the request names, and never create one.
#include "http/app.hpp"
#include "http/context.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"
#include "http/sandbox_address.hpp"
#include "http/wire/control_reports.hpp"
#include "sim/errors/partner_center.hpp"

namespace pcsim::admin {
namespace {

using http::HttpResponse;
using http::RequestContext;

HttpResponse listSandboxes(RequestContext& ctx) {
    auto& registry = ctx.app.sandboxes();
    registry.dropIdle();  // the list shows what really exists
    http::SandboxList list;
    for (const auto& sandbox : registry.list())
        list.items.push_back({sandbox.name, sandbox.scenario, sandbox.createdAt, sandbox.lastUsedAt, sandbox.requests});
    const auto& limits = registry.limits();
    list.totalCount = list.items.size();
    list.limit = limits.maxSandboxes;
    list.idleSeconds = limits.idleTimeout.count();
    list.journalCapacity = limits.journalCapacity;
    list.operationLogCapacity = limits.operationLogCapacity;
    return http::json(200, list);
}

HttpResponse deleteSandbox(RequestContext& ctx) {
    const std::string& name = ctx.param("name");
    if (name == http::kDefaultSandbox)
        return http::error(400, sim::general_error::invalidInput,
                           "The default sandbox cannot be deleted; reset it with POST /_pcsim/reset.");
    if (!ctx.app.sandboxes().remove(name))
        return http::error(404, sim::general_error::notFound, "There is no sandbox '" + name + "'.");
    return http::noContent();
}

}  // namespace

void addSandboxRoutes(http::Router& router) {
    router.add("GET", "/_pcsim/sandboxes", http::Access::control, listSandboxes);
    router.add("DELETE", "/_pcsim/sandboxes/{name}", http::Access::control, deleteSandbox);
}

}  // namespace pcsim::admin
