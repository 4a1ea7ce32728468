#pragma once
// The Partner Center surface as one function: HttpRequest → HttpResponse. Cross-cutting concerns
// are applied here once, around every route, in this order: the sandbox (path prefix or header),
// request/correlation ids, the control plane's loopback guard, fault injection, body limits, routing
// (404/405), the bearer token (bound to its sandbox), throttling, content type, the operation log and
// MS-RequestId replay of mutating calls, then the handler; and last the request journal.
// Handlers are thin.
#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include "http/message.hpp"
#include "http/router.hpp"
#include "http/sandboxes.hpp"
#include "http/scenario_cache.hpp"
#include "http/token_cache.hpp"
#include "http/tokens.hpp"

namespace pcsim::http {

struct AppOptions {
    std::size_t maxBodyBytes = 1 << 20;     // larger bodies get 413
    std::string adminToken;                 // when set, control routes also accept `Authorization: Bearer <adminToken>`
    std::size_t journalSize = 1000;         // journal entries kept per sandbox
    std::chrono::seconds sandboxIdle{900};  // a sandbox unused this long is dropped (never `default`)
    std::size_t maxSandboxes = 256;         // `default` included
    IdleClock idleClock{};                  // what idle time is measured with (tests move it by hand)
    std::size_t maxControlBodyBytes = 64 << 20;                     // control routes take bundles, which can be large
    std::size_t operationLogSize = OperationLog::kDefaultCapacity;  // state changes kept per sandbox for bundles
};

class App {
public:
    explicit App(std::shared_ptr<const sim::Scenario> scenario, AppOptions options = {});

    HttpResponse handle(const HttpRequest& request);
    // The largest body a request with this head may carry: the transport refuses a larger one before
    // reading it, and handle() answers it 413 (`bodyTooLarge`).
    std::size_t bodyLimit(const HttpRequest& head) const;

    Sandbox& sandbox() { return sandboxes_.defaultSandbox(); }  // `default`
    SandboxRegistry& sandboxes() { return sandboxes_; }
    ScenarioCache& scenarios() { return scenarios_; }
    const TokenService& tokens() const { return tokens_; }
    const AppOptions& options() const { return options_; }
    const Router& router() const { return router_; }

    // Runs a recorded operation again in `state` (bundle import): through the same handler, at the
    // recorded simulated time, with the recorded identity in place of a token, and logs it there.
    // Faults and throttling are not applied: they decided whether the operation reached its
    // handler, and it did.
    HttpResponse replay(const RecordedOperation& operation, Sandbox& sandbox,
                        const std::shared_ptr<SandboxState>& state);
    // Why the operation cannot be replayed here ("" when it can): not a state-changing route of this
    // server, or a token route without an identity.
    std::string replayProblem(const RecordedOperation& operation) const;

private:
    // What the journal needs to know about how a request was answered.
    struct Outcome {
        bool controlPlane = false;
        std::optional<std::string> fault;
    };

    bool isControlPlane(std::string_view path, const RouteMatch& match) const;
    HttpResponse serve(const HttpRequest& request, const std::string& requestId, const std::string& correlationId,
                       std::chrono::steady_clock::time_point started);
    HttpResponse process(const HttpRequest& request, Sandbox& sandbox, const std::shared_ptr<SandboxState>& state,
                         Outcome& outcome);
    // MS-RequestId replay around the handler, and the operation log for calls that change state.
    // `replayed`: the operation being replayed, logged as it was recorded.
    HttpResponse run(const Route& route, RouteMatch& match, const HttpRequest& request, Sandbox& sandbox,
                     const std::shared_ptr<SandboxState>& state, std::shared_ptr<const Identity> identity,
                     const RecordedOperation* replayed = nullptr);
    HttpResponse invoke(const Route& route, RouteMatch& match, const HttpRequest& request, Sandbox& sandbox,
                        const std::shared_ptr<SandboxState>& state, std::shared_ptr<const Identity> identity);

    AppOptions options_;
    SandboxRegistry sandboxes_;
    ScenarioCache scenarios_;
    TokenService tokens_;
    TokenCache verifiedTokens_;
    Router router_;
};

}  // namespace pcsim::http
