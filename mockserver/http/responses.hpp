#pragma once
// Building responses: JSON bodies through the wire models, and errors in the service's shapes.
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>
#include <type_traits>

#include "partnercenter/models/json_text.hpp"

#include "http/message.hpp"
#include "sim/result.hpp"

namespace pcsim::http {

inline constexpr const char* kJsonContentType = "application/json; charset=utf-8";

HttpResponse jsonBody(int status, std::string body);

// 204: done, nothing to say.
HttpResponse noContent();

// Renders any wire model (or json value) with its to_json.
template <class Model>
HttpResponse json(int status, const Model& model) {
    if constexpr (!std::is_same_v<Model, nlohmann::ordered_json> && !std::is_same_v<Model, nlohmann::json>) {
        // Wire models are written straight to text: the same bytes as the DOM's dump, without the DOM.
        std::string body;
        body.reserve(1024);
        partnercenter::models::text::append_value(body, model);
        return jsonBody(status, std::move(body));
    } else {
        nlohmann::ordered_json j = model;
        // Strings echo client input (ids in error descriptions): never let bad bytes make dump() throw.
        std::string body;
        partnercenter::models::text::append_dom(body, j);
        return jsonBody(status, std::move(body));
    }
}

// The Partner Center error body: {"code": N, "description": "...", "data": [], "source": "PartnerFD"}.
HttpResponse error(const sim::ApiError& error);
HttpResponse error(int http, int code, std::string description);
// The same body with more fields after the usual ones (e.g. the control plane's "diagnostics").
HttpResponse error(int http, int code, std::string description, const nlohmann::ordered_json& extra);
// The API gateway's throttling answer: 429, Retry-After and {"statusCode":429,"message":"..."}.
HttpResponse throttled(std::int64_t retryAfterSeconds);

// ARM's error body: {"error": {"code": "...", "message": "..."}}; armJson renders any ARM body.
HttpResponse armError(int http, std::string_view code, std::string message);
template <class Model>
HttpResponse armJson(int status, const Model& body) {
    return json(status, body);
}

// The error body of a route, chosen when it is registered: Partner Center's, or ARM's on the
// Azure-side routes.
enum class ErrorShape { partnerCenter, arm };

// What the pipeline answers in place of a route's handler (401, 403, 413, 415, 429, injected faults,
// 400 for a request it cannot read, 500 for a bug), in the route's shape: Partner Center's `code`,
// or ARM's `armCode` (by default the one ARM gives with `status`), with `description` as the message.
HttpResponse routeError(ErrorShape shape, int status, int code, std::string description, std::string_view armCode = {});
// 429 with Retry-After: the API gateway's body (see throttled) or ARM's TooManyRequests.
HttpResponse routeThrottled(ErrorShape shape, std::int64_t retryAfterSeconds);

// Unwraps a sim result: the value rendered by `render`, or the error.
template <class T, class Render>
HttpResponse respond(const sim::Result<T>& result, int status, Render&& render) {
    if (!result) return error(result.error());
    return json(status, render(result.value()));
}

}  // namespace pcsim::http
