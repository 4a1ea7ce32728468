#include "http/wire/bundle_document.hpp"
#include "partnercenter/text.hpp"

#include "http/wire/fault_rule.hpp"
#include "scenario/loader.hpp"

namespace pcsim::http {

void to_json(nlohmann::ordered_json& j, const CountedFault& value) {
    j = nlohmann::ordered_json(faultRuleDocument(value.rule, value.matched));
}

void read_json(const nlohmann::json& j, const ::partnercenter::models::Path& path, CountedFault& value) {
    if (!j.is_object()) partnercenter::models::detail::fail_type(path, "an object", j);
    std::uint64_t matched = 0;
    wire::FieldReader(j, path).required("matched", matched);
    auto rule = j;
    for (auto it = rule.begin(); it != rule.end();)
        it = partnercenter::text::equalsIgnoreCase(it.key(), "matched") ? rule.erase(it) : std::next(it);
    auto parsed = scenario::parseFaultRule(rule.dump(), path.str());
    if (!parsed.rule) path.fail(parsed.diagnostics.front().message);
    value = {std::move(*parsed.rule), static_cast<std::int64_t>(matched)};
}

PCSIM_WIRE_MODEL(FaultInjector::Snapshot) {
    v.required("rules", x.rules);
    v.required("random", x.random);
}

PCSIM_WIRE_MODEL(ThrottleWindow) {
    v.required("rule", x.rule);
    v.required("tenant", x.tenant);
    v.required("arrivals", x.arrivals);
}

PCSIM_WIRE_MODEL(BundleFormat) { v.required("pcsimBundle", x.pcsimBundle); }

PCSIM_WIRE_MODEL(BundleScenario) {
    v.defaulted("name", x.name);
    v.required("source", x.source);
}

PCSIM_WIRE_MODEL(BundleClock) {
    v.required("now", x.now);
    v.defaulted("mode", x.mode);
}

PCSIM_WIRE_MODEL(BundleState) {
    v.required("operations", x.operations);
    v.required("faults", x.faults);
    v.required("throttling", x.throttling);
}

PCSIM_WIRE_MODEL(BundleDocument) {
    v.required("pcsimBundle", x.pcsimBundle);
    v.defaulted("sandbox", x.sandbox);
    v.defaulted("exportedAt", x.exportedAt);
    v.required("scenario", x.scenario);
    v.nullable("seed", x.seed);
    v.required("clock", x.clock);
    v.required("state", x.state);
    v.required("journal", x.journal);
    v.defaulted("journalDropped", x.journalDropped);
}

}  // namespace pcsim::http
