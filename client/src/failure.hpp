// Turning what came back from the wire into PartnerCenterError, in one place.
#pragma once

#include "http_transport.hpp"
#include "partnercenter/error.hpp"

#include <string>

namespace partnercenter::detail {

/// Who made the call: kept in every error raised for it.
struct CallIdentity {
    std::string request{};  ///< "GET https://..."
    std::string requestId{};
    std::string correlationId{};
};

/// An error status: the description and code come from the body, read as a Partner Center ApiFault,
/// the gateway's 429 body, or an Entra ID error, whichever it is; Retry-After from the header.
[[nodiscard]] PartnerCenterError serviceError(const CallIdentity& call, const HttpResponse& response);

/// No answer after all retries.
[[nodiscard]] PartnerCenterError transportError(const CallIdentity& call, const std::string& why);

/// A success status with a body the models cannot read.
[[nodiscard]] PartnerCenterError invalidResponse(const CallIdentity& call, long status, const std::string& why);

/// Retry-After in seconds (the service sends delta-seconds), if present and readable.
[[nodiscard]] std::optional<std::chrono::seconds> retryAfterOf(const HttpResponse& response);

}  // namespace partnercenter::detail
