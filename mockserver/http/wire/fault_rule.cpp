#include "http/wire/fault_rule.hpp"

namespace pcsim::http {

FaultRuleDocument faultRuleDocument(const sim::FaultRule& rule, std::int64_t matched) {
    FaultRuleDocument out;
    out.name = rule.name;
    if (!rule.match.method.empty() || !rule.match.path.empty()) {
        out.match.emplace();
        if (!rule.match.method.empty()) out.match->method = rule.match.method;
        if (!rule.match.path.empty()) out.match->path = rule.match.path;
    }
    // The loader takes one trigger per rule; a rule without one fires on every matching request.
    const auto& when = rule.when;
    if (!when.nth.empty()) out.when.emplace().nth = when.nth;
    else if (when.everyNth > 0) out.when.emplace().everyNth = when.everyNth;
    else if (when.probability) out.when.emplace().probability = when.probability;
    else if (when.after > 0) out.when.emplace().after = when.after;

    const auto& respond = rule.respond;
    auto& answer = out.respond;
    if (respond.status != 0) answer.status = respond.status;
    if (respond.retryAfterSeconds >= 0) answer.retryAfterSeconds = respond.retryAfterSeconds;
    // A rule that neither answers nor resets is a pure delay: its delay is shown even when 0.
    if (respond.delayMs > 0 || (respond.status == 0 && !respond.reset)) answer.delayMs = respond.delayMs;
    if (respond.reset) answer.reset = true;
    answer.code = respond.code;
    if (!respond.description.empty()) answer.description = respond.description;
    out.matched = matched;
    return out;
}

PCSIM_WIRE_MODEL(FaultMatchDocument) {
    v.optional("method", x.method);
    v.optional("path", x.path);
}

PCSIM_WIRE_MODEL(FaultWhenDocument) {
    v.optional("nth", x.nth);
    v.optional("everyNth", x.everyNth);
    v.optional("probability", x.probability);
    v.optional("after", x.after);
}

PCSIM_WIRE_MODEL(FaultRespondDocument) {
    v.optional("status", x.status);
    v.optional("retryAfterSeconds", x.retryAfterSeconds);
    v.optional("delayMs", x.delayMs);
    v.optional("reset", x.reset);
    v.optional("code", x.code);
    v.optional("description", x.description);
}

PCSIM_WIRE_MODEL(FaultRuleDocument) {
    v.required("name", x.name);
    v.optional("match", x.match);
    v.optional("when", x.when);
    v.required("respond", x.respond);
    v.required("matched", x.matched);
}

PCSIM_WIRE_MODEL(FaultList) {
    v.required("totalCount", x.totalCount);
    v.required("items", x.items);
}

}  // namespace pcsim::http
