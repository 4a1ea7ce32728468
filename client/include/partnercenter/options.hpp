// How a PartnerClient talks to the service: where, how long it waits, how it retries, and the
// hooks tests and tools use (clock, sleeper, attempt observer). Every default is the real service's
// and the .NET SDK's (contract partner-center-api.md §3.3).
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>

namespace partnercenter {

/// Waits for the given time. Injected in tests so that back-off costs no real seconds.
using Sleeper = std::function<void(std::chrono::milliseconds)>;

/// Says what time it is; token expiry is judged with it. Injected in tests that move time.
using Clock = std::function<std::chrono::system_clock::time_point()>;

/// What to do with a 429 Too Many Requests.
enum class ThrottlePolicy {
    honour_retry_after,  ///< wait the Retry-After the service gave, then retry (counts as a retry)
    surface,  ///< throw at once, as the .NET SDK does; PartnerCenterError::retryAfter() says how long to wait
};

struct RetryOptions {
    /// Retries after the first attempt (the SDK's DefaultMaxRetryAttempts).
    int maxRetries = 3;
    ThrottlePolicy onThrottle = ThrottlePolicy::honour_retry_after;
    /// Empty: std::this_thread::sleep_for.
    Sleeper sleeper{};

    /// The SDK's exponential back-off before retry number `retry` (1-based): (2^retry - 1) / 2 s,
    /// i.e. 0.5 s, 1.5 s, 3.5 s.
    [[nodiscard]] static std::chrono::milliseconds backoff(int retry) noexcept;
};

/// One HTTP exchange, reported to ClientOptions::observer after it ends (also for token requests).
struct Attempt {
    std::string method{};
    std::string url{};
    int number = 1;   ///< 1 for the first try of a call, 2 for its first retry, ...
    long status = 0;  ///< HTTP status; 0 when no answer came (see transportError)
    std::string transportError{};
    std::string requestId{};      ///< MS-RequestId sent (empty for token requests)
    std::string correlationId{};  ///< MS-CorrelationId sent (empty for token requests)
};
using AttemptObserver = std::function<void(const Attempt&)>;

struct ClientOptions {
    /// Partner Center REST root; paths are appended as /v1/...
    std::string endpoint = "https://api.partnercenter.microsoft.com";
    /// Entra ID (Azure AD) authority; tokens come from {authority}/{tenant}/oauth2/token.
    std::string authority = "https://login.microsoftonline.com";
    /// The `resource` asked for in token requests. Empty: https://api.partnercenter.microsoft.com
    /// for both credential types (the App-only https://graph.windows.net audience is refused by
    /// Partner Center since August 2025, code 900420).
    std::string resource{};

    /// Whole-exchange timeout (the SDK's 3 minutes) and the part of it allowed for connecting.
    std::chrono::milliseconds timeout = std::chrono::minutes(3);
    std::chrono::milliseconds connectTimeout = std::chrono::seconds(30);

    /// TLS peer and host verification. Leave on; the switch exists for debugging proxies only.
    bool verifyTls = true;
    /// CA bundle file (PEM); empty: SSL_CERT_FILE or CURL_CA_BUNDLE when set, else the system's.
    std::string caBundle{};
    /// Proxy URL; empty: from the environment (https_proxy, HTTPS_PROXY, http_proxy, no_proxy).
    std::string proxy{};

    /// X-Locale header.
    std::string locale = "en-US";
    /// MS-PartnerCenter-Application header, sent when not empty (helps Microsoft support).
    std::string applicationName{};

    /// A token is renewed this long before it expires (the SDK's 30 s buffer).
    std::chrono::seconds tokenRefreshMargin{30};

    RetryOptions retry{};
    /// Empty: std::chrono::system_clock::now.
    Clock clock{};
    /// Called after every HTTP attempt (logging, metrics, tests). Must be thread-safe when the
    /// client is shared between threads.
    AttemptObserver observer{};
};

}  // namespace partnercenter
