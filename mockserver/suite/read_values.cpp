// Values of a suite file: texts and JSON that may hold ${variables}, checked against the variables
// defined at that point, and the small mappings (headers, query, variables, auth).
#include <algorithm>
#include <cctype>

#include "scenario/yaml_fields.hpp"
#include "suite/interpolation.hpp"
#include "suite/read_context.hpp"

namespace pcsim::suite {
namespace {

bool isPlain(const YAML::Node& node) { return node.Tag() == "?"; }

void collectTemplate(const YAML::Node& node, nlohmann::json& out, const nlohmann::json::json_pointer& at,
                     JsonTemplate& result, ReadContext& ctx) {
    switch (node.Type()) {
        case YAML::NodeType::Map:
            out = nlohmann::json::object();
            for (const auto& item : node) {
                if (!item.first.IsScalar()) {
                    ctx.diags.error(item.first, "keys of a JSON object must be plain names");
                    continue;
                }
                const std::string key = item.first.Scalar();
                collectTemplate(item.second, out[key], at / key, result, ctx);
            }
            return;
        case YAML::NodeType::Sequence: {
            out = nlohmann::json::array();
            std::size_t i = 0;
            for (const auto& element : node) {
                out.push_back(nullptr);
                collectTemplate(element, out.back(), at / i, result, ctx);
                ++i;
            }
            return;
        }
        case YAML::NodeType::Scalar: {
            const std::string& text = node.Scalar();
            if (hasVariables(text)) {
                ctx.checkVariables(node, text);
                result.slots.push_back({at, text, isPlain(node)});
                out = text;
                return;
            }
            out = isPlain(node) ? inferScalar(text) : nlohmann::json(text);
            return;
        }
        default: out = nullptr;
    }
}

}  // namespace

void ReadContext::checkVariables(const YAML::Node& node, const std::string& text) {
    std::string problem;
    auto names = referencedVariables(text, &problem);
    if (!problem.empty()) {
        diags.error(node, problem + " in '" + text + "'; write $${ for a literal ${");
        return;
    }
    for (const auto& name : names)
        if (!known.count(name))
            diags.error(node, "unknown variable ${" + name +
                                  "}; defined here: " + scenario::joinNames({known.begin(), known.end()}));
}

std::optional<std::string> readTemplateText(const YAML::Node& node, const std::string& what, ReadContext& ctx) {
    auto text = scenario::readText(node, what, ctx.diags);
    if (text) ctx.checkVariables(node, *text);
    return text;
}

std::optional<std::string> templateField(const MapReader& map, const std::string& key, ReadContext& ctx, Need need) {
    auto text = map.text(key, need);
    if (text) ctx.checkVariables(map.value(key), *text);
    return text;
}

JsonTemplate readJsonTemplate(const YAML::Node& node, ReadContext& ctx) {
    JsonTemplate result;
    collectTemplate(node, result.value, nlohmann::json::json_pointer(), result, ctx);
    return result;
}

std::vector<std::pair<std::string, std::string>> readTextMap(const YAML::Node& node, const std::string& what,
                                                             ReadContext& ctx) {
    std::vector<std::pair<std::string, std::string>> out;
    if (node.IsDefined() && !node.IsNull() && !node.IsMap()) {
        ctx.diags.error(node, "'" + what + "' must be a mapping of names to values");
        return out;
    }
    const MapReader map(node, what, ctx.diags, MapReader::AnyKey{});
    for (const auto& entry : map.entries())
        if (auto value = readTemplateText(entry.value, "'" + what + "." + entry.key + "'", ctx))
            out.emplace_back(entry.key, *value);
    return out;
}

bool readVariableName(const YAML::Node& key, ReadContext& ctx) {
    const std::string& name = key.Scalar();
    const bool plain = !name.empty() && std::all_of(name.begin(), name.end(), [](unsigned char c) {
        return std::isalnum(c) || c == '_' || c == '.' || c == '-';
    });
    if (!plain)
        ctx.diags.error(key, "a variable name must be a plain word (letters, digits, _ . -), not '" + name + "'");
    return plain;
}

std::vector<std::pair<std::string, JsonTemplate>> readVariables(const YAML::Node& node, const std::string& what,
                                                                ReadContext& ctx) {
    std::vector<std::pair<std::string, JsonTemplate>> out;
    if (node.IsDefined() && !node.IsNull() && !node.IsMap()) {
        ctx.diags.error(node, "'" + what + "' must be a mapping of names to values");
        return out;
    }
    const MapReader map(node, what, ctx.diags, MapReader::AnyKey{});
    for (const auto& entry : map.entries()) {
        if (!readVariableName(entry.keyNode, ctx)) continue;
        out.emplace_back(entry.key, readJsonTemplate(entry.value, ctx));
        ctx.known.insert(entry.key);  // the next variables may use this one
    }
    return out;
}

std::optional<Auth> readAuth(const MapReader& map, const std::string& key) {
    auto choice = map.choice(key, {"app", "user", "none"});
    if (!choice) return std::nullopt;
    if (*choice == "app") return Auth::app;
    if (*choice == "user") return Auth::user;
    return Auth::none;
}

}  // namespace pcsim::suite
