#include "scenario/yaml_fields.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "partnercenter/text.hpp"

namespace pcsim::scenario {

using partnercenter::text::equalsIgnoreCase;
namespace {

std::string kindOf(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Sequence: return "a list";
        case YAML::NodeType::Map: return "a mapping";
        case YAML::NodeType::Null: return "empty";
        default: return "'" + node.Scalar() + "'";
    }
}

std::string shortNumber(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", value);
    return buf;
}

void typeError(const YAML::Node& node, std::string_view what, std::string_view expected, Diagnostics& diags) {
    diags.error(node, std::string(what) + " must be " + std::string(expected) + ", not " + kindOf(node));
}

}  // namespace

std::string joinNames(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& name : names) {
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}

std::optional<std::string> readText(const YAML::Node& node, std::string_view what, Diagnostics& diags) {
    if (!node.IsScalar()) {
        typeError(node, what, "a string", diags);
        return std::nullopt;
    }
    return node.Scalar();
}

// Decimal only: yaml-cpp's own conversion would read "010" as octal 8 and "0x10" as 16.
std::optional<std::int64_t> readInteger(const YAML::Node& node, std::string_view what, Diagnostics& diags,
                                        std::int64_t min, std::int64_t max) {
    if (!node.IsScalar()) {
        typeError(node, what, "an integer", diags);
        return std::nullopt;
    }
    std::string_view text = node.Scalar();
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc{} || end != text.data() + text.size()) {
        typeError(node, what, "an integer", diags);
        return std::nullopt;
    }
    if (value < min) {
        diags.error(node,
                    std::string(what) + " must be at least " + std::to_string(min) + ", not " + std::to_string(value));
        return std::nullopt;
    }
    if (value > max) {
        diags.error(node,
                    std::string(what) + " must be at most " + std::to_string(max) + ", not " + std::to_string(value));
        return std::nullopt;
    }
    return value;
}

std::optional<double> readNumber(const YAML::Node& node, std::string_view what, Diagnostics& diags, double min) {
    if (!node.IsScalar()) {
        typeError(node, what, "a number", diags);
        return std::nullopt;
    }
    std::string_view text = node.Scalar();
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    double value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc{} || end != text.data() + text.size() || !std::isfinite(value)) {
        typeError(node, what, "a number", diags);
        return std::nullopt;
    }
    if (value < min) {
        diags.error(node, std::string(what) + " must not be below " + shortNumber(min) + ", not " + node.Scalar());
        return std::nullopt;
    }
    return value;
}

std::optional<bool> flagOf(const YAML::Node& node) {
    if (node.IsScalar()) {
        const std::string& text = node.Scalar();
        for (const char* yes : {"true", "yes", "on"})
            if (equalsIgnoreCase(text, yes)) return true;
        for (const char* no : {"false", "no", "off"})
            if (equalsIgnoreCase(text, no)) return false;
    }
    return std::nullopt;
}

std::optional<bool> readFlag(const YAML::Node& node, std::string_view what, Diagnostics& diags) {
    if (auto flag = flagOf(node)) return flag;
    typeError(node, what, "true or false", diags);
    return std::nullopt;
}

std::optional<std::string> readChoice(const YAML::Node& node, std::string_view what, Diagnostics& diags,
                                      const std::vector<std::string>& allowed) {
    if (node.IsScalar()) {
        for (const auto& name : allowed)
            if (equalsIgnoreCase(name, node.Scalar())) return name;
    }
    diags.error(node, std::string(what) + " must be one of: " + joinNames(allowed) + "; not " + kindOf(node));
    return std::nullopt;
}

MapReader::MapReader(const YAML::Node& node, std::string path, Diagnostics& diags, std::vector<std::string> allowedKeys)
    : MapReader(node, std::move(path), diags, &allowedKeys) {}

MapReader::MapReader(const YAML::Node& node, std::string path, Diagnostics& diags, AnyKey)
    : MapReader(node, std::move(path), diags, nullptr) {}

MapReader::MapReader(const YAML::Node& node, std::string path, Diagnostics& diags,
                     const std::vector<std::string>* allowedKeys)
    : node_(node), path_(std::move(path)), diags_(diags) {
    if (!node.IsDefined() || node.IsNull()) return;  // an empty mapping
    if (!node.IsMap()) {
        isMapping_ = false;
        diags_.error(node, (path_.empty() ? std::string("the file") : path_) +
                               " must be a mapping (key: value lines), not " + kindOf(node));
        return;
    }
    const std::string where = path_.empty() ? "at the top level" : "in " + path_;
    for (const auto& item : node) {
        const YAML::Node& keyNode = item.first;
        if (!keyNode.IsScalar()) {
            diags_.error(keyNode, "keys must be plain names " + where);
            continue;
        }
        const std::string& key = keyNode.Scalar();
        if (allowedKeys && std::find(allowedKeys->begin(), allowedKeys->end(), key) == allowedKeys->end()) {
            diags_.error(keyNode,
                         "unknown key '" + key + "' " + where + "; expected one of: " + joinNames(*allowedKeys));
            continue;
        }
        if (const Entry* first = find(key)) {
            diags_.error(keyNode, "duplicate key '" + key + "' " + where + " (first given at line " +
                                      std::to_string(first->keyNode.Mark().line + 1) + ")");
            continue;
        }
        entries_.push_back({key, keyNode, item.second});
    }
}

std::string MapReader::pathOf(std::string_view key) const {
    return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

std::string MapReader::quoted(std::string_view key) const {
    // Appended piece by piece: `"'" + std::string(key)` trips g++ 12's false -Wrestrict alarm.
    std::string out = "'";
    out.append(key).append("'");
    return out;
}

const MapReader::Entry* MapReader::find(std::string_view key) const {
    for (const auto& entry : entries_)
        if (entry.key == key) return &entry;
    return nullptr;
}

bool MapReader::has(std::string_view key) const {
    const Entry* entry = find(key);
    return entry && !entry->value.IsNull();
}

YAML::Node MapReader::value(std::string_view key) const {
    const Entry* entry = find(key);
    return entry ? entry->value : YAML::Node(YAML::NodeType::Undefined);
}

YAML::Node MapReader::keyNode(std::string_view key) const {
    const Entry* entry = find(key);
    return entry ? entry->keyNode : YAML::Node(YAML::NodeType::Undefined);
}

std::optional<YAML::Node> MapReader::present(std::string_view key, Need need) const {
    if (!isMapping_) return std::nullopt;
    const Entry* entry = find(key);
    if (entry && !entry->value.IsNull()) return entry->value;
    if (need == Need::required) {
        if (entry) diags_.error(entry->keyNode, quoted(key) + " needs a value");
        else
            diags_.error(node_, "missing required key " + quoted(key) +
                                    (path_.empty() ? std::string(" at the top level") : " in " + path_));
    }
    return std::nullopt;
}

std::optional<std::string> MapReader::text(std::string_view key, Need need) const {
    auto node = present(key, need);
    return node ? readText(*node, quoted(key), diags_) : std::nullopt;
}

std::optional<std::int64_t> MapReader::integer(std::string_view key, Need need, std::int64_t min,
                                               std::int64_t max) const {
    auto node = present(key, need);
    return node ? readInteger(*node, quoted(key), diags_, min, max) : std::nullopt;
}

std::optional<double> MapReader::number(std::string_view key, Need need, double min) const {
    auto node = present(key, need);
    return node ? readNumber(*node, quoted(key), diags_, min) : std::nullopt;
}

std::optional<bool> MapReader::flag(std::string_view key, Need need) const {
    auto node = present(key, need);
    return node ? readFlag(*node, quoted(key), diags_) : std::nullopt;
}

std::optional<std::string> MapReader::choice(std::string_view key, const std::vector<std::string>& allowed,
                                             Need need) const {
    auto node = present(key, need);
    return node ? readChoice(*node, quoted(key), diags_, allowed) : std::nullopt;
}

std::optional<std::vector<std::string>> MapReader::textList(std::string_view key, Need need) const {
    YAML::Node list = sequence(key, need);
    if (!list.IsDefined()) return std::nullopt;
    std::vector<std::string> out;
    bool allText = true;
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto item = readText(list[i], quoted(indexed(std::string(key), i)), diags_);
        if (item) out.push_back(std::move(*item));
        else allText = false;
    }
    if (!allText) return std::nullopt;
    return out;
}

YAML::Node MapReader::sequence(std::string_view key, Need need) const {
    auto node = present(key, need);
    if (!node) return YAML::Node(YAML::NodeType::Undefined);
    if (!node->IsSequence()) {
        typeError(*node, quoted(key), "a list", diags_);
        return YAML::Node(YAML::NodeType::Undefined);
    }
    return *node;
}

YAML::Node MapReader::mapping(std::string_view key, Need need) const {
    auto node = present(key, need);
    if (!node) return YAML::Node(YAML::NodeType::Undefined);
    if (!node->IsMap()) {
        typeError(*node, quoted(key), "a mapping", diags_);
        return YAML::Node(YAML::NodeType::Undefined);
    }
    return *node;
}

void MapReader::error(std::string_view key, std::string message) const {
    const Entry* entry = find(key);
    diags_.error(entry ? entry->value : node_, std::move(message));
}

void MapReader::error(std::string message) const { diags_.error(node_, std::move(message)); }

}  // namespace pcsim::scenario
