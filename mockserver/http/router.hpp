#pragma once
// A small routing table: method + path pattern ("/v1/customers/{customerId}/carts/{cartId}") →
// handler. Literal segments match case-insensitively (the service does: `checkinventory` and
// `checkInventory` are one route). Knows which paths exist, so that a wrong method is 405, not 404.
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "http/message.hpp"
#include "http/responses.hpp"

namespace pcsim::http {

struct RequestContext;
using Handler = std::function<HttpResponse(RequestContext&)>;

// Who may call a route.
enum class Access {
    anonymous,  // no token (the token endpoint)
    app,        // App or App+User token
    appUser,    // App+User token only
    control,    // the /_pcsim control plane: loopback clients only
};

// Whether calls of a route change the sandbox, and so go to its operation log (replayed, in order, on
// bundle import). By default: the mutating methods of the token-checked surface. Control routes that
// change the world (clock, VMs, targeted reset) say so.
enum class Changes { byMethod, world, nothing };

struct Route {
    std::string method;
    std::string pattern;
    Access access = Access::app;
    Handler handler;
    std::vector<std::string> segments;  // the pattern split on '/'
    Changes changes = Changes::byMethod;
    ErrorShape errors = ErrorShape::partnerCenter;

    bool changesState() const;
};

bool isMutatingMethod(std::string_view method);

struct RouteMatch {
    const Route* route = nullptr;
    std::map<std::string, std::string> params;
    bool pathExists = false;  // some route has this path (with another method)
};

class Router {
public:
    void add(std::string method, std::string pattern, Access access, Handler handler,
             Changes changes = Changes::byMethod, ErrorShape errors = ErrorShape::partnerCenter);
    RouteMatch match(std::string_view method, std::string_view path) const;
    const std::vector<Route>& routes() const { return routes_; }

private:
    std::vector<Route> routes_;
};

std::vector<std::string_view> splitPath(std::string_view path);

}  // namespace pcsim::http
