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
    TokenCredentials who;
    who.tenant = pick(login.tenant, facts.tenantId);
    who.clientId = pick(login.clientId, facts.clientId);
    who.clientSecret = pick(login.clientSecret, facts.clientSecret);
    who.user = login.user;
    if (login.user) {
        // A user name or password written in the step asks for the password grant.
        if (!login.username && !login.password) who.refreshToken = pick(login.refreshToken, facts.userRefreshToken);
        who.username = pick(login.username, facts.userName);
        who.password = pick(login.password, facts.userPassword);
    }
    const TokenRecipe recipe = tokenRecipe(who);
    const HttpCall call = tokenCall(run.baseUrl(), recipe, run.timeout());
    StepOutcome outcome;
    auto body = sendAndJudge(run, call, "POST /" + recipe.tenant + "/oauth2/token", step.expect, expectStatus(200),
                             step.save, outcome);
    if (outcome.passed() && outcome.status == 200 && body && body->contains("access_token") &&
        (*body)["access_token"].is_string())
        run.useToken(login.user, recipe, (*body)["access_token"].get<std::string>());
    return outcome;
}

}  // namespace pcsim::suite
