#pragma once
// Every code the simulated Partner Center answers with in an error body ({"code", "description"}),
// in one place, by area. Handlers and rules name these; none writes a number. The codes are the
// service's own (contract §5.1, §6 and the error tables of the REST docs); the HTTP status each
// comes with is in the comment, as the service pairs them.
//
// The cart line codes (`lineItems[].error.errorCode`, a separate table) are in sim/commerce.hpp.

namespace pcsim::sim {

// Codes any route may answer.
namespace general_error {
inline constexpr int unauthorized = 800001;  // 401: no valid partner token
inline constexpr int invalidInput = 800002;  // 400, 403, 405, 409, 413, 415: the request cannot be taken as sent
inline constexpr int internal = 800003;      // 500, 503: the service failed, or is at a limit
inline constexpr int accessDenied = 2032;    // 403: the token may not do this
inline constexpr int notFound = 1000;        // 404: no such route or resource
// The `code` in the body of the 401 for an expired or unreadable token (the HTTP status of the
// gateway's own check, as pcsim has answered since its first contract).
inline constexpr int tokenRefused = 400;
inline constexpr int retiredAudience = 900420;  // 401: a token for https://graph.windows.net (since Aug 2025)
}  // namespace general_error

namespace catalog_error {
inline constexpr int productNotFound = 400013;          // 404
inline constexpr int skuNotFound = 400018;              // 404
inline constexpr int availabilityNotFound = 400019;     // 404
inline constexpr int targetSegmentNotAllowed = 400030;  // 403
inline constexpr int targetViewNotAllowed = 400036;     // 403
}  // namespace catalog_error

namespace customer_error {
inline constexpr int tenantNotFound = 60003;                      // 404: unknown customer
inline constexpr int subscriptionNotFound = 20003;                // 404
inline constexpr int invalidInput = general_error::invalidInput;  // 400
inline constexpr int notAzureSubscription = 800011;               // 400: registration of a non-Azure subscription
inline constexpr int notActiveSubscription = 800012;              // 400: registration of an inactive subscription
}  // namespace customer_error

namespace cart_request_error {
inline constexpr int invalidInput =
    general_error::invalidInput;                     // 400: structural problem; description names the field
inline constexpr int cartNotFound = 800008;          // 404: unknown or expired cart
inline constexpr int cartAlreadySubmitted = 800065;  // 400: update or checkout of a submitted cart
}  // namespace cart_request_error

namespace checkout_error {
inline constexpr int cartHasErrors = 800009;        // 400: a line is in error (re-validated at checkout)
inline constexpr int sandboxLimitReached = 800018;  // 400: integration-sandbox limit
}  // namespace checkout_error

namespace order_error {
inline constexpr int orderNotFound = 20000;              // 404
inline constexpr int unableToParseEnum = 900126;         // 400: unknown billingType
inline constexpr int cancelNotAllowed = 800019;          // 403: not an integration-sandbox partner
inline constexpr int cancellationWindowPassed = 900117;  // 400: older than 60 days
inline constexpr int orderCannotBeCanceled = 800061;     // 400: already cancelled
}  // namespace order_error

namespace entitlement_error {
inline constexpr int notFound = general_error::notFound;  // 404: unknown artifact / reservation order
inline constexpr int unableToParseEnum = 900126;          // 400: unknown entitlementType
}  // namespace entitlement_error

// The pcsim control plane's VM inventory (/_pcsim/.../vms) answers in the same shape.
namespace vm_error {
inline constexpr int invalid = general_error::invalidInput;    // 400: a field is missing or out of range
inline constexpr int notFound = general_error::notFound;       // 404: no VM with that id in the subscription
inline constexpr int duplicate = general_error::invalidInput;  // 409: the id is taken
}  // namespace vm_error

// pcsim's intercepting proxy (http/transport/proxy.hpp) answers its refusals in the same shape, as
// the request reader does.
namespace proxy_error {
inline constexpr int notIntercepted = general_error::invalidInput;  // 403: a host, port or request it does not serve
inline constexpr int malformed = general_error::invalidInput;       // 400: a CONNECT it cannot read
}  // namespace proxy_error

}  // namespace pcsim::sim
