#include "failure.hpp"

#include "partnercenter/models/error.hpp"

#include <charconv>

namespace partnercenter::detail {

namespace {

// What the body says, trying the shapes in the order they are likely. Unknown bodies are quoted
// (shortened) so nothing the service said is lost.
void describeBody(const std::string& body, PartnerCenterError::Details& d) {
    nlohmann::json json = nlohmann::json::parse(body, nullptr, false);
    if (!json.is_discarded() && json.is_object()) {
        try {
            auto fault = models::parse<models::ApiFault>(json);
            d.code = fault.code;
            d.description = !fault.description.empty() ? fault.description : fault.message.value_or("");
            return;
        } catch (const models::ParseError&) {}
        try {
            auto throttle = models::parse<models::ThrottleFault>(json);
            d.description = throttle.message;
            return;
        } catch (const models::ParseError&) {}
        try {
            auto aad = models::parse<models::AadError>(json);
            d.description = aad.error + ": " + aad.error_description;
            return;
        } catch (const models::ParseError&) {}
    }
    constexpr std::size_t quoted = 300;
    d.description = body.empty() ? std::string("the service gave no description")
                                 : body.substr(0, quoted) + (body.size() > quoted ? "..." : "");
}

PartnerCenterError::Details detailsFor(const CallIdentity& call, PartnerCenterError::Kind kind) {
    PartnerCenterError::Details d;
    d.kind = kind;
    d.request = call.request;
    d.requestId = call.requestId;
    d.correlationId = call.correlationId;
    return d;
}

}  // namespace

std::optional<std::chrono::seconds> retryAfterOf(const HttpResponse& response) {
    std::string value = response.header("retry-after");
    long long seconds = 0;
    auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), seconds);
    if (value.empty() || error != std::errc{} || end != value.data() + value.size() || seconds < 0)
        return std::nullopt;  // an HTTP-date is not used by Partner Center; treat it as absent
    return std::chrono::seconds(seconds);
}

PartnerCenterError serviceError(const CallIdentity& call, const HttpResponse& response) {
    auto d = detailsFor(call, PartnerCenterError::Kind::service);
    d.httpStatus = response.status;
    d.retryAfter = retryAfterOf(response);
    describeBody(response.body, d);
    return PartnerCenterError(std::move(d));
}

PartnerCenterError transportError(const CallIdentity& call, const std::string& why) {
    auto d = detailsFor(call, PartnerCenterError::Kind::transport);
    d.description = "no answer from " + call.request + ": " + why;
    return PartnerCenterError(std::move(d));
}

PartnerCenterError invalidResponse(const CallIdentity& call, long status, const std::string& why) {
    auto d = detailsFor(call, PartnerCenterError::Kind::invalid_response);
    d.httpStatus = status;
    d.description = "the answer to " + call.request + " is not in the documented shape: " + why;
    return PartnerCenterError(std::move(d));
}

}  // namespace partnercenter::detail
