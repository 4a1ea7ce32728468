// The one exception the client throws. It carries everything needed to act on a failure or to
// quote it to Microsoft support: the HTTP status, Partner Center's error code and description, the
// MS-RequestId / MS-CorrelationId of the call, Retry-After for 429, and — for the purchase flow —
// the step that failed.
#pragma once

#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>

namespace partnercenter {

class PartnerCenterError : public std::runtime_error {
public:
    enum class Kind {
        service,           ///< the service (or the token authority) answered with an error status
        transport,         ///< no answer: cannot connect, TLS failure, timeout, dropped connection
        invalid_response,  ///< a success status whose body is not the documented shape
        purchase,          ///< a purchase-flow precondition failed (no subscription, no such SKU, ...)
    };

    struct Details {
        Kind kind = Kind::service;
        long httpStatus = 0;  ///< 0 when there was no HTTP answer
        int code = 0;         ///< Partner Center `code` (e.g. 800009); 0 when the body had none
        std::string description{};
        std::string requestId{};                           ///< MS-RequestId of the failed call
        std::string correlationId{};                       ///< MS-CorrelationId of the logical operation
        std::optional<std::chrono::seconds> retryAfter{};  ///< 429: how long the service asked to wait
        std::string request{};  ///< "POST https://.../checkout", empty for flow preconditions
        std::string step{};     ///< purchase-flow step, e.g. "check out"; empty outside the flow
    };

    explicit PartnerCenterError(Details details);

    [[nodiscard]] Kind kind() const noexcept { return details_.kind; }
    [[nodiscard]] long httpStatus() const noexcept { return details_.httpStatus; }
    [[nodiscard]] int code() const noexcept { return details_.code; }
    [[nodiscard]] const std::string& description() const noexcept { return details_.description; }
    [[nodiscard]] const std::string& requestId() const noexcept { return details_.requestId; }
    [[nodiscard]] const std::string& correlationId() const noexcept { return details_.correlationId; }
    [[nodiscard]] std::optional<std::chrono::seconds> retryAfter() const noexcept { return details_.retryAfter; }
    [[nodiscard]] const std::string& request() const noexcept { return details_.request; }
    [[nodiscard]] const std::string& step() const noexcept { return details_.step; }
    [[nodiscard]] const Details& details() const noexcept { return details_; }

    /// The same error, attributed to a purchase-flow step (what() then starts with the step).
    [[nodiscard]] PartnerCenterError atStep(std::string step) const;

private:
    Details details_;
};

}  // namespace partnercenter
