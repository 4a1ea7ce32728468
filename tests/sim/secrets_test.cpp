// maskSecrets: every shape a secret reaches pcsim in (forms, JSON, YAML, prose, headers), and
// nothing else touched; sameSecret: the admin-token comparison.
#include <gtest/gtest.h>

#include "sim/secrets.hpp"

namespace pcsim::testing {
namespace {

using sim::maskSecrets;

TEST(MaskSecrets, FormBodiesOfEveryGrant) {
    EXPECT_EQ(maskSecrets("grant_type=client_credentials&client_id=abc&client_secret=s3cr%2Bt&resource=x"),
              "grant_type=client_credentials&client_id=abc&client_secret=***&resource=x");
    EXPECT_EQ(maskSecrets("grant_type=password&username=a%40b&password=hunter2"),
              "grant_type=password&username=a%40b&password=***");
    EXPECT_EQ(maskSecrets("refresh_token=rt-1&client_assertion=eyJhbGc.eyJzdWI.c2ln&Client_Secret=x"),
              "refresh_token=***&client_assertion=***&Client_Secret=***");
    EXPECT_EQ(maskSecrets("client_secret=&grant_type=x"), "client_secret=&grant_type=x");  // none sent
}

TEST(MaskSecrets, JsonBodiesStayJson) {
    EXPECT_EQ(maskSecrets(R"({"token_type":"Bearer","access_token":"eyJa.eyJb.c","refresh_token":"rt","x":1})"),
              R"({"token_type":"Bearer","access_token":"***","refresh_token":"***","x":1})");
    EXPECT_EQ(maskSecrets(R"({"password": 1234, "id_token": null, "clientSecret": "a\"b", "n": "password"})"),
              R"({"password": "***", "id_token": null, "clientSecret": "***", "n": "password"})");
    EXPECT_EQ(maskSecrets(R"({"Authorization": "Bearer abc"})"), R"({"Authorization": "***"})");
    // A JSON body quoted in JSON, as a bundle's journal holds it.
    EXPECT_EQ(maskSecrets(R"({"responseBody": "{\"refresh_token\":\"rt-1\",\"x\":1}"})"),
              R"({"responseBody": "{\"refresh_token\":\"***\",\"x\":1}"})");
    EXPECT_EQ(maskSecrets(R"("{\"password\": 1234}")"), R"("{\"password\": \"***\"}")");
    // A body cut in the middle of a secret hides what there is of it.
    EXPECT_EQ(maskSecrets(R"({"access_token":"eyJhbGciOi)"), R"({"access_token":"***)");
}

TEST(MaskSecrets, YamlKeepsItsCommentsAndStaysYaml) {
    EXPECT_EQ(maskSecrets("apps:\n  - clientId: a\n    clientSecret: dev-secret-1     # the app\n"
                          "users:\n  - { upn: u@x, password: 'p w', refreshToken: rt-1 }\n"),
              "apps:\n  - clientId: a\n    clientSecret: \"***\"     # the app\n"
              "users:\n  - { upn: u@x, password: '***', refreshToken: \"***\" }\n");
    // Inside a JSON string the YAML's line ends are escapes.
    EXPECT_EQ(maskSecrets(R"("source": "password: p1\n  refreshToken: \"rt\"\n")"),
              R"("source": "password: \"***\"\n  refreshToken: \"***\"\n")");
}

TEST(MaskSecrets, CredentialsInHeadersAndProse) {
    EXPECT_EQ(maskSecrets("Authorization: Bearer abc.def"), "Authorization: \"***\"");
    EXPECT_EQ(maskSecrets("sent Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.sig_-x and Basic dXNlcjpwYXNzd29yZA=="),
              "sent Bearer *** and Basic ***");
    EXPECT_EQ(maskSecrets("/v1/no-such/eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiIsImtpZCI6InBjc2ltIn0.eyJhdWQiOiJo.c2ln"),
              "/v1/no-such/***");
    EXPECT_EQ(maskSecrets("GET /v1/x?t=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln HTTP"), "GET /v1/x?t=*** HTTP");
}

TEST(MaskSecrets, LeavesEverythingElseAlone) {
    for (const std::string& text : {
             std::string(R"({"items":[{"title":"Basic tier","description":"a password manager"}],"eyJ":1})"),
             std::string("Error validating credentials due to invalid username or password."),
             std::string("{\"continuationToken\":\"abc\",\"tokenType\":\"x\"}"),
             std::string(),
         })
        EXPECT_EQ(maskSecrets(text), text);
}

TEST(MaskSecrets, MaskingTwiceChangesNothing) {
    const std::string once =
        maskSecrets("a=1&password=x\nclientSecret: y\n{\"access_token\": \"z\"} Bearer 0123456789abcdef");
    EXPECT_EQ(maskSecrets(once), once);
    EXPECT_TRUE(sim::isMasked(sim::kSecretMask));
}

TEST(SameSecret, EqualOnlyWhenEqual) {
    EXPECT_TRUE(sim::sameSecret("admin-token", "admin-token"));
    EXPECT_FALSE(sim::sameSecret("admin-tokeN", "admin-token"));
    EXPECT_FALSE(sim::sameSecret("admin-token-and-more", "admin-token"));
    EXPECT_FALSE(sim::sameSecret("admin", "admin-token"));
    EXPECT_FALSE(sim::sameSecret("", "admin-token"));
    EXPECT_FALSE(sim::sameSecret("", ""));  // no token configured: nothing matches
}

}  // namespace
}  // namespace pcsim::testing
