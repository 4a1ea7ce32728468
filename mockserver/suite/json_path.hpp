#pragma once
// Paths into a JSON document, as suites write them in `expect.json` and `save`:
//
//   $                      the whole document
//   $.items[0].id          member `items`, its first element, member `id`
//   items[0].id            the same: the leading `$.` may be left out
//   $.items[-1]            the last element
//   $.items[*].id          every element's `id`, as an array (for `length` and `contains`)
//   $["odd.key"]           a member whose name holds `.` or `[` (single or double quotes)
//   items.0.id, items.*.id the same as items[0].id and items[*].id: after a dot, a number indexes
//                          an array and `*` takes every element — no brackets, so the path can
//                          stand unquoted in YAML's flow style ({ save: { id: orders.0.id } })
//
// Member names are matched exactly (JSON is case-sensitive; pcsim answers in camelCase).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace pcsim::suite {

class JsonPath {
public:
    struct Segment {
        enum class Kind { member, index, every } kind = Kind::member;
        std::string name;     // member
        long long index = 0;  // index; negative: from the end
    };

    // nullopt and `problem` set when the text is not a path.
    static std::optional<JsonPath> parse(std::string_view text, std::string* problem = nullptr);

    // The value at the path; nullopt when the path leads nowhere. Through `[*]` the result is the
    // array of what each element gives (elements where the rest leads nowhere are left out).
    std::optional<nlohmann::json> find(const nlohmann::json& document) const;

    const std::string& text() const { return text_; }  // as written, for messages
    // The longest leading part of the path that leads somewhere in `document`, with its value:
    // where to look when the whole path finds nothing or the wrong thing. nullopt for `$` itself.
    std::optional<std::pair<std::string, nlohmann::json>> deepestParent(const nlohmann::json& document) const;

private:
    std::string text_;
    std::vector<Segment> segments_;
};

}  // namespace pcsim::suite
