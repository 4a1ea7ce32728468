#pragma once
// Checked reading of the scenario's YAML: a mapping's keys are checked against the keys allowed
// there (typos must not pass silently), and each value is converted to the wanted C++ type or
// reported, at its own position, with what was expected. Readers never throw and never stop at the
// first problem: a bad value yields std::nullopt and a diagnostic, and the caller carries on.
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "scenario/diagnostic.hpp"

namespace pcsim::scenario {

enum class Need { optional, required };

// Conversions of one scalar node; `what` names the value in messages ("'count'", "nth[2]").
std::optional<std::string> readText(const YAML::Node& node, std::string_view what, Diagnostics& diags);
std::optional<std::int64_t> readInteger(const YAML::Node& node, std::string_view what, Diagnostics& diags,
                                        std::int64_t min = std::numeric_limits<std::int64_t>::min(),
                                        std::int64_t max = std::numeric_limits<std::int64_t>::max());
std::optional<double> readNumber(const YAML::Node& node, std::string_view what, Diagnostics& diags,
                                 double min = -std::numeric_limits<double>::max());
std::optional<bool> readFlag(const YAML::Node& node, std::string_view what, Diagnostics& diags);
// The same without a report: nullopt when the node is no flag.
std::optional<bool> flagOf(const YAML::Node& node);
// A scalar that must be one of `allowed` (case-insensitive); returns the spelling in `allowed`.
std::optional<std::string> readChoice(const YAML::Node& node, std::string_view what, Diagnostics& diags,
                                      const std::vector<std::string>& allowed);

// "a, b, c" — for "expected one of: ..." messages.
std::string joinNames(const std::vector<std::string>& names);
// "customers[2]" — where a list's item is, for messages.
inline std::string indexed(const std::string& path, std::size_t i) { return path + "[" + std::to_string(i) + "]"; }

// One YAML mapping of the scenario file. `path` says where it is ("catalog.products[0]"; "" for the
// top level) and appears in messages. A null or absent node reads as an empty mapping.
class MapReader {
public:
    MapReader(const YAML::Node& node, std::string path, Diagnostics& diags, std::vector<std::string> allowedKeys);
    // A mapping whose keys the file chooses (header names, variables, JSON paths): any plain key is
    // accepted, each once; entries() lists them in file order (and refers into the reader: keep the
    // reader in a variable, `for (... : MapReader(...).entries())` would read a destroyed one).
    struct AnyKey {};
    MapReader(const YAML::Node& node, std::string path, Diagnostics& diags, AnyKey);

    struct Entry {
        std::string key;
        YAML::Node keyNode;
        YAML::Node value;
    };
    const std::vector<Entry>& entries() const { return entries_; }

    bool isMapping() const { return isMapping_; }  // false: an error was reported, every getter gives nothing
    const YAML::Node& node() const { return node_; }
    const std::string& path() const { return path_; }
    std::string pathOf(std::string_view key) const;  // "catalog.products[0].skus"
    Diagnostics& diagnostics() const { return diags_; }

    bool has(std::string_view key) const;            // present with a non-null value
    YAML::Node value(std::string_view key) const;    // the value node; undefined when absent
    YAML::Node keyNode(std::string_view key) const;  // the key itself, for "duplicate id"-style messages

    std::optional<std::string> text(std::string_view key, Need need = Need::optional) const;
    std::optional<std::int64_t> integer(std::string_view key, Need need = Need::optional,
                                        std::int64_t min = std::numeric_limits<std::int64_t>::min(),
                                        std::int64_t max = std::numeric_limits<std::int64_t>::max()) const;
    std::optional<double> number(std::string_view key, Need need = Need::optional,
                                 double min = -std::numeric_limits<double>::max()) const;
    std::optional<bool> flag(std::string_view key, Need need = Need::optional) const;
    std::optional<std::string> choice(std::string_view key, const std::vector<std::string>& allowed,
                                      Need need = Need::optional) const;
    // A sequence of scalars; flow ([a, b]) or block style.
    std::optional<std::vector<std::string>> textList(std::string_view key, Need need = Need::optional) const;
    // The value when it is a sequence / a mapping; an undefined node (and an error) otherwise.
    YAML::Node sequence(std::string_view key, Need need = Need::optional) const;
    YAML::Node mapping(std::string_view key, Need need = Need::optional) const;

    void error(std::string_view key, std::string message) const;  // at the key's value
    void error(std::string message) const;                        // at the mapping itself

private:
    // `allowed` null: any key.
    MapReader(const YAML::Node& node, std::string path, Diagnostics& diags, const std::vector<std::string>* allowed);
    const Entry* find(std::string_view key) const;
    // The value node when present and non-null; reports a missing required key.
    std::optional<YAML::Node> present(std::string_view key, Need need) const;
    std::string quoted(std::string_view key) const;  // "'key'", or "'path.key'" for messages

    YAML::Node node_;
    std::string path_;
    Diagnostics& diags_;
    bool isMapping_ = true;
    std::vector<Entry> entries_;
};

}  // namespace pcsim::scenario
