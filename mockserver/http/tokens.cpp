#include "http/tokens.hpp"

#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <nlohmann/json.hpp>

#include "partnercenter/models/json_text.hpp"

namespace pcsim::http {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::int64_t toEpochSeconds(sim::Timestamp t) {
    return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}
sim::Timestamp fromEpochSeconds(std::int64_t s) { return sim::Timestamp{std::chrono::seconds{s}}; }

bool constantTimeEquals(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
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

TokenService::TokenService(std::string signingKey) : key_(std::move(signingKey)) {}

TokenService TokenService::withRandomKey() {
    std::string key(32, '\0');
    RAND_bytes(reinterpret_cast<unsigned char*>(key.data()), int(key.size()));
    return TokenService(std::move(key));
}

std::string TokenService::sign(const std::string& signingInput) const {
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key_.data(), int(key_.size()), reinterpret_cast<const unsigned char*>(signingInput.data()),
         signingInput.size(), mac, &length);
    return base64UrlEncode(std::string(reinterpret_cast<char*>(mac), length));
}

std::string TokenService::mint(const Identity& identity) const {
    nlohmann::ordered_json header = {{"typ", "JWT"}, {"alg", "HS256"}, {"kid", "pcsim"}};
    nlohmann::ordered_json claims = {
        {"aud", identity.audience},
        {"iss", "https://sts.windows.net/" + identity.tenantId + "/"},
        {"iat", toEpochSeconds(identity.issuedAt)},
        {"nbf", toEpochSeconds(identity.issuedAt)},
        {"exp", toEpochSeconds(identity.expiresAt)},
        {"tid", identity.tenantId},
        {"appid", identity.appId},
        {"idtyp", identity.isAppUser() ? "user" : "app"},
        {"ver", "1.0"},
        {"pcsim_sandbox", identity.sandbox},
    };
    if (identity.isAppUser()) {
        claims["oid"] = identity.userObjectId;
        claims["upn"] = identity.upn;
        claims["roles"] = identity.roles;
        claims["scp"] = "user_impersonation";
    }
    // Claims carry scenario text; a byte that is not UTF-8 becomes U+FFFD rather than an exception.
    const auto text = [](const nlohmann::ordered_json& j) {
        std::string out;
        partnercenter::models::text::append_dom(out, j);
        return out;
    };
    std::string signingInput = base64UrlEncode(text(header)) + "." + base64UrlEncode(text(claims));
    return signingInput + "." + sign(signingInput);
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
    if (!constantTimeEquals(sign(signingInput), token.substr(lastDot + 1))) return fail(TokenProblem::badSignature);
    auto payload = base64UrlDecode(token.substr(firstDot + 1, lastDot - firstDot - 1));
    if (!payload) return fail(TokenProblem::malformed);
    auto claims = nlohmann::json::parse(*payload, nullptr, false);
    if (claims.is_discarded() || !claims.is_object()) return fail(TokenProblem::malformed);
    try {
        Identity identity;
        identity.tenantId = claims.at("tid").get<std::string>();
        identity.appId = claims.at("appid").get<std::string>();
        identity.audience = claims.value("aud", "");
        identity.issuedAt = fromEpochSeconds(claims.at("iat").get<std::int64_t>());
        identity.expiresAt = fromEpochSeconds(claims.at("exp").get<std::int64_t>());
        identity.sandbox = claims.value("pcsim_sandbox", "");
        if (claims.contains("oid")) {
            identity.userObjectId = claims.at("oid").get<std::string>();
            identity.upn = claims.value("upn", "");
            identity.roles = claims.value("roles", std::vector<std::string>{});
        }
        // Tokens live on the simulated clock: advancing it past `exp` expires them.
        if (now >= identity.expiresAt) return fail(TokenProblem::expired);
        return identity;
    } catch (const nlohmann::json::exception&) {
        return fail(TokenProblem::malformed);
    }
}

}  // namespace pcsim::http
