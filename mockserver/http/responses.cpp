#include "http/responses.hpp"

#include "http/wire/control_reports.hpp"
#include "partnercenter/models/error.hpp"
#include "sim/errors/arm.hpp"

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

HttpResponse armError(int http, std::string_view code, std::string message) {
    ArmErrorBody body;
    body.error.code = std::string(code);
    body.error.message = std::move(message);
    return armJson(http, body);
}

// http::json's dump: messages echo client ids, whose bytes need not be UTF-8.

HttpResponse routeError(ErrorShape shape, int status, int code, std::string description, std::string_view armCode) {
    if (shape == ErrorShape::partnerCenter) return error(status, code, std::move(description));
    return armError(status, armCode.empty() ? sim::arm_error::forStatus(status) : armCode, std::move(description));
}

HttpResponse routeThrottled(ErrorShape shape, std::int64_t retryAfterSeconds) {
    if (shape == ErrorShape::partnerCenter) return throttled(retryAfterSeconds);
    HttpResponse response =
        armError(429, sim::arm_error::tooManyRequests,
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
