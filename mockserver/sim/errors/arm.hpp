#pragma once
// Every `error.code` the simulated Azure Resource Manager surfaces (Microsoft.Capacity,
// Microsoft.Consumption) answer with, in one place. ARM codes are strings; the HTTP status each
// comes with is in the comment. Sources: the azure-rest-api-specs error examples and ARM's common
// error codes (contract, ARM section).
#include <string_view>

namespace pcsim::sim::arm_error {

inline constexpr std::string_view badRequest = "BadRequest";                                                     // 400
inline constexpr std::string_view wrongAudience = "InvalidAuthenticationTokenAudience";                          // 401
inline constexpr std::string_view invalidRequestContent = "InvalidRequestContent";                               // 400
inline constexpr std::string_view missingApiVersion = "MissingApiVersionParameter";                              // 400
inline constexpr std::string_view invalidReservationId = "InvalidReservationId";                                 // 400
inline constexpr std::string_view invalidSubscriptionId = "InvalidSubscriptionId";                               // 400
inline constexpr std::string_view missingAppliedScopesForSingle = "MissingAppliedScopesForSingle";               // 400
inline constexpr std::string_view appliedScopesSameAsExisting = "AppliedScopesSameAsExisting";                   // 400
inline constexpr std::string_view patchValuesSameAsExisting = "PatchValuesSameAsExisting";                       // 400
inline constexpr std::string_view appliedScopesNotAssociated = "AppliedScopesNotAssociatedWithCommerceAccount";  // 400
inline constexpr std::string_view authenticationFailed = "AuthenticationFailed";                                 // 401
inline constexpr std::string_view authorizationFailed = "AuthorizationFailed";                                   // 403
inline constexpr std::string_view notFound = "NotFound";                                                         // 404
inline constexpr std::string_view subscriptionNotFound = "SubscriptionNotFound";                                 // 404
inline constexpr std::string_view reservationOrderNotFound = "ReservationOrderNotFound";                         // 404
inline constexpr std::string_view reservationNotInOrder = "ReservationIdNotInReservationOrder";                  // 404
inline constexpr std::string_view methodNotAllowed = "MethodNotAllowed";                                         // 405
inline constexpr std::string_view conflict = "Conflict";                                                         // 409
inline constexpr std::string_view requestEntityTooLarge = "RequestEntityTooLarge";                               // 413
inline constexpr std::string_view unsupportedMediaType = "UnsupportedMediaType";                                 // 415
inline constexpr std::string_view tooManyRequests = "TooManyRequests";                                           // 429
inline constexpr std::string_view internalServerError = "InternalServerError";                                   // 500
inline constexpr std::string_view badGateway = "BadGateway";                                                     // 502
inline constexpr std::string_view serviceUnavailable = "ServiceUnavailable";                                     // 503
inline constexpr std::string_view gatewayTimeout = "GatewayTimeout";                                             // 504

// The code ARM answers with a status when nothing more precise is known.
constexpr std::string_view forStatus(int status) {
    switch (status) {
        case 400: return badRequest;
        case 401: return authenticationFailed;
        case 403: return authorizationFailed;
        case 404: return notFound;
        case 405: return methodNotAllowed;
        case 409: return conflict;
        case 413: return requestEntityTooLarge;
        case 415: return unsupportedMediaType;
        case 429: return tooManyRequests;
        case 502: return badGateway;
        case 503: return serviceUnavailable;
        case 504: return gatewayTimeout;
        default: return status >= 500 ? internalServerError : badRequest;
    }
}

}  // namespace pcsim::sim::arm_error
