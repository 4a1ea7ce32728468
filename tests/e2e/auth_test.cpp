// The token endpoint and bearer-token enforcement, as a client written from the AAD and Partner
// Center docs sees them.
#include <ctime>
#include <fstream>
#include <iterator>

#include "e2e_fixture.hpp"
#include "http/tokens.hpp"

namespace pcsim::testing {
namespace {

nlohmann::json decodeJwtPayload(const std::string& jwt) {
    const auto first = jwt.find('.'), last = jwt.rfind('.');
    return nlohmann::json::parse(http::base64UrlDecode(jwt.substr(first + 1, last - first - 1)).value_or("{}"));
}

class AuthTest : public E2eTest {
protected:
    static void SetUpTestSuite() { startServer(); }

    RawResponse token(const std::string& form, const std::string& tenant = kTenant, const std::string& version = "") {
        return http_.send("POST", server().url("/" + tenant + "/oauth2/" + version + "token"), form,
                          {{"Content-Type", "application/x-www-form-urlencoded"}});
    }
};

TEST_F(AuthTest, ClientCredentialsGiveAJwtShapedAppTokenWithTheV1Fields) {
    auto r = token("grant_type=client_credentials&client_id=" + kClientId + "&client_secret=app-secret");
    ASSERT_EQ(r.status, 200) << r.body;
    auto body = r.json();
    EXPECT_EQ(body["token_type"], "Bearer");
    // Strings in the v1 answer, as in the docs' example; counted down from the answer, as Entra ID
    // does (3599 for the one-hour default).
    EXPECT_EQ(body["expires_in"], "3599");
    for (const char* field : {"ext_expires_in", "expires_on", "not_before", "resource", "access_token"})
        EXPECT_TRUE(body[field].is_string()) << field;
    EXPECT_FALSE(body.contains("refresh_token"));
    auto jwt = body["access_token"].get<std::string>();
    EXPECT_EQ(std::count(jwt.begin(), jwt.end(), '.'), 2);
}

TEST_F(AuthTest, RefreshTokenAndPasswordGrantsGiveAppUserTokens) {
    auto refreshed = token("grant_type=refresh_token&client_id=" + kClientId + "&refresh_token=user-refresh");
    ASSERT_EQ(refreshed.status, 200) << refreshed.body;
    EXPECT_EQ(refreshed.json()["refresh_token"], "user-refresh");
    EXPECT_EQ(refreshed.json()["scope"], "user_impersonation");

    auto password = token("grant_type=password&client_id=" + kClientId +
                          "&username=agent%40e2epartner.onmicrosoft.com&password=user-password");
    ASSERT_EQ(password.status, 200) << password.body;
    // An App+User token opens the App+User-only entitlements route; an App token does not.
    auto user = call("GET", "/v1/customers/" + kCustomer + "/entitlements", password.json()["access_token"]);
    EXPECT_EQ(user.status, 200) << user.body;
    auto app = call("GET", "/v1/customers/" + kCustomer + "/entitlements", appToken());
    EXPECT_EQ(app.status, 403);
    EXPECT_EQ(app.json()["code"], 2032);
}

TEST_F(AuthTest, V2EndpointAnswersNumbers) {
    auto r = token("grant_type=client_credentials&client_id=" + kClientId +
                       "&client_secret=app-secret&scope=https%3A%2F%2Fapi.partnercenter.microsoft.com%2F.default",
                   kTenant, "v2.0/");
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json()["expires_in"], 3599);
    EXPECT_EQ(r.json()["ext_expires_in"], 3599);
    EXPECT_FALSE(r.json().contains("expires_on"));
}

TEST_F(AuthTest, WrongCredentialsGetTheAadErrorShape) {
    auto badSecret = token("grant_type=client_credentials&client_id=" + kClientId + "&client_secret=nope");
    EXPECT_EQ(badSecret.status, 401);
    EXPECT_EQ(badSecret.json()["error"], "invalid_client");
    EXPECT_EQ(badSecret.json()["error_codes"], nlohmann::json::array({7000215}));
    EXPECT_EQ(badSecret.json()["error_description"].get<std::string>().rfind("AADSTS7000215:", 0), 0u);

    auto unknownApp = token("grant_type=client_credentials&client_id=not-an-app&client_secret=x");
    EXPECT_EQ(unknownApp.status, 400);
    EXPECT_EQ(unknownApp.json()["error"], "unauthorized_client");

    auto badRefresh = token("grant_type=refresh_token&client_id=" + kClientId + "&refresh_token=stolen");
    EXPECT_EQ(badRefresh.status, 400);
    EXPECT_EQ(badRefresh.json()["error"], "invalid_grant");

    auto wrongTenant = token("grant_type=client_credentials&client_id=" + kClientId + "&client_secret=app-secret",
                             "99999999-9999-4999-8999-999999999999");
    EXPECT_EQ(wrongTenant.status, 400);
    EXPECT_EQ(wrongTenant.json()["error_codes"], nlohmann::json::array({90002}));

    auto grant = token("grant_type=authorization_code&client_id=" + kClientId);
    EXPECT_EQ(grant.json()["error"], "unsupported_grant_type");
}

// A resource or scope that is not UTF-8 text names nothing: the AAD error, not a 500.
TEST_F(AuthTest, ResourceOrScopeThatIsNotTextGetsTheAadError) {
    auto resource =
        token("grant_type=client_credentials&client_id=" + kClientId + "&client_secret=app-secret&resource=%FF");
    EXPECT_EQ(resource.status, 400) << resource.body;
    EXPECT_EQ(resource.json()["error"], "invalid_resource") << resource.body;
    EXPECT_EQ(resource.json()["error_codes"], nlohmann::json::array({500011})) << resource.body;

    auto scope = token("grant_type=refresh_token&client_id=" + kClientId + "&refresh_token=user-refresh&scope=%FE",
                       kTenant, "v2.0/");
    EXPECT_EQ(scope.status, 400) << scope.body;
    EXPECT_EQ(scope.json()["error"], "invalid_scope") << scope.body;
    EXPECT_EQ(scope.json()["error_codes"], nlohmann::json::array({70011})) << scope.body;
}

TEST_F(AuthTest, PartnerCenterRoutesRequireAValidBearerToken) {
    auto missing = call("GET", "/v1/customers", "");
    EXPECT_EQ(missing.status, 401);
    EXPECT_EQ(missing.json()["code"], 800001);
    EXPECT_FALSE(missing.header("www-authenticate").empty());

    std::string token = appToken();
    std::string forged = token.substr(0, token.rfind('.') + 1) + "AAAA";
    auto bad = call("GET", "/v1/customers", forged);
    EXPECT_EQ(bad.status, 401);
    EXPECT_EQ(bad.json()["code"], 400);
}

TEST_F(AuthTest, ATokenOutlivesAMoveOfTheSimulatedClockByDefault) {
    // Clients cache a token on their own clock: a week of simulated time changes nothing for it.
    // (The scenario's simulated clock starts in March 2026, before today: on the simulated clock
    // expires_on would be in the past already.)
    auto issued = http_.send("POST", server().url("/_sandbox/wall/" + kTenant + "/oauth2/token"),
                             "grant_type=client_credentials&client_id=" + kClientId +
                                 "&client_secret=app-secret&resource=https%3A%2F%2Fapi.partnercenter.microsoft.com",
                             {{"Content-Type", "application/x-www-form-urlencoded"}});
    ASSERT_EQ(issued.status, 200) << issued.body;
    const auto expiresOn = std::stoll(issued.json().at("expires_on").get<std::string>());
    EXPECT_GE(expiresOn, std::time(nullptr) + 3500);
    EXPECT_LE(expiresOn, std::time(nullptr) + 3700);
    const std::string token = issued.json().at("access_token");
    EXPECT_EQ(http_.send("POST", server().url("/_sandbox/wall/_pcsim/clock"), R"({"advance":"P7D"})").status, 200);
    EXPECT_EQ(call("GET", "/_sandbox/wall/v1/customers", token).status, 200);
    EXPECT_EQ(http_.send("DELETE", server().url("/_pcsim/sandboxes/wall")).status, 204);
}

TEST_F(AuthTest, WithTheSimulatedTokenClockTokensExpireWhenTheClockMoves) {
    std::ifstream file(std::string(PCSIM_E2E_DIR) + "/e2e.yaml");
    std::string yaml((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    yaml += "\ntokens:\n  clock: simulated\n  lifetime: PT30M\n";
    auto loaded = http_.send("PUT", server().url("/_sandbox/simulated/_pcsim/scenario"), yaml,
                             {{"Content-Type", "application/yaml"}});
    ASSERT_EQ(loaded.status, 200) << loaded.body;
    auto issued = http_.send("POST", server().url("/_sandbox/simulated/" + kTenant + "/oauth2/token"),
                             "grant_type=client_credentials&client_id=" + kClientId +
                                 "&client_secret=app-secret&resource=https%3A%2F%2Fapi.partnercenter.microsoft.com",
                             {{"Content-Type", "application/x-www-form-urlencoded"}});
    ASSERT_EQ(issued.status, 200) << issued.body;
    EXPECT_EQ(issued.json()["expires_in"], "1799");
    const std::string token = issued.json().at("access_token");
    EXPECT_EQ(call("GET", "/_sandbox/simulated/v1/customers", token).status, 200);
    ASSERT_EQ(http_.send("POST", server().url("/_sandbox/simulated/_pcsim/clock"), R"({"advance":"PT31M"})").status,
              200);
    auto expired = call("GET", "/_sandbox/simulated/v1/customers", token);
    EXPECT_EQ(expired.status, 401);
    EXPECT_NE(expired.json()["description"].get<std::string>().find("expired"), std::string::npos);
    EXPECT_EQ(http_.send("DELETE", server().url("/_pcsim/sandboxes/simulated")).status, 204);
}

// Two requests in the same second get two tokens: each has its own `uti`, as Entra ID's do.
TEST_F(AuthTest, TwoTokensAreNeverAlike) {
    const std::string form = "grant_type=client_credentials&client_id=" + kClientId + "&client_secret=app-secret";
    auto first = token(form), second = token(form);
    ASSERT_EQ(first.status, 200) << first.body;
    ASSERT_EQ(second.status, 200) << second.body;
    EXPECT_NE(first.json()["access_token"], second.json()["access_token"]);
    const auto uti = decodeJwtPayload(first.json()["access_token"].get<std::string>()).value("uti", "");
    EXPECT_EQ(uti.size(), 22u) << uti;
    EXPECT_EQ(uti.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
              std::string::npos);
}

// Revoking the refresh tokens: the scenario's own refresh token and every one handed out are refused
// with AADSTS50173; signing in again (password grant) hands out the new generation's token, which
// refreshes; access tokens are untouched. In a sandbox of its own, since the default's users are shared.
TEST_F(AuthTest, RevokedRefreshTokensAreRefusedUntilTheUserSignsInAgain) {
    const std::string base = "/_sandbox/revoke/";
    auto tokenIn = [&](const std::string& form) {
        return http_.send("POST", server().url(base + kTenant + "/oauth2/token"), form,
                          {{"Content-Type", "application/x-www-form-urlencoded"}});
    };
    const std::string refreshForm = "grant_type=refresh_token&client_id=" + kClientId + "&refresh_token=";
    auto before = tokenIn(refreshForm + "user-refresh");
    ASSERT_EQ(before.status, 200) << before.body;
    const std::string accessToken = before.json().at("access_token");

    auto revoked = http_.send("POST", server().url(base + "_pcsim/tokens/expire"), R"({"tokens":"refresh"})");
    ASSERT_EQ(revoked.status, 200) << revoked.body;
    EXPECT_EQ(revoked.json()["expired"], "refresh");
    EXPECT_EQ(revoked.json()["refreshGeneration"], 1);
    EXPECT_EQ(revoked.json()["generation"], 0) << "access tokens are not expired by a refresh revocation";
    EXPECT_EQ(call("GET", base + "v1/customers/" + kCustomer + "/entitlements", accessToken).status, 200);

    auto refused = tokenIn(refreshForm + "user-refresh");
    EXPECT_EQ(refused.status, 400) << refused.body;
    EXPECT_EQ(refused.json()["error"], "invalid_grant");
    EXPECT_EQ(refused.json()["error_codes"], nlohmann::json::array({50173})) << refused.body;

    auto signedIn = tokenIn("grant_type=password&client_id=" + kClientId +
                            "&username=agent%40e2epartner.onmicrosoft.com&password=user-password");
    ASSERT_EQ(signedIn.status, 200) << signedIn.body;
    const std::string rotated = signedIn.json().at("refresh_token");
    EXPECT_NE(rotated, "user-refresh");
    auto refreshed = tokenIn(refreshForm + rotated);
    ASSERT_EQ(refreshed.status, 200) << refreshed.body;
    EXPECT_EQ(refreshed.json()["refresh_token"], rotated);

    // An edit of the revoked token is not recognised at all.
    EXPECT_EQ(tokenIn(refreshForm + "user-refresh1").json()["error_codes"], nlohmann::json::array({9002313}));
    // "all" moves both generations; an unknown kind is a 400 naming the kinds.
    auto all = http_.send("POST", server().url(base + "_pcsim/tokens/expire"), R"({"tokens":"all"})");
    EXPECT_EQ(all.json()["generation"], 1) << all.body;
    EXPECT_EQ(all.json()["refreshGeneration"], 2) << all.body;
    EXPECT_EQ(tokenIn(refreshForm + rotated).json()["error_codes"], nlohmann::json::array({50173}));
    auto bad = http_.send("POST", server().url(base + "_pcsim/tokens/expire"), R"({"tokens":"id"})");
    EXPECT_EQ(bad.status, 400) << bad.body;
    EXPECT_NE(bad.body.find("'access', 'refresh' or 'all'"), std::string::npos) << bad.body;
    EXPECT_EQ(http_.send("DELETE", server().url("/_pcsim/sandboxes/revoke")).status, 204);
}

}  // namespace
}  // namespace pcsim::testing
