#pragma once
// One case while it runs: its sandbox's address, its variables (the suite's, the case's, what steps
// saved, and the built-ins), its tokens (minted on first use), and the HTTP client of its worker.
#include <map>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "suite/http_client.hpp"
#include "suite/model.hpp"
#include "suite/scenario_facts.hpp"

namespace pcsim::suite {

// A token request: the grant and its form fields (kept so a token can be minted again after the
// simulated clock has moved past its expiry).
struct TokenRecipe {
    std::string tenant;
    std::string form;  // x-www-form-urlencoded
};

// Who asks for a token. An app gets client_credentials; a user the refresh_token grant when a
// refresh token is given, else the password grant.
struct TokenCredentials {
    std::string tenant, clientId, clientSecret;
    bool user = false;
    std::string refreshToken, username, password;
};
TokenRecipe tokenRecipe(const TokenCredentials& credentials);
// POST {baseUrl}/{tenant}/oauth2/token with the recipe's form.
HttpCall tokenCall(const std::string& baseUrl, const TokenRecipe& recipe, std::chrono::milliseconds timeout);

class CaseRun {
public:
    CaseRun(const Suite& suite, const Case& testCase, const ScenarioFacts& scenario, std::string serverUrl,
            std::string sandbox, HttpClient& http, std::string adminToken = {});

    const Suite& suite() const { return suite_; }
    const ScenarioFacts& scenario() const { return scenario_; }
    // http://host:port/_sandbox/{name}: every path of a step is relative to it.
    const std::string& baseUrl() const { return baseUrl_; }
    HttpClient& http() { return http_; }
    // Sent on control-plane calls when the server is not on this machine (pcsim serve --admin-token).
    const std::string& adminToken() const { return adminToken_; }
    std::chrono::milliseconds timeout() const { return suite_.defaults.timeout; }

    // Variables, then built-ins. Minting a token may throw InterpolationError.
    std::optional<nlohmann::json> variable(const std::string& name);
    VariableLookup lookup() {
        return [this](const std::string& name) { return variable(name); };
    }
    void setVariable(const std::string& name, nlohmann::json value) { variables_[name] = std::move(value); }

    // A bearer token for `auth` (inherit: the suite's default); "" for Auth::none. ARM routes take
    // only ARM's audience, so a request to one (`forArm`) gets a token minted for it.
    std::string token(Auth auth, bool forArm = false);
    // After a login step: later tokens of that kind come from this recipe.
    void useToken(bool user, TokenRecipe recipe, std::string token);
    // The simulated clock moved: tokens may have expired, mint them again when next needed.
    void forgetTokens();
    TokenRecipe defaultRecipe(bool user) const;

private:
    std::string mint(const TokenRecipe& recipe);

    const Suite& suite_;
    const Case& case_;
    const ScenarioFacts& scenario_;
    std::string sandbox_;
    std::string baseUrl_;
    HttpClient& http_;
    std::string adminToken_;
    std::map<std::string, nlohmann::json> variables_;
    std::optional<TokenRecipe> appRecipe_, userRecipe_;
    std::optional<std::string> appToken_, userToken_, armAppToken_, armUserToken_;
};

}  // namespace pcsim::suite
