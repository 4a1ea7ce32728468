#include "suite/json_path.hpp"

#include <charconv>

namespace pcsim::suite {
namespace {

bool isNameChar(char c) { return c != '.' && c != '[' && c != ']' && c != '"' && c != '\''; }

std::optional<nlohmann::json> findFrom(const nlohmann::json& value, const std::vector<JsonPath::Segment>& segments,
                                       std::size_t at) {
    if (at == segments.size()) return value;
    const auto& segment = segments[at];
    using Kind = JsonPath::Segment::Kind;
    if (segment.kind == Kind::member) {
        // `items.0.id`: a number after a dot indexes an array, so paths need no brackets (which
        // YAML's flow style { ... } would not take unquoted).
        if (value.is_array()) {
            long long index = 0;
            const std::string& name = segment.name;
            auto [end, ec] = std::from_chars(name.data(), name.data() + name.size(), index);
            if (ec != std::errc{} || end != name.data() + name.size()) return std::nullopt;
            long long i = index < 0 ? (long long)value.size() + index : index;
            if (i < 0 || i >= (long long)value.size()) return std::nullopt;
            return findFrom(value[std::size_t(i)], segments, at + 1);
        }
        if (!value.is_object()) return std::nullopt;
        auto it = value.find(segment.name);
        if (it == value.end()) return std::nullopt;
        return findFrom(*it, segments, at + 1);
    }
    if (segment.kind == Kind::index) {
        if (!value.is_array()) return std::nullopt;
        long long i = segment.index < 0 ? (long long)value.size() + segment.index : segment.index;
        if (i < 0 || i >= (long long)value.size()) return std::nullopt;
        return findFrom(value[std::size_t(i)], segments, at + 1);
    }
    // [*]: over an array's elements (or an object's values), collecting what each gives.
    if (!value.is_array() && !value.is_object()) return std::nullopt;
    nlohmann::json out = nlohmann::json::array();
    for (const auto& element : value)
        if (auto found = findFrom(element, segments, at + 1)) out.push_back(std::move(*found));
    return out;
}

}  // namespace

std::optional<JsonPath> JsonPath::parse(std::string_view text, std::string* problem) {
    auto fail = [&](std::string why) -> std::optional<JsonPath> {
        if (problem) *problem = "'" + std::string(text) + "' is not a JSON path: " + why;
        return std::nullopt;
    };
    JsonPath path;
    path.text_ = std::string(text);
    std::size_t i = 0;
    if (text.empty()) return fail("it is empty (write $ for the whole document)");
    if (text[0] == '$') {
        i = 1;
        if (i < text.size() && text[i] != '.' && text[i] != '[') return fail("'$' must be followed by '.' or '['");
    }
    bool expectName = text[0] != '$';  // `items[0]` starts with a name, `$.items` after its dot
    while (i < text.size() || expectName) {
        if (expectName) {
            std::size_t start = i;
            while (i < text.size() && isNameChar(text[i])) ++i;
            if (i == start) return fail("a member name is missing at character " + std::to_string(start + 1));
            std::string name(text.substr(start, i - start));
            if (name == "*") path.segments_.push_back({Segment::Kind::every, {}});  // `items.*.id` = `items[*].id`
            else path.segments_.push_back({Segment::Kind::member, std::move(name)});
            expectName = false;
            continue;
        }
        if (text[i] == '.') {
            ++i;
            expectName = true;
            continue;
        }
        if (text[i] != '[')
            return fail("unexpected '" + std::string(1, text[i]) + "' at character " + std::to_string(i + 1));
        std::size_t close = text.find(']', i);
        if (close == std::string_view::npos) return fail("'[' without ']'");
        std::string_view inside = text.substr(i + 1, close - i - 1);
        if (inside == "*") {
            path.segments_.push_back({Segment::Kind::every, {}});
        } else if (inside.size() >= 2 && (inside.front() == '"' || inside.front() == '\'') &&
                   inside.back() == inside.front()) {
            path.segments_.push_back({Segment::Kind::member, std::string(inside.substr(1, inside.size() - 2))});
        } else {
            long long index = 0;
            auto [end, ec] = std::from_chars(inside.data(), inside.data() + inside.size(), index);
            if (inside.empty() || ec != std::errc{} || end != inside.data() + inside.size())
                return fail("'[" + std::string(inside) + "]' must be an index ([0], [-1]), [*] or a quoted name");
            path.segments_.push_back({Segment::Kind::index, {}, index});
        }
        i = close + 1;
    }
    return path;
}

std::optional<nlohmann::json> JsonPath::find(const nlohmann::json& document) const {
    return findFrom(document, segments_, 0);
}

std::optional<std::pair<std::string, nlohmann::json>> JsonPath::deepestParent(const nlohmann::json& document) const {
    // Shorter and shorter prefixes, never the whole path, never the whole document.
    for (std::size_t n = segments_.size(); n-- > 1;) {
        std::vector<Segment> prefix(segments_.begin(), segments_.begin() + std::ptrdiff_t(n));
        if (auto value = findFrom(document, prefix, 0)) {
            std::string text = "$";
            for (const auto& segment : prefix) {
                switch (segment.kind) {
                    case Segment::Kind::member: text += "." + segment.name; break;
                    case Segment::Kind::index: text += "[" + std::to_string(segment.index) + "]"; break;
                    case Segment::Kind::every: text += "[*]"; break;
                }
            }
            return std::make_pair(text, std::move(*value));
        }
    }
    return std::nullopt;
}

}  // namespace pcsim::suite
