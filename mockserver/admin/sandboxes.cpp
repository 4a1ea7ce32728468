// Control plane: the server's sandboxes. GET /_pcsim/sandboxes lists them; DELETE
// /_pcsim/sandboxes/{name} drops one (a suite runner deletes each case's sandbox when the case
// ends). These answer the same whichever sandbox the request names, and never create one.
#include "http/app.hpp"
#include "http/context.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"
#include "http/sandbox_address.hpp"
#include "sim/errors/partner_center.hpp"

namespace pcsim::admin {
namespace {

using http::HttpResponse;
using http::RequestContext;

HttpResponse listSandboxes(RequestContext& ctx) {
    auto& registry = ctx.app.sandboxes();
    registry.dropIdle();  // the list shows what really exists
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const auto& sandbox : registry.list())
        items.push_back({{"name", sandbox.name},
                         {"scenario", sandbox.scenario},
                         {"createdAt", sim::formatTimestamp(sandbox.createdAt)},
                         {"lastUsedAt", sim::formatTimestamp(sandbox.lastUsedAt)},
                         {"requests", sandbox.requests}});
    const auto& limits = registry.limits();
    return http::json(200, nlohmann::ordered_json{{"totalCount", items.size()},
                                                  {"limit", limits.maxSandboxes},
                                                  {"idleSeconds", limits.idleTimeout.count()},
                                                  {"journalCapacity", limits.journalCapacity},
                                                  {"operationLogCapacity", limits.operationLogCapacity},
                                                  {"items", std::move(items)}});
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
