// `login:` — a token request written out, for suites that test the token endpoint itself or act as
// another app or user. The scenario's first app and user fill what the step leaves out; a token
// obtained here is what later `auth: app` / `auth: user` requests send.
#include "suite/execute.hpp"

namespace pcsim::suite {

StepOutcome executeLogin(const Step& step, const LoginStep& login, CaseRun& run) {
    auto lookup = run.lookup();
    const ScenarioFacts& facts = run.scenario();
    auto pick = [&](const std::optional<std::string>& given, const std::string& fallback) {
        return given ? interpolate(*given, lookup) : fallback;
    };
    TokenRecipe recipe;
    recipe.tenant = pick(login.tenant, facts.tenantId);
    const std::string clientId = pick(login.clientId, facts.clientId);
    const std::string secret = pick(login.clientSecret, facts.clientSecret);
    std::string form = "client_id=" + urlEncode(clientId) + "&resource=" + urlEncode("https://api.partnercenter.microsoft.com");
    if (!secret.empty()) form += "&client_secret=" + urlEncode(secret);
    if (!login.user) {
        form = "grant_type=client_credentials&" + form;
    } else if (login.username || login.password || (facts.userRefreshToken.empty() && !login.refreshToken)) {
        form = "grant_type=password&" + form + "&username=" + urlEncode(pick(login.username, facts.userName)) +
               "&password=" + urlEncode(pick(login.password, facts.userPassword));
    } else {
        form = "grant_type=refresh_token&" + form + "&refresh_token=" + urlEncode(pick(login.refreshToken, facts.userRefreshToken));
    }
    recipe.form = form;

    HttpCall call;
    call.method = "POST";
    call.url = run.baseUrl() + "/" + recipe.tenant + "/oauth2/token";
    call.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    call.body = form;
    call.timeout = run.timeout();
    StepOutcome outcome;
    auto body = sendAndJudge(run, call, "POST /" + recipe.tenant + "/oauth2/token", step.expect, expectStatus(200),
                             step.save, outcome);
    if (outcome.passed() && outcome.status == 200 && body && body->contains("access_token") &&
        (*body)["access_token"].is_string())
        run.useToken(login.user, recipe, (*body)["access_token"].get<std::string>());
    return outcome;
}

}  // namespace pcsim::suite
