#include "http/app.hpp"

#include "http/azure_common.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"
#include "http/sandbox_address.hpp"
#include "partnercenter/ids.hpp"
#include "partnercenter/models/reader.hpp"
#include "partnercenter/text.hpp"
#include "sim/errors/arm.hpp"
#include "sim/errors/partner_center.hpp"
#include "sim/identity.hpp"
#include "sim/secrets.hpp"

namespace pcsim::http {

using partnercenter::ids::randomGuid;
using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::startsWithIgnoreCase;
using partnercenter::text::toLower;

namespace {

// Partner Center routes take only Partner Center's audience, ARM routes only ARM's (contract §2, §3).
std::optional<HttpResponse> audienceRefusal(ErrorShape shape, const std::string& audience) {
    const auto surface = shape == ErrorShape::arm ? sim::Surface::arm : sim::Surface::partnerCenter;
    HttpResponse refusal;
    switch (sim::audienceFit(audience, surface)) {
        case sim::AudienceFit::accepted: return std::nullopt;
        case sim::AudienceFit::retired:
            refusal = routeError(shape, 401, sim::general_error::retiredAudience,
                                 "The audience '" + audience +
                                     "' in the token is invalid and is no longer supported in Partner Center API.");
            break;
        case sim::AudienceFit::wrong:
            if (surface == sim::Surface::arm) {
                std::string allowed;
                for (auto a : sim::armAudiences()) allowed += (allowed.empty() ? "'" : ",'") + std::string(a) + "'";
                refusal =
                    routeError(shape, 401, sim::general_error::unauthorized,
                               "The access token has been obtained for wrong audience or resource '" + audience +
                                   "'. It should exactly match with one of the allowed audiences " + allowed + ".",
                               sim::arm_error::wrongAudience);
            } else {
                refusal = routeError(shape, 401, sim::general_error::unauthorized,
                                     "Access denied: the token's audience '" + audience + "' is not " +
                                         std::string(sim::kPartnerCenterAudience) + ".");
            }
            break;
    }
    refusal.setHeader("WWW-Authenticate", "Bearer realm=\"pcsim\", error=\"invalid_token\"");
    return refusal;
}

// ARM tells a client that its token was revoked the way continuous access evaluation does: a
// claims challenge asking for a token issued after now. The Azure SDKs' bearer policy answers it by
// fetching a new token (bypassing its cache) and sending the request again.
std::string revocationChallenge(sim::Timestamp now) {
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
    const std::string claims =
        R"({"access_token":{"nbf":{"essential":true,"value":")" + std::to_string(seconds) + R"("}}})";
    return "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", "
           "error=\"insufficient_claims\", claims=\"" +
           base64Encode(claims) + "\"";
}

std::optional<std::string> bearerToken(const HttpRequest& request) {
    auto header = request.header("authorization");
    if (!header || !startsWithIgnoreCase(*header, "Bearer ")) return std::nullopt;
    auto token = header->substr(7);
    while (!token.empty() && token.front() == ' ') token.erase(0, 1);
    if (token.empty()) return std::nullopt;
    return token;
}

HttpResponse faultResponse(ErrorShape shape, const sim::FaultResponse& respond) {
    if (respond.status == 429 && !respond.code)
        return routeThrottled(shape, respond.retryAfterSeconds >= 0 ? respond.retryAfterSeconds : 1);
    int code =
        respond.code.value_or(respond.status >= 500 ? sim::general_error::internal : sim::general_error::invalidInput);
    std::string description = !respond.description.empty() ? respond.description
                              : respond.status >= 500      ? "Unexpected service error (injected fault)."
                                                           : "The request failed (injected fault).";
    HttpResponse response = routeError(shape, respond.status, code, description);
    if (respond.retryAfterSeconds >= 0) response.setHeader("Retry-After", std::to_string(respond.retryAfterSeconds));
    return response;
}

bool isJsonContentType(const std::string& value) {
    auto lower = toLower(value);
    return lower.find("json") != std::string::npos;
}

// A token is good only in the sandbox that minted it. Tokens without the claim predate sandboxes.
bool boundTo(const Identity& identity, const Sandbox& sandbox) {
    return (identity.sandbox.empty() ? std::string(kDefaultSandbox) : identity.sandbox) == sandbox.name();
}

// `path` is `prefix` or lies under it, in any letter case as the router matches paths; checked on
// every request, so without splitting the path.
bool isUnder(std::string_view path, std::string_view prefix) {
    return startsWithIgnoreCase(path, prefix) && (path.size() == prefix.size() || path[prefix.size()] == '/');
}

bool isRegistryPath(std::string_view path) { return isUnder(path, "/_pcsim/sandboxes"); }

SandboxLimits limitsOf(const AppOptions& options) {
    return SandboxLimits{options.maxSandboxes, options.sandboxIdle, options.journalSize, options.operationLogSize};
}

}  // namespace

App::App(std::shared_ptr<const sim::Scenario> scenario, AppOptions options)
    : options_(std::move(options)),
      sandboxes_(scenario, limitsOf(options_), options_.idleClock),
      tokens_(SigningKey::forThisProcess()) {
    scenarios_.remember(scenario);
    addAuthRoutes(router_);
    addEntraDiscoveryRoutes(router_);
    addCustomerRoutes(router_);
    addSubscriptionRoutes(router_);
    addCatalogRoutes(router_);
    addCartRoutes(router_);
    addOrderRoutes(router_);
    addEntitlementRoutes(router_);
    addAzureRoutes(router_);
    admin::addControlRoutes(router_);
    admin::addVmRoutes(router_);
    admin::addCoverageRoutes(router_);
    admin::addScenarioRoutes(router_);
    admin::addFaultRoutes(router_);
    admin::addJournalRoutes(router_);
    admin::addInvariantRoutes(router_);
    admin::addTokenControlRoutes(router_);
    admin::addBundleRoutes(router_);
    admin::addSandboxRoutes(router_);
}

HttpResponse App::handle(const HttpRequest& request) {
    const auto started = std::chrono::steady_clock::now();
    // Echoed when sent, generated otherwise (DECISIONS.md), on every answer including errors.
    auto requestId = request.header("ms-requestid");
    auto correlationId = request.header("ms-correlationid");
    // Ids the client did not send: random, apart from the world's seeded ids, so that making them
    // never changes what a scenario replays.
    if (!requestId) requestId = randomGuid();
    if (!correlationId) correlationId = randomGuid();
    HttpResponse response = serve(request, *requestId, *correlationId, started);
    response.setHeader("MS-RequestId", *requestId);
    response.setHeader("MS-CorrelationId", *correlationId);
    response.setHeader("X-Locale", request.header("x-locale").value_or("en-US"));
    return response;
}

bool App::isControlPlane(std::string_view path, const RouteMatch& match) const {
    return match.route ? match.route->access == Access::control : isUnder(path, "/_pcsim");
}

std::size_t App::bodyLimit(const HttpRequest& head) const {
    const SandboxAddress address = resolveSandboxAddress(head);
    return isControlPlane(address.path, router_.match(head.method, address.path)) ? options_.maxControlBodyBytes
                                                                                  : options_.maxBodyBytes;
}

HttpResponse App::serve(const HttpRequest& request, const std::string& requestId, const std::string& correlationId,
                        std::chrono::steady_clock::time_point started) {
    const sim::Timestamp arrived = wallClockNow();
    SandboxAddress address = resolveSandboxAddress(request);
    if (!address.problem.empty()) return error(400, sim::general_error::invalidInput, address.problem);
    std::optional<HttpRequest> rewritten;
    if (address.path != request.path) {
        rewritten.emplace(request);
        rewritten->path = address.path;
    }
    const HttpRequest& routed = rewritten ? *rewritten : request;

    // The registry's own routes answer the same whichever sandbox is named, and never create one.
    const bool registryRoute = isRegistryPath(routed.path);
    SandboxLease sandbox = sandboxes_.acquire(registryRoute ? std::string(kDefaultSandbox) : address.name);
    if (!sandbox)
        return error(503, sim::general_error::internal,
                     "The server holds its limit of " + std::to_string(sandboxes_.limits().maxSandboxes) +
                         " sandboxes and every one is in use; delete one (DELETE /_pcsim/sandboxes/{name}) or retry.");
    const auto state = sandbox->current();
    const sim::Timestamp simTime = state->world.now();

    Outcome outcome;
    HttpResponse response = process(routed, *sandbox, state, outcome);

    // Control requests are not journaled, so that looking at the journal never changes what it counts.
    if (!outcome.controlPlane) {
        JournalEntry entry;
        entry.time = arrived;
        entry.simTime = simTime;
        entry.method = routed.method;
        entry.path = sim::maskSecrets(routed.path);
        // Masked before it is kept: the journal is read by anyone on loopback and travels in bundles.
        entry.query = sim::maskSecrets(routed.rawQuery);
        entry.status = response.resetConnection ? 0 : response.status;
        entry.durationMs =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count() +
            double(response.delay.count());
        entry.requestId = requestId;
        entry.correlationId = correlationId;
        entry.fault = std::move(outcome.fault);
        entry.requestBody = sim::maskSecrets(bodyExcerpt(routed.body));
        // pcsim's answers hold a secret only when it issues one (the token route: a request with a
        // body) or echoes the request in an error; the scan is spared on bodiless reads, the bulk of
        // the traffic (a 4 KiB excerpt costs microseconds).
        const bool mayHoldSecret = !routed.body.empty() || response.status >= 400 || entry.query != routed.rawQuery;
        entry.responseBody = mayHoldSecret ? sim::maskSecrets(bodyExcerpt(response.body)) : bodyExcerpt(response.body);
        state->journal.record(std::move(entry));
    }
    return response;
}

HttpResponse App::process(const HttpRequest& request, Sandbox& sandbox, const std::shared_ptr<SandboxState>& state,
                          Outcome& outcome) {
    RouteMatch match = router_.match(request.method, request.path);
    bool controlPlane = isControlPlane(request.path, match);
    outcome.controlPlane = controlPlane;
    // Without a route, the answer (404, 405, or whatever comes first) is Partner Center's.
    const ErrorShape shape = match.route ? match.route->errors : ErrorShape::partnerCenter;

    if (controlPlane) {
        bool tokenOk =
            !options_.adminToken.empty() && sim::sameSecret(bearerToken(request).value_or(""), options_.adminToken);
        if (!request.fromLoopback() && !tokenOk)
            return error(403, sim::general_error::accessDenied,
                         "The pcsim control plane answers loopback clients only.");
    }

    std::chrono::milliseconds delay{0};
    if (!controlPlane) {
        if (auto fault = state->faults.onRequest(request.method, request.path)) {
            outcome.fault = fault->name;
            if (fault->respond.reset) {
                HttpResponse dropped;
                dropped.resetConnection = true;
                dropped.delay = std::chrono::milliseconds(fault->respond.delayMs);
                return dropped;
            }
            delay = std::chrono::milliseconds(fault->respond.delayMs);
            if (fault->respond.status != 0) {
                HttpResponse injected = faultResponse(shape, fault->respond);
                injected.delay = delay;
                injected.setHeader("X-PCSim-Fault", fault->name);
                return injected;
            }
        }
    }

    HttpResponse response = [&]() -> HttpResponse {
        const std::size_t limit = controlPlane ? options_.maxControlBodyBytes : options_.maxBodyBytes;
        if (request.bodyTooLarge || request.body.size() > limit)
            return routeError(shape, 413, sim::general_error::invalidInput,
                              "The request body is larger than the limit of " + std::to_string(limit) + " bytes.");
        if (!match.route) {
            if (match.pathExists)
                return error(405, sim::general_error::invalidInput,
                             "The method " + request.method + " is not allowed on " + request.path + ".");
            return error(404, sim::general_error::notFound, "The resource " + request.path + " was not found.");
        }
        const Route& route = *match.route;

        std::shared_ptr<const Identity> identity;
        if (route.access == Access::app || route.access == Access::appUser) {
            auto token = bearerToken(request);
            if (!token) {
                auto unauthorized = routeError(shape, 401, sim::general_error::unauthorized,
                                               "Partner token missing in request context.");
                unauthorized.setHeader("WWW-Authenticate", "Bearer realm=\"pcsim\"");
                return unauthorized;
            }
            const sim::Timestamp now = state->world.now();
            const sim::Timestamp tokenNow = sim::tokenTime(state->scenario->tokens, now, wallClockNow());
            TokenProblem problem{};
            identity = verifiedTokens_.verify(tokens_, *token, tokenNow, &problem);
            bool revoked = false;
            if (identity && identity->generation < state->tokenGeneration.load()) {
                identity.reset();  // expired at once by POST /_pcsim/tokens/expire
                problem = TokenProblem::expired;
                revoked = true;
            }
            if (!identity || !equalsIgnoreCase(identity->tenantId, state->scenario->partner.tenantId) ||
                !boundTo(*identity, sandbox)) {
                bool expired = !identity && problem == TokenProblem::expired;
                auto unauthorized =
                    expired ? routeError(shape, 401, sim::general_error::tokenRefused,
                                         "Access denied: the token has expired.", "ExpiredAuthenticationToken")
                            : routeError(shape, 401, sim::general_error::tokenRefused,
                                         "Access denied: the token is not valid.", "InvalidAuthenticationToken");
                unauthorized.setHeader("WWW-Authenticate", revoked && shape == ErrorShape::arm
                                                               ? revocationChallenge(tokenNow)
                                                               : "Bearer realm=\"pcsim\", error=\"invalid_token\"");
                return unauthorized;
            }
            if (auto refused = audienceRefusal(shape, identity->audience)) return *refused;
            if (route.access == Access::appUser && !identity->isAppUser())
                return routeError(shape, 403, sim::general_error::accessDenied,
                                  "Access denied: this operation requires an App+User token.");
            if (auto retryAfter = state->throttler.onRequest(request.method, request.path, identity->tenantId, now))
                return routeThrottled(shape, *retryAfter);
        }

        if (isMutatingMethod(request.method) && !request.body.empty() && route.access != Access::anonymous &&
            route.access != Access::control) {
            auto contentType = request.header("content-type");
            if (contentType && !isJsonContentType(*contentType))
                return routeError(shape, 415, sim::general_error::invalidInput,
                                  "Content-Type " + *contentType + " is not supported; send application/json.");
        }
        return run(route, match, request, sandbox, state, std::move(identity));
    }();
    if (delay.count() > 0) response.delay = delay;
    return response;
}

HttpResponse App::run(const Route& route, RouteMatch& match, const HttpRequest& request, Sandbox& sandbox,
                      const std::shared_ptr<SandboxState>& state, std::shared_ptr<const Identity> identity,
                      const RecordedOperation* replayed) {
    std::unique_lock<std::mutex> changing;
    if (route.changesState()) {
        changing = std::unique_lock(state->changes);
        if (state->operations.accepting())
            state->operations.append(replayed ? *replayed : recordedOperation(request, identity, state->world.now()));
    }
    auto requestId = request.header("ms-requestid");
    bool replayable = isMutatingMethod(request.method) && requestId && !requestId->empty() &&
                      (route.access == Access::app || route.access == Access::appUser);
    if (!replayable) return invoke(route, match, request, sandbox, state, std::move(identity));
    std::string fingerprint = request.method + " " + toLower(request.path);
    return state->replay.run(*requestId, fingerprint, state->world.now(),
                             [&] { return invoke(route, match, request, sandbox, state, identity); });
}

std::string App::replayProblem(const RecordedOperation& operation) const {
    RouteMatch match = router_.match(operation.method, operation.path);
    const std::string what = operation.method + " " + operation.path;
    if (!match.route || !match.route->changesState()) return what + " is not a state change of this server";
    if ((match.route->access == Access::app || match.route->access == Access::appUser) && !operation.identity)
        return what + " has no identity";
    return {};
}

HttpResponse App::replay(const RecordedOperation& operation, Sandbox& sandbox,
                         const std::shared_ptr<SandboxState>& state) {
    if (auto problem = replayProblem(operation); !problem.empty())
        return error(400, sim::general_error::invalidInput, problem + ".");
    HttpRequest request = requestOf(operation);
    RouteMatch match = router_.match(request.method, request.path);
    const Route& route = *match.route;
    {
        std::lock_guard lock(state->world.mutex);
        state->world.clock.set(operation.simTime);
    }
    return run(route, match, request, sandbox, state, operation.identity, &operation);
}

HttpResponse App::invoke(const Route& route, RouteMatch& match, const HttpRequest& request, Sandbox& sandbox,
                         const std::shared_ptr<SandboxState>& state, std::shared_ptr<const Identity> identity) {
    RequestContext context{request, match.params, state, std::move(identity), *this, sandbox};
    try {
        return route.handler(context);
    } catch (const partnercenter::models::ParseError& e) {  // BadRequest too (http/body.hpp)
        return routeError(route.errors, 400, sim::general_error::invalidInput, wire::describe(e),
                          sim::arm_error::invalidRequestContent);
    } catch (const std::exception& e) {
        // A bug, never the client's fault: answer like the service does and keep serving.
        return routeError(route.errors, 500, sim::general_error::internal,
                          std::string("Unexpected service error: ") + e.what());
    }
}

}  // namespace pcsim::http
