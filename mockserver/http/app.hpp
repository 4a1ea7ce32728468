#pragma once
// The Partner Center surface as one function: HttpRequest → HttpResponse. Cross-cutting concerns
// are applied here once, around every route, in this order: request/correlation ids, the control
// plane's loopback guard, fault injection, body limits, routing (404/405), the bearer token,
// throttling, content type, MS-RequestId replay of mutating calls, then the handler. Handlers are thin.
#include <cstddef>
#include <memory>
#include <string>

#include "http/message.hpp"
#include "http/router.hpp"
#include "http/sandbox.hpp"
#include "http/token_cache.hpp"
#include "http/tokens.hpp"

namespace pcsim::http {

struct AppOptions {
    std::size_t maxBodyBytes = 1 << 20;  // larger bodies get 413
    std::string adminToken;              // when set, control routes also accept `Authorization: Bearer <adminToken>`
};

class App {
public:
    explicit App(std::shared_ptr<const sim::Scenario> scenario, AppOptions options = {});

    HttpResponse handle(const HttpRequest& request);

    Sandbox& sandbox() { return sandbox_; }
    const TokenService& tokens() const { return tokens_; }
    const AppOptions& options() const { return options_; }
    const Router& router() const { return router_; }

private:
    HttpResponse process(const HttpRequest& request, const std::shared_ptr<SandboxState>& state);
    HttpResponse invoke(const Route& route, RouteMatch& match, const HttpRequest& request,
                        const std::shared_ptr<SandboxState>& state, std::optional<Identity> identity);

    AppOptions options_;
    Sandbox sandbox_;
    TokenService tokens_;
    TokenCache verifiedTokens_;
    Router router_;
};

}  // namespace pcsim::http
