// The Entra ID surface as MSAL reads it, over HTTPS with the certificate verified: the OpenID
// configuration names the address the client used, instance discovery sends MSAL back to pcsim,
// access tokens are RS256 JWTs that verify against the published keys with OpenSSL alone (not with
// pcsim's code), each surface takes only its own audience, and the expire control route ends every
// token issued so far.
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <filesystem>

#include "e2e_fixture.hpp"
#include "http/server.hpp"
#include "http/tokens.hpp"
#include "http/transport/local_ca.hpp"
#include "http/transport/tls_session.hpp"
#include "scenario/loader.hpp"
#include "support/default_scenario.hpp"
#include "support/https_get.hpp"

namespace pcsim::testing {
namespace {

using default_scenario::kTenant;
using nlohmann::json;

class EntraTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        caDir_ = new std::string(std::filesystem::temp_directory_path() /
                                 ("pcsim-entra-test-" + std::to_string(::getpid())));
        auto files = http::issueServerCertificate(*caDir_);
        caFile_ = new std::string(files.caCertificate);
        auto loaded = scenario::loadScenarioFile(std::string(PCSIM_SCENARIOS_DIR) + "/default.yaml");
        ASSERT_TRUE(loaded);
        app_ = new http::App(loaded.scenario);
        http::ServerOptions options;
        options.port = 0;
        options.threads = 2;
        options.tls = std::make_shared<http::TlsContext>(files.serverCertificate, files.serverKey);
        server_ = new http::Server(*app_, options);
        server_->start();
    }
    static void TearDownTestSuite() {
        delete server_;
        delete app_;
        std::filesystem::remove_all(*caDir_);
        delete caDir_;
        delete caFile_;
    }
    static std::string url(const std::string& path) {
        return "https://127.0.0.1:" + std::to_string(server_->port()) + path;
    }
    static HttpsAnswer get(const std::string& path, const std::string& bearer = {}) {
        return httpsRequest(url(path), *caFile_, {}, bearer);
    }
    // A client-credentials token from the v2 endpoint for `scope`.
    static HttpsAnswer tokenFor(const std::string& scope) {
        return httpsRequest(url("/" + kTenant + "/oauth2/v2.0/token"), *caFile_,
                            "grant_type=client_credentials&client_id=0a0a0a0a-0000-4000-8000-00000000000a"
                            "&client_secret=dev-secret-1&scope=" +
                                scope);
    }
    static std::string accessToken(const std::string& scope) {
        auto answer = tokenFor(scope);
        EXPECT_EQ(answer.status, 200) << answer.body;
        return json::parse(answer.body).value("access_token", "");
    }

    static inline std::string* caDir_ = nullptr;
    static inline std::string* caFile_ = nullptr;
    static inline http::App* app_ = nullptr;
    static inline http::Server* server_ = nullptr;
};

constexpr const char* kPartnerCenterScope = "https%3A%2F%2Fapi.partnercenter.microsoft.com%2F.default";
constexpr const char* kArmScope = "https%3A%2F%2Fmanagement.azure.com%2F%2F.default";
const std::string kOrder =
    "/providers/Microsoft.Capacity/reservationOrders/00000000-0000-4000-8000-000000000000?api-version=2022-11-01";

std::string segment(const std::string& token, int index) {
    std::size_t begin = 0;
    for (int i = 0; i < index; ++i) begin = token.find('.', begin) + 1;
    const std::size_t end = index == 2 ? std::string::npos : token.find('.', begin) - begin;
    return token.substr(begin, end);
}

json decoded(const std::string& token, int index) { return json::parse(*http::base64UrlDecode(segment(token, index))); }

// An RSA public key from a JWK's n and e, by OpenSSL alone.
EVP_PKEY* publicKey(const json& jwk) {
    const auto n = *http::base64UrlDecode(jwk.at("n").get<std::string>());
    const auto e = *http::base64UrlDecode(jwk.at("e").get<std::string>());
    BIGNUM* bn = BN_bin2bn(reinterpret_cast<const unsigned char*>(n.data()), int(n.size()), nullptr);
    BIGNUM* be = BN_bin2bn(reinterpret_cast<const unsigned char*>(e.data()), int(e.size()), nullptr);
    OSSL_PARAM_BLD* build = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(build, OSSL_PKEY_PARAM_RSA_N, bn);
    OSSL_PARAM_BLD_push_BN(build, OSSL_PKEY_PARAM_RSA_E, be);
    OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(build);
    EVP_PKEY_CTX* context = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY* key = nullptr;
    EVP_PKEY_fromdata_init(context);
    EVP_PKEY_fromdata(context, &key, EVP_PKEY_PUBLIC_KEY, params);
    EVP_PKEY_CTX_free(context);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(build);
    BN_free(bn);
    BN_free(be);
    return key;
}

bool verifiesRs256(const std::string& token, EVP_PKEY* key) {
    const std::string input = token.substr(0, token.rfind('.'));
    const auto signature = *http::base64UrlDecode(segment(token, 2));
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    const bool good =
        EVP_DigestVerifyInit(context, nullptr, EVP_sha256(), nullptr, key) == 1 &&
        EVP_DigestVerify(context, reinterpret_cast<const unsigned char*>(signature.data()), signature.size(),
                         reinterpret_cast<const unsigned char*>(input.data()), input.size()) == 1;
    EVP_MD_CTX_free(context);
    return good;
}

TEST_F(EntraTest, TheOpenIdConfigurationNamesTheHttpsAddressTheClientUsed) {
    auto v2 = get("/" + kTenant + "/v2.0/.well-known/openid-configuration");
    ASSERT_EQ(v2.status, 200) << v2.body;
    auto document = json::parse(v2.body);
    EXPECT_EQ(document["token_endpoint"], url("/" + kTenant + "/oauth2/v2.0/token"));
    EXPECT_EQ(document["authorization_endpoint"], url("/" + kTenant + "/oauth2/v2.0/authorize"));
    EXPECT_EQ(document["jwks_uri"], url("/" + kTenant + "/discovery/v2.0/keys"));
    EXPECT_EQ(document["issuer"], url("/" + kTenant + "/v2.0"));
    EXPECT_EQ(document["id_token_signing_alg_values_supported"], json::array({"RS256"}));
    auto v1 = json::parse(get("/" + kTenant + "/.well-known/openid-configuration").body);
    EXPECT_EQ(v1["token_endpoint"], url("/" + kTenant + "/oauth2/token"));
    EXPECT_EQ(v1["issuer"], "https://sts.windows.net/" + kTenant + "/");
    auto unknown = get("/not-a-tenant/v2.0/.well-known/openid-configuration");
    EXPECT_EQ(unknown.status, 400);
    EXPECT_EQ(json::parse(unknown.body)["error_codes"], json::array({90002}));
}

TEST_F(EntraTest, InstanceDiscoverySendsMsalBackToThisServerWithItsPort) {
    // MSAL drops the port of the authority it asks about.
    auto answer = get("/common/discovery/instance?api-version=1.1&authorization_endpoint=https%3A%2F%2F127.0.0.1%2F" +
                      kTenant + "%2Foauth2%2Fv2.0%2Fauthorize");
    ASSERT_EQ(answer.status, 200) << answer.body;
    auto document = json::parse(answer.body);
    EXPECT_EQ(document["tenant_discovery_endpoint"], url("/" + kTenant + "/v2.0/.well-known/openid-configuration"));
    EXPECT_EQ(document["api-version"], "1.1");
    EXPECT_EQ(document["metadata"][0]["aliases"][0], "login.microsoftonline.com");
}

TEST_F(EntraTest, AccessTokensAreRs256AndVerifyAgainstThePublishedKey) {
    const std::string token = accessToken(kPartnerCenterScope);
    const json header = decoded(token, 0);
    EXPECT_EQ(header["alg"], "RS256");
    auto keys = json::parse(get("/" + kTenant + "/discovery/v2.0/keys").body)["keys"];
    ASSERT_EQ(keys.size(), 1u);
    EXPECT_EQ(keys[0]["kid"], header["kid"]);
    EXPECT_EQ(keys[0]["kty"], "RSA");
    EXPECT_EQ(keys[0]["use"], "sig");
    EVP_PKEY* key = publicKey(keys[0]);
    ASSERT_NE(key, nullptr);
    EXPECT_TRUE(verifiesRs256(token, key));
    std::string tampered = token;
    tampered[token.find('.') + 5] ^= 1;
    EXPECT_FALSE(verifiesRs256(tampered, key));
    EVP_PKEY_free(key);
    EXPECT_EQ(json::parse(get("/common/discovery/keys").body)["keys"][0]["n"], keys[0]["n"]);
}

TEST_F(EntraTest, TheV2AnswerHasNumbersAndTheAudienceComesFromTheScope) {
    auto answer = tokenFor(kArmScope);
    ASSERT_EQ(answer.status, 200) << answer.body;
    auto body = json::parse(answer.body);
    EXPECT_TRUE(body["expires_in"].is_number());
    EXPECT_TRUE(body["ext_expires_in"].is_number());
    EXPECT_FALSE(body.contains("resource"));
    EXPECT_EQ(decoded(body["access_token"], 1)["aud"], "https://management.azure.com/");
}

TEST_F(EntraTest, EachSurfaceTakesOnlyItsOwnAudience) {
    const std::string partnerCenter = accessToken(kPartnerCenterScope);
    const std::string arm = accessToken(kArmScope);
    EXPECT_EQ(get("/v1/customers", partnerCenter).status, 200);
    EXPECT_EQ(get(kOrder, arm).status, 404);  // past the token check: there is no such order

    auto armOnPartnerCenter = get("/v1/customers", arm);
    EXPECT_EQ(armOnPartnerCenter.status, 401) << armOnPartnerCenter.body;
    auto partnerCenterOnArm = get(kOrder, partnerCenter);
    EXPECT_EQ(partnerCenterOnArm.status, 401);
    auto armError = json::parse(partnerCenterOnArm.body)["error"];
    EXPECT_EQ(armError["code"], "InvalidAuthenticationTokenAudience");
    EXPECT_NE(armError["message"].get<std::string>().find("https://api.partnercenter.microsoft.com"),
              std::string::npos);

    // Refused by Partner Center since August 2025 (contract current-service.md §3).
    auto graph = httpsRequest(url("/" + kTenant + "/oauth2/token"), *caFile_,
                              "grant_type=client_credentials&client_id=0a0a0a0a-0000-4000-8000-00000000000a"
                              "&client_secret=dev-secret-1&resource=https%3A%2F%2Fgraph.windows.net");
    ASSERT_EQ(graph.status, 200) << graph.body;
    auto retired = get("/v1/customers", json::parse(graph.body)["access_token"]);
    EXPECT_EQ(retired.status, 401);
    EXPECT_EQ(json::parse(retired.body)["code"], 900420);
}

TEST_F(EntraTest, ScopesThatNameNoSingleKnownResourceAreRefusedInEntraIdsWords) {
    auto two = tokenFor(std::string(kPartnerCenterScope) + "%20" + kArmScope);
    EXPECT_EQ(two.status, 400);
    EXPECT_EQ(json::parse(two.body)["error_codes"], json::array({28000}));
    auto notDefault = tokenFor("https%3A%2F%2Fapi.partnercenter.microsoft.com%2Fuser_impersonation");
    EXPECT_EQ(notDefault.status, 400);
    EXPECT_EQ(json::parse(notDefault.body)["error"], "invalid_scope");
    auto unknown = tokenFor("https%3A%2F%2Fexample.com%2F.default");
    EXPECT_EQ(unknown.status, 400);
    EXPECT_EQ(json::parse(unknown.body)["error_codes"], json::array({500011}));
    auto none = httpsRequest(url("/" + kTenant + "/oauth2/v2.0/token"), *caFile_,
                             "grant_type=client_credentials&client_id=0a0a0a0a-0000-4000-8000-00000000000a"
                             "&client_secret=dev-secret-1");
    EXPECT_EQ(none.status, 400);
    EXPECT_EQ(json::parse(none.body)["error_codes"], json::array({900144}));
}

TEST_F(EntraTest, TheExpireRouteEndsEveryTokenIssuedSoFarAndOnlyThose) {
    const std::string before = accessToken(kPartnerCenterScope);
    ASSERT_EQ(get("/v1/customers", before).status, 200);
    auto expired = httpsRequest(url("/_pcsim/tokens/expire"), *caFile_, "{}");
    ASSERT_EQ(expired.status, 200) << expired.body;
    auto refused = get("/v1/customers", before);
    EXPECT_EQ(refused.status, 401);
    EXPECT_EQ(json::parse(refused.body)["description"].get<std::string>().find("expired") != std::string::npos, true)
        << refused.body;
    EXPECT_EQ(get("/v1/customers", accessToken(kPartnerCenterScope)).status, 200);
}

}  // namespace
}  // namespace pcsim::testing
