#include "suite/exchange.hpp"

#include "partnercenter/text.hpp"

namespace pcsim::suite {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::percentEncode;
namespace {

void setHeader(std::vector<std::pair<std::string, std::string>>& headers, const std::string& name, std::string value) {
    for (auto& header : headers)
        if (equalsIgnoreCase(header.first, name)) {
            header.second = std::move(value);
            return;
        }
    headers.emplace_back(name, std::move(value));
}

bool hasHeader(const std::vector<std::pair<std::string, std::string>>& headers, const std::string& name) {
    for (const auto& header : headers)
        if (equalsIgnoreCase(header.first, name)) return true;
    return false;
}

}  // namespace

void appendQuery(std::string& path, const std::string& name, const std::string& value) {
    path += path.find('?') == std::string::npos ? '?' : '&';
    path += percentEncode(name) + "=" + percentEncode(value);
}

Expectation expectStatus(int status) {
    Expectation expect;
    expect.status = StatusExpectation{{status}, {}};
    return expect;
}

HttpCall buildCall(const RequestSpec& spec, CaseRun& run, std::string* shown) {
    auto lookup = run.lookup();
    HttpCall call;
    call.method = spec.method;
    std::string path = interpolate(spec.path, lookup);
    for (const auto& [name, value] : spec.query) appendQuery(path, name, interpolate(value, lookup));
    call.url = run.baseUrl() + path;
    call.timeout = run.timeout();
    if (shown) *shown = spec.method + " " + path;

    for (const auto& [name, value] : run.suite().defaults.headers)
        setHeader(call.headers, name, interpolate(value, lookup));
    for (const auto& [name, value] : spec.headers) setHeader(call.headers, name, interpolate(value, lookup));
    // An Authorization header written in the suite wins over `auth`.
    if (!hasHeader(call.headers, "Authorization")) {
        const std::string lower = partnercenter::text::toLower(path);
        const bool arm = lower.rfind("/subscriptions", 0) == 0 || lower.rfind("/providers", 0) == 0;
        std::string token = run.token(spec.auth, arm);
        if (!token.empty()) call.headers.emplace_back("Authorization", "Bearer " + token);
    }
    if (!hasHeader(call.headers, "Accept")) call.headers.emplace_back("Accept", "application/json");
    if (spec.body) {
        call.body = spec.body->render(lookup).dump();
        if (!hasHeader(call.headers, "Content-Type")) call.headers.emplace_back("Content-Type", "application/json");
    } else if (spec.rawBody) {
        call.body = interpolate(*spec.rawBody, lookup);
    }
    return call;
}

HttpCall controlCall(CaseRun& run, const std::string& method, const std::string& path,
                     const std::optional<nlohmann::json>& body) {
    HttpCall call;
    call.method = method;
    call.url = run.baseUrl() + path;
    call.timeout = run.timeout();
    call.headers.emplace_back("Accept", "application/json");
    if (!run.adminToken().empty()) call.headers.emplace_back("Authorization", "Bearer " + run.adminToken());
    if (body) {
        call.body = body->dump();
        call.headers.emplace_back("Content-Type", "application/json");
    }
    return call;
}

void applySaves(const std::vector<Save>& saves, const HttpAnswer* answer, const std::optional<nlohmann::json>& document,
                CaseRun& run, StepOutcome& outcome) {
    for (const auto& save : saves) {
        if (save.path) {
            auto value = document ? save.path->find(*document) : std::nullopt;
            if (!value) {
                outcome.error = "save " + save.variable + ": " + save.path->text() + " is not in the answer";
                return;
            }
            run.setVariable(save.variable, std::move(*value));
            continue;
        }
        if (!answer || !answer->headers.count(save.header)) {
            outcome.error = "save " + save.variable + ": the answer has no header " + save.header;
            return;
        }
        run.setVariable(save.variable, answer->headers.at(save.header));
    }
}

std::optional<HttpAnswer> send(CaseRun& run, const HttpCall& call, const std::string& shown, StepOutcome& outcome) {
    outcome.request = shown;
    outcome.requestBody = excerptText(call.body, 300);
    HttpAnswer answer = run.http().send(call);
    if (!answer.answered()) {
        outcome.error = "no answer: " + answer.transportError;
        return std::nullopt;
    }
    outcome.status = answer.status;
    outcome.response = std::to_string(answer.status) + " " + excerptText(answer.body, 600);
    return answer;
}

std::optional<nlohmann::json> sendAndJudge(CaseRun& run, const HttpCall& call, const std::string& shown,
                                           const std::optional<Expectation>& expect, const Expectation& fallback,
                                           const std::vector<Save>& saves, StepOutcome& outcome) {
    auto answer = send(run, call, shown, outcome);
    if (!answer) return std::nullopt;
    auto body = parseBody(answer->body);
    outcome.mismatches = judgeAnswer(expect ? *expect : fallback, *answer, body, run.lookup());
    if (outcome.passed()) applySaves(saves, &*answer, body, run, outcome);
    return body;
}

}  // namespace pcsim::suite
