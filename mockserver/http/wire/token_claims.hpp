#pragma once
// The two JSON halves of an access token pcsim signs (http/tokens.hpp): the JOSE header and the
// claims, in the order Entra ID writes them. Only pcsim reads these back (after checking the
// signature), so reading asks for no more than verification needs: the claims a client never
// relies on (iss, nbf, idtyp, ver) are written always and read as defaulted.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "http/wire/fields.hpp"

namespace pcsim::http {

struct TokenHeader {
    std::string typ = "JWT";
    std::string alg = "RS256";
    std::string x5t;  // the signing key's thumbprint, as in the JWKS
    std::string kid;  // the same: Entra ID names a key by its thumbprint
};

struct TokenClaims {
    std::string aud;
    std::string iss;
    std::int64_t iat = 0;  // seconds since the epoch, on the tokens' clock
    std::int64_t nbf = 0;
    std::int64_t exp = 0;
    std::string tid;
    std::string appid;
    std::string idtyp;  // "user" | "app"
    std::string ver = "1.0";
    std::string uti;  // the token's own id (22 base64url characters), so no two tokens are alike
    std::string pcsim_sandbox;
    std::int64_t pcsim_gen = 0;
    // App+User tokens only.
    std::optional<std::string> oid;
    std::optional<std::string> upn;
    std::optional<std::vector<std::string>> roles;
    std::optional<std::string> scp;
};

PCSIM_WIRE_DECLARE_JSON(TokenHeader);
PCSIM_WIRE_DECLARE_JSON(TokenClaims);

}  // namespace pcsim::http
