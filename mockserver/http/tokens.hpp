#pragma once
// Access tokens: JWT-shaped (header.payload.signature), HMAC-SHA256-signed with a key of this
// server, carrying tenant, app, user and expiry on the simulated clock. A client that decodes its
// token (as MSAL does for expiry) finds the usual claims: tid, appid, oid, upn, roles, iat, nbf, exp
// (plus pcsim's own `pcsim_sandbox`).
#include <optional>
#include <string>
#include <vector>

#include "sim/time.hpp"

namespace pcsim::http {

struct Identity {
    std::string tenantId;
    std::string appId;
    std::string userObjectId;  // empty for App tokens
    std::string upn;
    std::vector<std::string> roles;
    std::string audience;
    sim::Timestamp issuedAt{};
    sim::Timestamp expiresAt{};
    // The sandbox that minted the token (claim `pcsim_sandbox`): a token works only there.
    std::string sandbox{};

    bool isAppUser() const { return !userObjectId.empty(); }
    // The id a cart records as lastModifiedUser: the user, or the app for App tokens.
    const std::string& actorId() const { return isAppUser() ? userObjectId : appId; }
};

enum class TokenProblem { malformed, badSignature, expired };

class TokenService {
public:
    explicit TokenService(std::string signingKey);
    // A service with a fresh random key: tokens from another server instance are refused.
    static TokenService withRandomKey();

    std::string mint(const Identity& identity) const;
    // Checks signature and time (against `now`, the simulated clock); returns the identity or the problem.
    std::optional<Identity> verify(const std::string& token, sim::Timestamp now, TokenProblem* problem = nullptr) const;

private:
    std::string sign(const std::string& signingInput) const;
    std::string key_;
};

std::string base64UrlEncode(const std::string& bytes);
std::optional<std::string> base64UrlDecode(const std::string& text);

}  // namespace pcsim::http
