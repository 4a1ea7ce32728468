#pragma once
// Secrets in text: the one rule for what pcsim never keeps or shows in the clear (the journal,
// bundles, GET /_pcsim/scenario, every `pcsim run` report). A pure text rule, so that the server and
// the suite runner apply the very same one.
//
// A secret is the value of a field named client_secret, client_assertion, password, refresh_token,
// access_token, id_token, secret, admin_token or Authorization (any letter case; `_` and `-` are
// ignored, so clientSecret and refreshToken are the same names), in any of the shapes pcsim meets:
//   form      client_secret=abc&…            → client_secret=***&…
//   JSON      "access_token": "eyJ…"          → "access_token": "***"
//   YAML/text password: hunter2   # comment   → password: "***"   # comment
// and, wherever it appears, the credential after `Bearer ` or `Basic `, and any JWT (eyJ….….…).
// The value becomes kSecretMask; the rest of the text is kept byte for byte, so a masked JSON or
// YAML document still parses, and masking a masked text changes nothing.
#include <string>
#include <string_view>

namespace pcsim::sim {

inline constexpr std::string_view kSecretMask = "***";

// Whether a field of that name holds a secret (the names above).
bool isSecretName(std::string_view name);

// `text` with every secret's value replaced by kSecretMask.
std::string maskSecrets(std::string text);

// A value that was masked (a scenario read from a bundle holds them): it is no credential.
inline bool isMasked(std::string_view value) { return value == kSecretMask; }
// Whether a presented credential is the expected one. A scenario credential that came masked from
// a bundle and was not restored proves nothing.
inline bool presentsSecret(std::string_view presented, std::string_view expected) {
    return !presented.empty() && !isMasked(expected) && presented == expected;
}

// Whether `presented` is `expected`, in a time that does not depend on where they differ (nor on
// `expected`'s length), so that a client cannot find the admin token byte by byte.
bool sameSecret(std::string_view presented, std::string_view expected);

}  // namespace pcsim::sim
