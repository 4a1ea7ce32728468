// The `faults:` and `throttling:` sections: which requests they apply to (`match`), when a fault
// fires (`when`) and what it answers instead (`respond`).
#include "partnercenter/text.hpp"
#include "scenario/id_rules.hpp"
#include "scenario/loader.hpp"
#include "scenario/sections.hpp"
#include "scenario/yaml_document.hpp"
#include "scenario/yaml_fields.hpp"

namespace pcsim::scenario {

using partnercenter::text::equalsIgnoreCase;
namespace {

const std::vector<std::string> kMethods = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "*"};

// "/v1/customers/*/carts/*/checkout": absolute, no query string, `*` and `**` only as whole segments.
std::optional<std::string> pathPatternProblem(std::string_view pattern) {
    if (pattern.empty() || pattern.front() != '/') return "must start with '/'";
    if (pattern.find_first_of("?# \t") != std::string_view::npos) return "must be a path only (no query, no spaces)";
    std::size_t start = 1;
    while (start <= pattern.size()) {
        std::size_t end = pattern.find('/', start);
        if (end == std::string_view::npos) end = pattern.size();
        std::string_view segment = pattern.substr(start, end - start);
        if (segment.empty() && end != pattern.size()) return "has an empty segment ('//')";
        if (segment.find('*') != std::string_view::npos && segment != "*" && segment != "**")
            return "may use '*' (one segment) and '**' (any number of segments) only as whole segments";
        start = end + 1;
    }
    return std::nullopt;
}

std::optional<sim::RequestMatch> readMatch(const YAML::Node& node, const std::string& path, LoadContext& ctx) {
    MapReader map(node, path, ctx.diags, {"method", "path"});
    if (!map.isMapping()) return std::nullopt;
    sim::RequestMatch match;
    bool ok = true;
    if (map.has("method")) {
        auto method = map.choice("method", kMethods);
        ok = ok && method.has_value();
        if (method && *method != "*") match.method = *method;
    }
    if (auto pattern = map.text("path")) {
        if (auto problem = pathPatternProblem(*pattern)) {
            map.error("path", "'path' " + *problem + ": '" + *pattern + "'");
            ok = false;
        }
        match.path = *pattern;
    }
    if (!ok) return std::nullopt;
    return match;
}

std::optional<sim::FaultTrigger> readWhen(const YAML::Node& node, const std::string& path, LoadContext& ctx) {
    MapReader map(node, path, ctx.diags, {"nth", "everyNth", "probability", "after"});
    sim::FaultTrigger when;
    if (!map.isMapping()) return std::nullopt;
    int given = map.has("nth") + map.has("everyNth") + map.has("probability") + map.has("after");
    if (given > 1) {
        map.error("'when' takes one of nth, everyNth, probability, after; not several");
        return std::nullopt;
    }
    bool ok = true;
    if (map.has("nth")) {
        YAML::Node nth = map.value("nth");
        std::vector<YAML::Node> items;
        if (nth.IsSequence())
            for (const auto& item : nth) items.push_back(item);
        else items.push_back(nth);  // `nth: 3` is read as `nth: [3]`
        for (const auto& item : items) {
            auto n = readInteger(item, "'nth'", ctx.diags, 1);
            ok = ok && n.has_value();
            if (n) when.nth.push_back(*n);
        }
        if (items.empty()) {
            map.error("nth", "'nth' must list at least one request number (1 = the first matching request)");
            ok = false;
        }
    }
    if (map.has("everyNth")) {
        auto every = map.integer("everyNth", Need::optional, 1);
        ok = ok && every.has_value();
        when.everyNth = every.value_or(0);
    }
    if (map.has("probability")) {
        auto p = map.number("probability", Need::optional, 0);
        if (p && *p > 1) {
            map.error("probability", "'probability' must be between 0 and 1");
            p.reset();
        }
        ok = ok && p.has_value();
        when.probability = p;
    }
    if (map.has("after")) {
        auto after = map.integer("after", Need::optional, 0);
        ok = ok && after.has_value();
        when.after = after.value_or(0);
    }
    if (!ok) return std::nullopt;
    return when;
}

std::optional<sim::FaultResponse> readRespond(const YAML::Node& node, const std::string& path, LoadContext& ctx) {
    MapReader map(node, path, ctx.diags, {"status", "retryAfterSeconds", "delayMs", "reset", "code", "description"});
    if (!map.isMapping()) return std::nullopt;
    sim::FaultResponse respond;
    std::size_t before = ctx.diags.count();
    if (auto status = map.integer("status", Need::optional, 100, 599)) respond.status = int(*status);
    if (auto retryAfter = map.integer("retryAfterSeconds", Need::optional, 0)) respond.retryAfterSeconds = *retryAfter;
    if (auto delay = map.integer("delayMs", Need::optional, 0, 600000)) respond.delayMs = *delay;
    if (auto reset = map.flag("reset")) respond.reset = *reset;
    if (auto code = map.integer("code", Need::optional, 0, 2147483647)) respond.code = int(*code);
    if (auto description = map.text("description")) respond.description = *description;
    if (ctx.diags.count() != before) return std::nullopt;

    if (!map.has("status") && !map.has("delayMs") && !respond.reset) {
        map.error("'respond' needs 'status', 'delayMs' or 'reset: true'");
        return std::nullopt;
    }
    if (respond.reset && map.has("status")) {
        map.error("status", "'reset' drops the connection without an answer; it cannot go with 'status'");
        return std::nullopt;
    }
    for (const char* key : {"retryAfterSeconds", "code", "description"})
        if (map.has(key) && !map.has("status")) {
            map.error(key, "'" + std::string(key) + "' describes the substitute answer; it needs 'status'");
            return std::nullopt;
        }
    return respond;
}

}  // namespace

std::optional<sim::FaultRule> readFaultRule(const YAML::Node& node, const std::string& path, LoadContext& ctx,
                                            const std::string& defaultName, UniqueIds& names) {
    MapReader map(node, path, ctx.diags, {"name", "match", "when", "respond"});
    if (!map.isMapping()) return std::nullopt;
    sim::FaultRule rule;
    auto name = map.text("name", defaultName.empty() ? Need::required : Need::optional);
    if (name && name->empty()) map.error("name", "'name' must not be empty");
    rule.name = name.value_or(defaultName);
    if (!rule.name.empty()) names.add(rule.name, map.has("name") ? map.value("name") : node, ctx.diags);
    // `match` omitted: every request; `when` omitted: always.
    auto match = map.has("match") ? readMatch(map.value("match"), map.pathOf("match"), ctx) : sim::RequestMatch{};
    auto when = map.has("when") ? readWhen(map.value("when"), map.pathOf("when"), ctx) : sim::FaultTrigger{};
    auto respond = map.has("respond") ? readRespond(map.value("respond"), map.pathOf("respond"), ctx) : std::nullopt;
    if (!map.has("respond")) map.error("missing required key 'respond' in " + (path.empty() ? "the rule" : path));
    if (!match || !when || !respond || rule.name.empty()) return std::nullopt;
    return sim::FaultRule{rule.name, *match, *when, *respond};
}

std::vector<sim::FaultRule> readFaults(const YAML::Node& node, LoadContext& ctx) {
    std::vector<sim::FaultRule> out;
    if (!node.IsDefined() || node.IsNull()) return out;
    if (!node.IsSequence()) {
        ctx.diags.error(node, "'faults' must be a list");
        return out;
    }
    UniqueIds names("fault name");
    for (std::size_t i = 0; i < node.size(); ++i)
        if (auto rule = readFaultRule(node[i], indexed("faults", i), ctx, "fault-" + std::to_string(i + 1), names))
            out.push_back(std::move(*rule));
    return out;
}

FaultRuleResult parseFaultRule(std::string_view text, std::string sourceName) {
    Diagnostics diags(sourceName);
    std::optional<sim::FaultRule> rule;
    readYamlDocument(text, diags, [&](const YAML::Node& document) {
        if (!document.IsDefined() || document.IsNull())
            return diags.fileError("the body is empty; send one fault rule");
        LoadContext ctx(diags);
        UniqueIds names("fault name");
        rule = readFaultRule(document, "", ctx, "", names);
    });
    if (!diags.empty()) return {std::nullopt, diags.sorted()};
    return {std::move(rule), {}};
}

sim::Throttling readThrottling(const YAML::Node& node, LoadContext& ctx) {
    if (!node.IsDefined() || node.IsNull()) return {};
    if (node.IsScalar()) {
        if (equalsIgnoreCase(node.Scalar(), "off") || equalsIgnoreCase(node.Scalar(), "false")) return {};
        if (equalsIgnoreCase(node.Scalar(), "documented")) return sim::Throttling::documented();
    }
    if (!node.IsSequence()) {
        ctx.diags.error(node, "'throttling' must be off, documented, or a list of { match, limit, windowSeconds }");
        return {};
    }
    sim::Throttling out;
    out.enabled = true;
    for (std::size_t i = 0; i < node.size(); ++i) {
        const std::string path = indexed("throttling", i);
        MapReader map(node[i], path, ctx.diags, {"match", "limit", "windowSeconds"});
        if (!map.isMapping()) continue;
        sim::ThrottleRule rule;
        auto match = map.has("match") ? readMatch(map.value("match"), map.pathOf("match"), ctx) : sim::RequestMatch{};
        auto limit = map.integer("limit", Need::required, 1);
        auto window = map.integer("windowSeconds", Need::optional, 1, 86400);
        if (!match || !limit) continue;
        rule.match = *match;
        rule.limit = *limit;
        if (window) rule.windowSeconds = *window;
        out.rules.push_back(rule);
    }
    return out;
}

}  // namespace pcsim::scenario
