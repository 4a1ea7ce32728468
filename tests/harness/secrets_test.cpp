// Secrets never leave the server in the clear: what the journal keeps, what a bundle carries and
// what GET /_pcsim/scenario shows have client secrets, passwords, refresh tokens and issued tokens
// masked — and a masked bundle still rebuilds the same sandbox.
#include "sim/secrets.hpp"
#include "harness_fixture.hpp"

namespace pcsim::testing {
namespace {

const std::string kForm = "application/x-www-form-urlencoded";

// Every secret of the e2e scenario, and a wrong guess at one.
const std::vector<std::string> kSecrets = {"app-secret", "user-refresh", "user-password", "wrong-guess-42"};

void expectNoSecret(const std::string& text, const std::vector<std::string>& issued) {
    for (const auto& secret : kSecrets) EXPECT_EQ(text.find(secret), std::string::npos) << secret << " in " << text;
    for (const auto& token : issued) {
        ASSERT_FALSE(token.empty());
        EXPECT_EQ(text.find(token), std::string::npos) << "an issued token in " << text;
    }
}

// Token requests of every grant, one with a wrong secret; returns the tokens issued.
std::vector<std::string> signIn(InProcessApp& pcsim, const std::string& prefix) {
    const std::string url = prefix + "/" + kTenant + "/oauth2/token";
    std::vector<std::string> tokens;
    for (const std::string& body : {
             "grant_type=client_credentials&client_id=" + kClientId + "&client_secret=app-secret",
             "grant_type=password&client_id=" + kClientId +
                 "&client_secret=app-secret&username=agent%40e2epartner.onmicrosoft.com&password=user-password",
             "grant_type=refresh_token&client_id=" + kClientId + "&refresh_token=user-refresh",
         }) {
        auto r = pcsim.send("POST", url, body, {{"Content-Type", kForm}});
        EXPECT_EQ(r.status, 200) << r.body;
        auto answer = nlohmann::json::parse(r.body);
        tokens.push_back(answer.value("access_token", ""));
    }
    auto refused = pcsim.send("POST", url,
                              "grant_type=client_credentials&client_id=" + kClientId + "&client_secret=wrong-guess-42",
                              {{"Content-Type", kForm}});
    EXPECT_EQ(refused.status, 401) << refused.body;
    // A JSON body naming secrets, on a route that takes JSON.
    pcsim.call("POST", prefix + "/v1/customers/" + kCustomer + "/carts", tokens[0],
               R"({"lineItems": [], "password": "user-password", "refresh_token": "user-refresh"})");
    // A token in a query (some clients send one so), and in a path an error echoes.
    pcsim.call("GET", prefix + "/v1/customers?size=1&access_token=" + tokens[0], tokens[0]);
    pcsim.call("GET", prefix + "/v1/no-such/" + tokens[1], tokens[1]);
    return tokens;
}

TEST(Secrets, TheJournalKeepsNoSecretAndNoIssuedToken) {
    InProcessApp pcsim;
    auto tokens = signIn(pcsim, "/_sandbox/s");
    auto journal = pcsim.send("GET", "/_sandbox/s/_pcsim/journal");
    ASSERT_EQ(journal.status, 200);
    expectNoSecret(journal.body, tokens);
    auto items = InProcessApp::json(journal)["items"];
    ASSERT_EQ(items.size(), 7u) << journal.body;
    // What was sent is still readable, with each secret's value replaced by the mask.
    const std::string mask(sim::kSecretMask);
    EXPECT_NE(items[0]["requestBody"].get<std::string>().find("client_secret=" + mask), std::string::npos);
    EXPECT_NE(items[0]["requestBody"].get<std::string>().find("client_id=" + kClientId), std::string::npos);
    EXPECT_NE(items[0]["responseBody"].get<std::string>().find("\"access_token\":\"" + mask + "\""), std::string::npos);
}

TEST(Secrets, GetScenarioShowsNoSecret) {
    InProcessApp pcsim;
    auto r = pcsim.send("GET", "/_pcsim/scenario");
    ASSERT_EQ(r.status, 200);
    expectNoSecret(r.body, {});
    EXPECT_NE(InProcessApp::json(r)["source"].get<std::string>().find("clientId: " + kClientId), std::string::npos);
}

nlohmann::json ordersOf(InProcessApp& pcsim, const std::string& prefix) {
    auto r = pcsim.call("GET", prefix + "/v1/customers/" + kCustomer + "/orders", pcsim.appToken(prefix));
    EXPECT_EQ(r.status, 200) << r.body;
    return InProcessApp::json(r)["items"];
}

TEST(Secrets, ABundleCarriesNoSecretAndStillReplays) {
    InProcessApp source;
    auto tokens = signIn(source, "/_sandbox/s");
    source.buy("/_sandbox/s", tokens[0]);
    source.buy("/_sandbox/s", tokens[1], 2, "single");  // an App+User order: the user's identity is replayed
    auto bundle = source.send("GET", "/_sandbox/s/_pcsim/bundle");
    ASSERT_EQ(bundle.status, 200);
    expectNoSecret(bundle.body, tokens);

    InProcessApp target;
    auto imported = target.send("POST", "/_sandbox/r/_pcsim/bundle", bundle.body);
    ASSERT_EQ(imported.status, 200) << imported.body;
    auto expected = ordersOf(source, "/_sandbox/s");
    ASSERT_EQ(expected.size(), 2u);
    // The importing sandbox's own credentials (the same scenario's) take a token there.
    EXPECT_EQ(ordersOf(target, "/_sandbox/r"), expected);
    // The user's credentials too, and the mask itself is no credential.
    EXPECT_FALSE(target.userToken("/_sandbox/r").empty());
    auto masked = target.send(
        "POST", "/_sandbox/r/" + kTenant + "/oauth2/token",
        "grant_type=client_credentials&client_id=" + kClientId + "&client_secret=" + std::string(sim::kSecretMask),
        {{"Content-Type", kForm}});
    EXPECT_EQ(masked.status, 401) << masked.body;
    // Exported again, the rebuilt sandbox is still masked.
    expectNoSecret(target.send("GET", "/_sandbox/r/_pcsim/bundle").body, tokens);
}

}  // namespace
}  // namespace pcsim::testing
