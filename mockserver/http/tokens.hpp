#pragma once
// Access tokens: RS256 JWTs signed with the process's RSA key (http/signing_key.hpp, published at
// /{tenant}/discovery/v2.0/keys), carrying tenant, app, user, audience and expiry. A client that
// decodes its token (as MSAL does for expiry) finds the usual claims: aud, iss, tid, appid, oid, upn,
// roles, iat, nbf, exp (plus pcsim's own `pcsim_sandbox`).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "http/signing_key.hpp"
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
    // The sandbox's token generation at minting (claim `pcsim_gen`; SandboxState::tokenGeneration).
    std::int64_t generation = 0;

    bool isAppUser() const { return !userObjectId.empty(); }
    // The id a cart records as lastModifiedUser: the user, or the app for App tokens.
    const std::string& actorId() const { return isAppUser() ? userObjectId : appId; }
};

enum class TokenProblem { malformed, badSignature, expired };

class TokenService {
public:
    explicit TokenService(std::shared_ptr<const SigningKey> key);

    std::string mint(const Identity& identity) const;
    // Checks signature and time (against `now`, on the clock the scenario's tokens run on); returns the
    // identity or the problem.
    std::optional<Identity> verify(const std::string& token, sim::Timestamp now, TokenProblem* problem = nullptr) const;

    const SigningKey& key() const { return *key_; }

private:
    std::shared_ptr<const SigningKey> key_;
};

std::string base64UrlEncode(const std::string& bytes);
// Standard base64 with padding (RFC 4648 §4), as in x5c and WWW-Authenticate claims.
std::string base64Encode(const std::string& bytes);
std::optional<std::string> base64UrlDecode(const std::string& text);

}  // namespace pcsim::http
