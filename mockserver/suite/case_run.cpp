#include "suite/case_run.hpp"

#include "partnercenter/partner_client.hpp"
#include "partnercenter/text.hpp"
#include "suite/assertions.hpp"

namespace pcsim::suite {

using partnercenter::text::percentEncode;

namespace {
constexpr const char* kResource = "https://api.partnercenter.microsoft.com";
constexpr const char* kArmResource = "https://management.azure.com/";

// The same request for ARM's audience: its resource replaced (or added, when a login step wrote none).
TokenRecipe armRecipe(TokenRecipe recipe) {
    const std::string partnerCenter = "resource=" + percentEncode(kResource);
    const std::string arm = "resource=" + percentEncode(kArmResource);
    if (auto at = recipe.form.find(partnerCenter); at != std::string::npos)
        recipe.form.replace(at, partnerCenter.size(), arm);
    else if (recipe.form.find("resource=") == std::string::npos) recipe.form += "&" + arm;
    return recipe;
}
}  // namespace

CaseRun::CaseRun(const Suite& suite, const Case& testCase, const ScenarioFacts& scenario, std::string serverUrl,
                 std::string sandbox, HttpClient& http, std::string adminToken)
    : suite_(suite),
      case_(testCase),
      scenario_(scenario),
      sandbox_(std::move(sandbox)),
      baseUrl_(serverUrl + "/_sandbox/" + sandbox_),
      http_(http),
      adminToken_(std::move(adminToken)) {}

std::optional<nlohmann::json> CaseRun::variable(const std::string& name) {
    if (auto it = variables_.find(name); it != variables_.end()) return it->second;
    if (name == "appToken") return token(Auth::app);
    if (name == "userToken") return token(Auth::user);
    if (name == "tenantId") return scenario_.tenantId;
    if (name == "clientId") return scenario_.clientId;
    if (name == "sandbox") return sandbox_;
    if (name == "baseUrl") return baseUrl_;
    if (name == "uuid") return partnercenter::newGuid();  // a fresh one at every use
    if (name == "caseName") return case_.name;
    if (name == "suiteName") return suite_.name;
    return std::nullopt;
}

TokenRecipe tokenRecipe(const TokenCredentials& c) {
    std::string form = "client_id=" + percentEncode(c.clientId) + "&resource=" + percentEncode(kResource);
    if (!c.clientSecret.empty()) form += "&client_secret=" + percentEncode(c.clientSecret);
    if (!c.user) form += "&grant_type=client_credentials";
    else if (!c.refreshToken.empty())
        form += "&grant_type=refresh_token&refresh_token=" + percentEncode(c.refreshToken);
    else
        form += "&grant_type=password&username=" + percentEncode(c.username) + "&password=" + percentEncode(c.password);
    return {c.tenant, std::move(form)};
}

HttpCall tokenCall(const std::string& baseUrl, const TokenRecipe& recipe, std::chrono::milliseconds timeout) {
    HttpCall call;
    call.method = "POST";
    call.url = baseUrl + "/" + recipe.tenant + "/oauth2/token";
    call.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    call.body = recipe.form;
    call.timeout = timeout;
    return call;
}

TokenRecipe CaseRun::defaultRecipe(bool user) const {
    if (!user && !scenario_.hasApp)
        throw InterpolationError("the scenario '" + scenario_.name +
                                 "' has no app in partner.apps, so there is no App token");
    if (user && (!scenario_.hasApp || !scenario_.hasUser))
        throw InterpolationError("the scenario '" + scenario_.name +
                                 "' needs an app and a user (partner.apps, partner.users) for an App+User token");
    return tokenRecipe({scenario_.tenantId, scenario_.clientId, scenario_.clientSecret, user,
                        scenario_.userRefreshToken, scenario_.userName, scenario_.userPassword});
}

std::string CaseRun::mint(const TokenRecipe& recipe) {
    HttpAnswer answer = http_.send(tokenCall(baseUrl_, recipe, timeout()));
    auto body = parseBody(answer.body);
    if (answer.status != 200 || !body || !body->contains("access_token") || !(*body)["access_token"].is_string())
        throw InterpolationError("no token from POST /" + recipe.tenant + "/oauth2/token: " +
                                 (answer.answered()
                                      ? std::to_string(answer.status) + " " + excerptText(answer.body, 200)
                                      : answer.transportError));
    return (*body)["access_token"].get<std::string>();
}

std::string CaseRun::token(Auth auth, bool forArm) {
    if (auth == Auth::inherit) auth = suite_.defaults.auth;
    if (auth == Auth::none) return {};
    const bool user = auth == Auth::user;
    auto& cached = forArm ? (user ? armUserToken_ : armAppToken_) : (user ? userToken_ : appToken_);
    if (cached) return *cached;
    auto& recipe = user ? userRecipe_ : appRecipe_;
    if (!recipe) recipe = defaultRecipe(user);
    cached = mint(forArm ? armRecipe(*recipe) : *recipe);
    return *cached;
}

void CaseRun::useToken(bool user, TokenRecipe recipe, std::string token) {
    (user ? userRecipe_ : appRecipe_) = std::move(recipe);
    (user ? userToken_ : appToken_) = std::move(token);
    (user ? armUserToken_ : armAppToken_).reset();
}

void CaseRun::forgetTokens() {
    appToken_.reset();
    userToken_.reset();
    armAppToken_.reset();
    armUserToken_.reset();
}

}  // namespace pcsim::suite
