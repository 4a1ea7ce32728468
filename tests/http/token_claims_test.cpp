// The bytes of the tokens pcsim signs: clients (MSAL, our own) decode the payload, so the header
// and the claims keep Entra ID's names and order.
#include <gtest/gtest.h>

#include "http/tokens.hpp"

namespace pcsim::http {
namespace {

sim::Timestamp claimTime(int seconds) { return sim::Timestamp{std::chrono::seconds(1'700'000'000 + seconds)}; }

std::string part(const std::string& token, int index) {
    std::size_t begin = 0;
    for (int i = 0; i < index; ++i) begin = token.find('.', begin) + 1;
    return *base64UrlDecode(token.substr(begin, token.find('.', begin) - begin));
}

// The claims with the random `uti` (22 base64url characters) replaced by "*".
std::string claimsWithoutUti(const std::string& token) {
    std::string claims = part(token, 1);
    const std::string key = R"("uti":")";
    const auto at = claims.find(key);
    if (at == std::string::npos) return claims;
    const auto end = claims.find('"', at + key.size());
    EXPECT_EQ(end - at - key.size(), 22u) << claims;
    return claims.replace(at + key.size(), end - at - key.size(), "*");
}

TEST(TokenClaims, AppUserTokenCarriesTheUserClaimsInEntraOrder) {
    Identity identity{"tenant", "app", "user", "a@b.c", {"AdminAgent"}, "aud", claimTime(0), claimTime(3600), "sb"};
    const auto token = TokenService(SigningKey::forThisProcess()).mint(identity);
    const std::string thumbprint = SigningKey::forThisProcess()->published().x5t;
    EXPECT_EQ(part(token, 0),
              R"({"typ":"JWT","alg":"RS256","x5t":")" + thumbprint + R"(","kid":")" + thumbprint + R"("})");
    EXPECT_EQ(
        claimsWithoutUti(token),
        R"({"aud":"aud","iss":"https://sts.windows.net/tenant/","iat":1700000000,"nbf":1700000000,)"
        R"("exp":1700003600,"tid":"tenant","appid":"app","idtyp":"user","ver":"1.0","uti":"*","pcsim_sandbox":"sb",)"
        R"("pcsim_gen":0,)"
        R"("oid":"user","upn":"a@b.c","roles":["AdminAgent"],"scp":"user_impersonation"})");
}

TEST(TokenClaims, AppTokenHasNoUserClaims) {
    Identity identity{"tenant", "app", "", "", {}, "aud", claimTime(0), claimTime(60)};
    const auto token = TokenService(SigningKey::forThisProcess()).mint(identity);
    EXPECT_EQ(claimsWithoutUti(token),
              R"({"aud":"aud","iss":"https://sts.windows.net/tenant/","iat":1700000000,"nbf":1700000000,)"
              R"("exp":1700000060,"tid":"tenant","appid":"app","idtyp":"app","ver":"1.0","uti":"*","pcsim_sandbox":"",)"
              R"("pcsim_gen":0})");
    const auto verified = TokenService(SigningKey::forThisProcess()).verify(token, claimTime(1));
    ASSERT_TRUE(verified);
    EXPECT_FALSE(verified->isAppUser());
    EXPECT_EQ(verified->audience, "aud");
}

}  // namespace
}  // namespace pcsim::http
