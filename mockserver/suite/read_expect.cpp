// `expect:` and `save:` of a step: the status, assertions on the JSON answer by path, on headers,
// the error `code`, and the variables taken from the answer.
#include <regex>

#include "partnercenter/text.hpp"
#include "suite/interpolation.hpp"
#include "suite/read_context.hpp"

namespace pcsim::suite {

using partnercenter::text::toLower;
namespace {

// Indexed by Check.
const std::vector<std::string> kCheckNames = {"equals", "matches",  "exists",  "absent",
                                              "length", "contains", "atLeast", "atMost"};

Check checkOf(const std::string& name) {
    for (std::size_t i = 0; i < kCheckNames.size(); ++i)
        if (kCheckNames[i] == name) return Check(i);
    return Check::equals;
}

// A number, or a ${variable} that will hold one.
std::optional<JsonTemplate> numberTemplate(const YAML::Node& node, const std::string& what, ReadContext& ctx) {
    if (node.IsScalar() && hasVariables(node.Scalar())) return readJsonTemplate(node, ctx);
    auto number = scenario::readNumber(node, what, ctx.diags);
    if (!number) return std::nullopt;
    JsonTemplate out;
    out.value = (*number == double((long long)*number)) ? nlohmann::json((long long)*number) : nlohmann::json(*number);
    return out;
}

std::optional<Assertion> readOneAssertion(const std::string& name, const YAML::Node& value, const std::string& what,
                                          ReadContext& ctx) {
    Assertion assertion;
    assertion.check = checkOf(name);
    const std::string label = "'" + name + "' of " + what;
    switch (assertion.check) {
        case Check::equals:
        case Check::contains: assertion.expected = readJsonTemplate(value, ctx); return assertion;
        case Check::matches: {
            auto pattern = readTemplateText(value, label, ctx);
            if (!pattern) return std::nullopt;
            if (!hasVariables(*pattern)) {
                try {
                    std::regex check(*pattern, std::regex::ECMAScript);
                } catch (const std::regex_error& e) {
                    ctx.diags.error(value, label + " is not a valid regular expression: " + e.what());
                    return std::nullopt;
                }
            }
            assertion.expected.value = *pattern;
            if (hasVariables(*pattern))
                assertion.expected.slots.push_back({nlohmann::json::json_pointer(), *pattern, false});
            return assertion;
        }
        case Check::exists:
        case Check::absent: {
            auto flag = scenario::readFlag(value, label, ctx.diags);
            if (!flag) return std::nullopt;
            // Stored as the one question "should it be there?".
            assertion.expected.value = assertion.check == Check::exists ? *flag : !*flag;
            assertion.check = Check::exists;
            return assertion;
        }
        case Check::length:
        case Check::atLeast:
        case Check::atMost: {
            auto number = numberTemplate(value, label, ctx);
            if (!number) return std::nullopt;
            assertion.expected = *number;
            return assertion;
        }
    }
    return std::nullopt;
}

// Headers are text: `Retry-After: 2` and `Retry-After: "2"` mean the same, so an expected scalar
// (for equals and contains) is kept as its text, and ${variables} in it make text.
std::vector<Assertion> headerAssertions(const YAML::Node& node, const std::string& name, ReadContext& ctx) {
    auto assertions = readAssertions(node, "header '" + name + "'", ctx);
    for (auto& assertion : assertions) {
        if (assertion.check != Check::equals && assertion.check != Check::contains) continue;
        auto& expected = assertion.expected;
        if (expected.value.is_number() || expected.value.is_boolean()) expected.value = expected.value.dump();
        for (auto& slot : expected.slots) slot.plain = false;
    }
    return assertions;
}

}  // namespace

std::vector<Assertion> readAssertions(const YAML::Node& node, const std::string& what, ReadContext& ctx) {
    std::vector<Assertion> out;
    if (!node.IsMap()) {  // a scalar or a list: the value must equal it
        out.push_back({Check::equals, readJsonTemplate(node, ctx)});
        return out;
    }
    MapReader map(node, what, ctx.diags, kCheckNames);
    if (map.isMapping() && node.size() == 0)
        map.error("no assertion for " + what + "; give one of: " + scenario::joinNames(kCheckNames));
    for (const auto& item : node) {
        const std::string name = item.first.IsScalar() ? item.first.Scalar() : "";
        bool known = false;
        for (const auto& check : kCheckNames) known = known || check == name;
        if (!known) continue;  // MapReader reported it, with a hint below for objects
        if (auto assertion = readOneAssertion(name, item.second, what, ctx)) out.push_back(std::move(*assertion));
    }
    return out;
}

std::vector<PathAssertions> readPathAssertions(const YAML::Node& node, const std::string& what, ReadContext& ctx,
                                               const std::string& under) {
    std::vector<PathAssertions> out;
    if (!node.IsDefined() || node.IsNull()) return out;
    if (!node.IsMap()) {
        ctx.diags.error(
            node, "'" + what + "' must map JSON paths to what is expected there, e.g. $.items[0].id: { exists: true }");
        return out;
    }
    const MapReader map(node, what, ctx.diags, MapReader::AnyKey{});
    for (const auto& entry : map.entries()) {
        std::string text = entry.key;
        if (!under.empty()) {  // a path relative to `under` ($.order), with or without its own `$`
            if (text == "$") text = under;
            else if (text.rfind("$.", 0) == 0 || text.rfind("$[", 0) == 0) text = under + text.substr(1);
            else if (text.rfind("[", 0) == 0) text = under + text;
            else text = under + "." + text;
        }
        std::string problem;
        auto path = JsonPath::parse(text, &problem);
        if (!path) {
            ctx.diags.error(entry.keyNode, problem);
            continue;
        }
        auto assertions = readAssertions(entry.value, "'" + entry.key + "'", ctx);
        if (!assertions.empty()) out.push_back({std::move(*path), std::move(assertions)});
    }
    return out;
}

std::optional<StatusExpectation> readStatus(const YAML::Node& node, ReadContext& ctx) {
    StatusExpectation status;
    std::vector<YAML::Node> items;
    if (node.IsSequence())
        for (const auto& item : node) items.push_back(item);
    else items.push_back(node);
    bool ok = !items.empty();
    for (const auto& item : items) {
        if (item.IsScalar() && item.Scalar().size() == 3 && (item.Scalar()[1] == 'x' || item.Scalar()[1] == 'X') &&
            item.Scalar()[0] >= '1' && item.Scalar()[0] <= '5' &&
            (item.Scalar()[2] == 'x' || item.Scalar()[2] == 'X')) {
            status.classes.push_back(item.Scalar()[0] - '0');
            continue;
        }
        auto code = scenario::readInteger(item, "'status'", ctx.diags, 100, 599);
        if (code) status.exact.push_back(int(*code));
        ok = ok && code.has_value();
    }
    if (items.empty()) ctx.diags.error(node, "'status' needs at least one status");
    if (!ok) return std::nullopt;
    return status;
}

Expectation readExpectation(const MapReader& map, ReadContext& ctx) {
    Expectation out;
    if (map.has("status")) out.status = readStatus(map.value("status"), ctx);
    if (map.has("code")) {
        // The Partner Center error body's `code`: a check of $.code.
        if (auto code = scenario::readInteger(map.value("code"), "'code'", ctx.diags)) {
            Assertion equalsCode{Check::equals, {}};
            equalsCode.expected.value = *code;
            out.json.push_back({*JsonPath::parse("$.code"), {equalsCode}});
        }
    }
    if (map.has("json")) {
        auto checks = readPathAssertions(map.value("json"), "json", ctx);
        out.json.insert(out.json.end(), checks.begin(), checks.end());
    }
    if (map.has("headers")) {
        YAML::Node headers = map.value("headers");
        if (!headers.IsMap()) {
            ctx.diags.error(headers, "'headers' must map header names to what is expected, e.g. Retry-After: \"2\"");
        } else {
            const MapReader names(headers, map.pathOf("headers"), ctx.diags, MapReader::AnyKey{});
            for (const auto& entry : names.entries())
                out.headers.push_back({toLower(entry.key), headerAssertions(entry.value, entry.key, ctx)});
        }
    }
    return out;
}

std::vector<Save> readSaves(const YAML::Node& node, ReadContext& ctx) {
    std::vector<Save> out;
    if (!node.IsDefined() || node.IsNull()) return out;
    if (!node.IsMap()) {
        ctx.diags.error(node, "'save' must map variable names to JSON paths, e.g. cartId: $.id");
        return out;
    }
    const MapReader map(node, "save", ctx.diags, MapReader::AnyKey{});
    for (const auto& entry : map.entries()) {
        if (!readVariableName(entry.keyNode, ctx)) continue;
        const YAML::Node& from = entry.value;
        Save save;
        save.variable = entry.key;
        if (from.IsMap()) {
            auto header =
                MapReader(from, "save." + save.variable, ctx.diags, {"header"}).text("header", Need::required);
            if (!header) continue;
            save.header = toLower(*header);
        } else {
            auto text = scenario::readText(from, "'save." + save.variable + "'", ctx.diags);
            if (!text) continue;
            std::string problem;
            save.path = JsonPath::parse(*text, &problem);
            if (!save.path) {
                ctx.diags.error(from, problem);
                continue;
            }
        }
        out.push_back(std::move(save));
    }
    return out;
}

}  // namespace pcsim::suite
