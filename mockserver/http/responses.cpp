#include "http/responses.hpp"

#include "partnercenter/models/error.hpp"

namespace pcsim::http {

HttpResponse jsonBody(int status, std::string body) {
    HttpResponse response;
    response.status = status;
    response.body = std::move(body);
    response.setHeader("Content-Type", kJsonContentType);
    return response;
}

HttpResponse noContent() {
    HttpResponse response;
    response.status = 204;
    return response;
}

HttpResponse error(int http, int code, std::string description) {
    auto fault = partnercenter::models::ApiFault::of(code, std::move(description));
    fault.source = "PartnerFD";
    return json(http, fault);
}

HttpResponse error(int http, int code, std::string description, const nlohmann::ordered_json& extra) {
    auto fault = partnercenter::models::ApiFault::of(code, std::move(description));
    fault.source = "PartnerFD";
    nlohmann::ordered_json body = fault;
    for (const auto& [key, value] : extra.items()) body[key] = value;
    return json(http, body);
}

HttpResponse error(const sim::ApiError& e) { return error(e.http, e.code, e.description); }

HttpResponse armError(int http, std::string code, std::string message) {
    return armJson(http,
                   nlohmann::ordered_json{{"error", {{"code", std::move(code)}, {"message", std::move(message)}}}});
}

// http::json's dump: messages echo client ids, whose bytes need not be UTF-8.
HttpResponse armJson(int status, const nlohmann::ordered_json& body) { return json(status, body); }

namespace {
// The code ARM answers with a status when nothing more precise is known.
std::string_view armCodeOf(int status) {
    switch (status) {
        case 400: return "BadRequest";
        case 401: return "AuthenticationFailed";
        case 403: return "AuthorizationFailed";
        case 404: return "NotFound";
        case 405: return "MethodNotAllowed";
        case 409: return "Conflict";
        case 413: return "RequestEntityTooLarge";
        case 415: return "UnsupportedMediaType";
        case 429: return "TooManyRequests";
        case 502: return "BadGateway";
        case 503: return "ServiceUnavailable";
        case 504: return "GatewayTimeout";
        default: return status >= 500 ? "InternalServerError" : "BadRequest";
    }
}
}  // namespace

HttpResponse routeError(ErrorShape shape, int status, int code, std::string description, std::string_view armCode) {
    if (shape == ErrorShape::partnerCenter) return error(status, code, std::move(description));
    return armError(status, std::string(armCode.empty() ? armCodeOf(status) : armCode), std::move(description));
}

HttpResponse routeThrottled(ErrorShape shape, std::int64_t retryAfterSeconds) {
    if (shape == ErrorShape::partnerCenter) return throttled(retryAfterSeconds);
    HttpResponse response =
        armError(429, "TooManyRequests",
                 "The request was throttled; retry after " + std::to_string(retryAfterSeconds) + " seconds.");
    response.setHeader("Retry-After", std::to_string(retryAfterSeconds));
    return response;
}

HttpResponse throttled(std::int64_t retryAfterSeconds) {
    partnercenter::models::ThrottleFault fault;
    fault.statusCode = 429;
    fault.message = "Rate limit is exceeded. Try again in " + std::to_string(retryAfterSeconds) + " seconds.";
    HttpResponse response = json(429, fault);
    response.setHeader("Retry-After", std::to_string(retryAfterSeconds));
    return response;
}

}  // namespace pcsim::http
