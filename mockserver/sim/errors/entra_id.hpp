#pragma once
// Every error the simulated Entra ID (Azure AD) token endpoint answers with, in one place: the
// OAuth `error`, the AADSTS number (error_codes, and the prefix of error_description) and the HTTP
// status, as login.microsoftonline.com pairs them (contract §2; the AADSTS error code reference).
#include <string_view>

namespace pcsim::sim {

struct EntraError {
    int http;
    std::string_view error;  // OAuth 2.0 error (RFC 6749 §5.2)
    int aadsts;
};

namespace entra_error {
inline constexpr EntraError tenantNotFound{400, "invalid_request", 90002};
inline constexpr EntraError missingParameter{400, "invalid_request", 900144};
inline constexpr EntraError unknownApplication{400, "unauthorized_client", 700016};
inline constexpr EntraError missingClientSecret{400, "invalid_client", 7000216};
inline constexpr EntraError invalidClientSecret{401, "invalid_client", 7000215};
inline constexpr EntraError invalidRefreshToken{400, "invalid_grant", 9002313};
// "The provided grant has expired due to it being revoked, a fresh auth token is needed."
inline constexpr EntraError revokedGrant{400, "invalid_grant", 50173};
inline constexpr EntraError invalidUserCredentials{400, "invalid_grant", 50126};
inline constexpr EntraError unsupportedGrantType{400, "unsupported_grant_type", 70003};
inline constexpr EntraError resourceNotFound{400, "invalid_resource", 500011};
inline constexpr EntraError invalidScope{400, "invalid_scope", 70011};
inline constexpr EntraError multipleResources{400, "invalid_scope", 28000};
}  // namespace entra_error

}  // namespace pcsim::sim
