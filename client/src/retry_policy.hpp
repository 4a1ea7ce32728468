// The .NET SDK's retry policy (contract §3.3), as a pure decision, and the loop that applies it.
#pragma once

#include "failure.hpp"
#include "http_transport.hpp"
#include "partnercenter/options.hpp"

#include <chrono>
#include <functional>
#include <optional>

namespace partnercenter::detail {

/// The wait before the next attempt, or nullopt when the attempt's outcome is final: `response` is
/// its HTTP answer, empty when there was none (a transport failure). `retriesSoFar` counts
/// retries already made (0 after the first attempt). Retried: no answer, and every error status
/// except 400, 401, 403, 404, 409, 417 (so 5xx and 408); 429 per RetryOptions::onThrottle,
/// waiting its Retry-After.
[[nodiscard]] std::optional<std::chrono::milliseconds> retryDelay(const RetryOptions& options, int retriesSoFar,
                                                                  const std::optional<HttpResponse>& response);

/// Sends `build()` (called again for every attempt, so a retry can carry a renewed token) until
/// the outcome is final, sleeping between attempts and telling `observer` about each. Returns the
/// final answer, whatever its status; throws PartnerCenterError (transport) when the final attempt
/// got no answer.
HttpResponse sendWithRetries(HttpTransport& transport, const ClientOptions& options, const CallIdentity& call,
                             const std::function<HttpRequest()>& build);

}  // namespace partnercenter::detail
