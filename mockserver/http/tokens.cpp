#include "http/tokens.hpp"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <atomic>
#include <cstring>

#include "http/wire/token_claims.hpp"
#include "partnercenter/models/json_text.hpp"

namespace pcsim::http {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::int64_t toEpochSeconds(sim::Timestamp t) {
    return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}
sim::Timestamp fromEpochSeconds(std::int64_t s) { return sim::Timestamp{std::chrono::seconds{s}}; }

// 16 random bytes in base64url, as Entra ID's `uti`: two tokens minted in the same second for the
// same client differ, so a client (or a test) that compares tokens to see a refresh sees one.
std::string uniqueTokenId() {
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1) {
        static std::atomic<std::uint64_t> counter{0};  // the CSPRNG failed: unique is enough
        const auto n = ++counter;
        std::memcpy(bytes, &n, sizeof n);
        std::memset(bytes + sizeof n, 0, sizeof bytes - sizeof n);
    }
    return base64UrlEncode(std::string(reinterpret_cast<const char*>(bytes), sizeof bytes));
}

}  // namespace

std::string base64UrlEncode(const std::string& bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (unsigned char c : bytes) {
        buffer = (buffer << 8) | c;
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            out.push_back(kAlphabet[(buffer >> bits) & 63]);
        }
    }
    if (bits > 0) out.push_back(kAlphabet[(buffer << (6 - bits)) & 63]);
    return out;
}

std::string base64Encode(const std::string& bytes) {
    std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(bytes.data()), int(bytes.size()));
    out.resize(std::size_t(n));
    return out;
}

std::optional<std::string> base64UrlDecode(const std::string& text) {
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (char c : text) {
        const char* pos = std::char_traits<char>::find(kAlphabet, 64, c);
        if (!pos) return std::nullopt;
        buffer = (buffer << 6) | std::uint32_t(pos - kAlphabet);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(char((buffer >> bits) & 0xff));
        }
    }
    return out;
}

TokenService::TokenService(std::shared_ptr<const SigningKey> key) : key_(std::move(key)) {}

std::string TokenService::mint(const Identity& identity) const {
    TokenClaims claims;
    claims.aud = identity.audience;
    claims.iss = "https://sts.windows.net/" + identity.tenantId + "/";
    claims.iat = toEpochSeconds(identity.issuedAt);
    claims.nbf = claims.iat;
    claims.exp = toEpochSeconds(identity.expiresAt);
    claims.tid = identity.tenantId;
    claims.appid = identity.appId;
    claims.idtyp = identity.isAppUser() ? "user" : "app";
    claims.uti = uniqueTokenId();
    claims.pcsim_sandbox = identity.sandbox;
    claims.pcsim_gen = identity.generation;
    if (identity.isAppUser()) {
        claims.oid = identity.userObjectId;
        claims.upn = identity.upn;
        claims.roles = identity.roles;
        claims.scp = "user_impersonation";
    }
    // Claims carry scenario text; a byte that is not UTF-8 becomes U+FFFD rather than an exception.
    const auto text = [](const auto& model) {
        std::string out;
        partnercenter::models::text::append_dom(out, nlohmann::ordered_json(model));
        return out;
    };
    TokenHeader header;
    header.x5t = key_->published().x5t;
    header.kid = key_->kid();
    std::string signingInput = base64UrlEncode(text(header)) + "." + base64UrlEncode(text(claims));
    return signingInput + "." + key_->sign(signingInput);
}

std::optional<Identity> TokenService::verify(const std::string& token, sim::Timestamp now,
                                             TokenProblem* problem) const {
    auto fail = [&](TokenProblem p) -> std::optional<Identity> {
        if (problem) *problem = p;
        return std::nullopt;
    };
    auto firstDot = token.find('.');
    auto lastDot = token.rfind('.');
    if (firstDot == std::string::npos || firstDot == lastDot) return fail(TokenProblem::malformed);
    std::string signingInput = token.substr(0, lastDot);
    if (!key_->verify(signingInput, token.substr(lastDot + 1))) return fail(TokenProblem::badSignature);
    auto payload = base64UrlDecode(token.substr(firstDot + 1, lastDot - firstDot - 1));
    if (!payload) return fail(TokenProblem::malformed);
    TokenClaims claims;
    try {
        claims = partnercenter::models::parse_text<TokenClaims>(*payload);
    } catch (const partnercenter::models::ParseError&) {
        return fail(TokenProblem::malformed);
    }
    Identity identity;
    identity.tenantId = claims.tid;
    identity.appId = claims.appid;
    identity.audience = claims.aud;
    identity.issuedAt = fromEpochSeconds(claims.iat);
    identity.expiresAt = fromEpochSeconds(claims.exp);
    identity.sandbox = claims.pcsim_sandbox;
    identity.generation = claims.pcsim_gen;
    if (claims.oid) {
        identity.userObjectId = *claims.oid;
        identity.upn = claims.upn.value_or("");
        identity.roles = claims.roles.value_or(std::vector<std::string>{});
    }
    // `now` is on the clock the scenario's tokens run on (sim/token_clock.hpp).
    if (now >= identity.expiresAt) return fail(TokenProblem::expired);
    return identity;
}

}  // namespace pcsim::http
