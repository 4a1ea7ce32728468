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

HttpResponse throttled(std::int64_t retryAfterSeconds) {
    partnercenter::models::ThrottleFault fault;
    fault.statusCode = 429;
    fault.message = "Rate limit is exceeded. Try again in " + std::to_string(retryAfterSeconds) + " seconds.";
    HttpResponse response = json(429, fault);
    response.setHeader("Retry-After", std::to_string(retryAfterSeconds));
    return response;
}

}  // namespace pcsim::http
