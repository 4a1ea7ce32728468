#include "retry_policy.hpp"

#include <thread>

namespace partnercenter {

std::chrono::milliseconds RetryOptions::backoff(int retry) noexcept {
    // (2^retry - 1) / 2 seconds, in milliseconds: 500, 1500, 3500, ...
    if (retry < 1) return std::chrono::milliseconds(0);
    const int capped = retry > 20 ? 20 : retry;
    return std::chrono::milliseconds(((1LL << capped) - 1) * 500);
}

namespace detail {

namespace {

bool neverRetried(long status) {
    switch (status) {
        case 400:
        case 401:
        case 403:
        case 404:
        case 409:
        case 417: return true;
        default: return false;
    }
}

void sleepFor(const RetryOptions& options, std::chrono::milliseconds delay) {
    if (options.sleeper) options.sleeper(delay);
    else std::this_thread::sleep_for(delay);
}

}  // namespace

std::optional<std::chrono::milliseconds> retryDelay(const RetryOptions& options, int retriesSoFar,
                                                    const std::optional<HttpResponse>& response) {
    if (response && response->status < 400) return std::nullopt;  // an answer to keep
    if (retriesSoFar >= options.maxRetries) return std::nullopt;
    const auto backoff = RetryOptions::backoff(retriesSoFar + 1);
    if (!response) return backoff;
    const long status = response->status;
    if (status == 429) {
        if (options.onThrottle == ThrottlePolicy::surface) return std::nullopt;
        auto retryAfter = retryAfterOf(*response);
        return retryAfter ? std::chrono::duration_cast<std::chrono::milliseconds>(*retryAfter) : backoff;
    }
    if (neverRetried(status)) return std::nullopt;
    return backoff;
}

HttpResponse sendWithRetries(HttpTransport& transport, const ClientOptions& options, const CallIdentity& call,
                             const std::function<HttpRequest()>& build) {
    for (int attempt = 1;; ++attempt) {
        HttpRequest request = build();
        Attempt report{request.method, request.url, attempt, 0, {}, call.requestId, call.correlationId};
        std::optional<HttpResponse> response;
        std::string failure;
        try {
            response = transport.send(request);
            report.status = response->status;
        } catch (const TransportFailure& e) {
            failure = e.what();
            report.transportError = failure;
        }
        if (options.observer) options.observer(report);

        auto delay = retryDelay(options.retry, attempt - 1, response);
        if (!delay) {
            if (!response) throw transportError(call, failure);
            return std::move(*response);
        }
        sleepFor(options.retry, *delay);
    }
}

}  // namespace detail
}  // namespace partnercenter
