#include "http/fault_json.hpp"

namespace pcsim::http {

nlohmann::ordered_json faultRuleJson(const sim::FaultRule& rule) {
    nlohmann::ordered_json out = {{"name", rule.name}};
    nlohmann::ordered_json match = nlohmann::ordered_json::object();
    if (!rule.match.method.empty()) match["method"] = rule.match.method;
    if (!rule.match.path.empty()) match["path"] = rule.match.path;
    if (!match.empty()) out["match"] = std::move(match);

    const auto& when = rule.when;
    if (!when.nth.empty()) out["when"] = {{"nth", when.nth}};
    else if (when.everyNth > 0) out["when"] = {{"everyNth", when.everyNth}};
    else if (when.probability) out["when"] = {{"probability", *when.probability}};
    else if (when.after > 0) out["when"] = {{"after", when.after}};

    const auto& respond = rule.respond;
    nlohmann::ordered_json answer = nlohmann::ordered_json::object();
    if (respond.status != 0) answer["status"] = respond.status;
    if (respond.retryAfterSeconds >= 0) answer["retryAfterSeconds"] = respond.retryAfterSeconds;
    if (respond.delayMs > 0 || (respond.status == 0 && !respond.reset)) answer["delayMs"] = respond.delayMs;
    if (respond.reset) answer["reset"] = true;
    if (respond.code) answer["code"] = *respond.code;
    if (!respond.description.empty()) answer["description"] = respond.description;
    out["respond"] = std::move(answer);
    return out;
}

}  // namespace pcsim::http
