#include "partnercenter/models/reader.hpp"
#include "partnercenter/text.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <system_error>

namespace partnercenter::models {

using partnercenter::text::equalsIgnoreCase;

namespace {

std::string join(const std::string& path, const std::string& problem) {
    return path.empty() ? problem : path + ": " + problem;
}

bool is_identifier(std::string_view s) noexcept {
    if (s.empty()) return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

// A short description of the value that was found, for messages: numbers are shown (they are
// short and are usually the point: "got 2.5"), other values only by type.
std::string describe(const nlohmann::json& j) {
    if (j.is_number()) return j.dump();
    return j.type_name();
}

constexpr std::int64_t int_min = std::numeric_limits<std::int32_t>::min();
constexpr std::int64_t int_max = std::numeric_limits<std::int32_t>::max();

}  // namespace

// ---- ParseError / Path -----------------------------------------------------------------------

ParseError::ParseError(std::string path, std::string problem)
    : std::runtime_error(join(path, problem)), path_(std::move(path)), problem_(std::move(problem)) {}

Path Path::field(std::string_view name) const noexcept {
    Path child;
    child.parent_ = this;
    child.name_ = name;
    child.depth_ = depth_ + 1;
    child.kind_ = Kind::field;
    return child;
}

Path Path::index(std::size_t i) const noexcept {
    Path child;
    child.parent_ = this;
    child.index_ = i;
    child.depth_ = depth_ + 1;
    child.kind_ = Kind::index;
    return child;
}

std::string Path::str() const {
    std::vector<const Path*> chain;
    for (const Path* p = this; p != nullptr && p->kind_ != Kind::root; p = p->parent_) chain.push_back(p);
    std::string out;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const Path& p = **it;
        if (p.kind_ == Kind::index) {
            out += '[';
            out += std::to_string(p.index_);
            out += ']';
        } else if (is_identifier(p.name_)) {
            if (!out.empty()) out += '.';
            out += p.name_;
        } else {
            out += "[\"";
            out += p.name_;
            out += "\"]";
        }
    }
    return out;
}

void Path::fail(std::string problem) const { throw ParseError(str(), std::move(problem)); }

// ---- string helpers ------------------------------------------------------------------------

const std::string* findCaseInsensitive(const std::map<std::string, std::string>& map, std::string_view key) noexcept {
    for (const auto& [k, v] : map) {
        if (k == key) return &v;
    }
    for (const auto& [k, v] : map) {
        if (equalsIgnoreCase(k, key)) return &v;
    }
    return nullptr;
}

// ---- detail ----------------------------------------------------------------------------------

namespace detail {

void fail_type(const Path& path, std::string_view expected, const nlohmann::json& got) {
    path.fail("expected " + std::string(expected) + ", got " + describe(got));
}

void check_depth(const Path& path) {
    if (path.depth() >= Path::max_depth) path.fail("nesting too deep");
}

void rethrow_as_parse_error() {
    try {
        throw;
    } catch (const nlohmann::json::exception& e) {
        throw ParseError("", std::string("invalid JSON value: ") + e.what());
    }
}

nlohmann::json parse_document(std::string_view text) {
    try {
        return nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::exception& e) {
        throw ParseError("", std::string("malformed JSON: ") + e.what());
    }
}

}  // namespace detail

// ---- leaf readers ------------------------------------------------------------------------------

void read_json(const nlohmann::json& j, const Path& path, std::string& out) {
    if (!j.is_string()) detail::fail_type(path, "a string", j);
    out = j.get_ref<const std::string&>();
}

void read_json(const nlohmann::json& j, const Path& path, int& out) {
    switch (j.type()) {
        case nlohmann::json::value_t::number_integer: {
            const auto v = j.get<std::int64_t>();
            if (v < int_min || v > int_max) path.fail("expected a 32-bit integer, got " + j.dump());
            out = static_cast<int>(v);
            return;
        }
        case nlohmann::json::value_t::number_unsigned: {
            const auto v = j.get<std::uint64_t>();
            if (v > static_cast<std::uint64_t>(int_max)) path.fail("expected a 32-bit integer, got " + j.dump());
            out = static_cast<int>(v);
            return;
        }
        case nlohmann::json::value_t::number_float: {
            const double v = j.get<double>();
            if (!std::isfinite(v) || std::trunc(v) != v) path.fail("expected an integer, got " + j.dump());
            // Compare in double: every int32 is exactly representable.
            if (v < static_cast<double>(int_min) || v > static_cast<double>(int_max)) {
                path.fail("expected a 32-bit integer, got " + j.dump());
            }
            out = static_cast<int>(v);
            return;
        }
        default: detail::fail_type(path, "an integer", j);
    }
}

void read_json(const nlohmann::json& j, const Path& path, bool& out) {
    if (!j.is_boolean()) detail::fail_type(path, "a boolean", j);
    out = j.get<bool>();
}

void read_json(const nlohmann::json& j, const Path& path, double& out) {
    if (!j.is_number()) detail::fail_type(path, "a number", j);
    out = j.get<double>();
}

void read_json(const nlohmann::json& j, const Path& path, nlohmann::json& out) {
    // Copying is recursive in nlohmann, so measure the depth first, without recursion.
    std::vector<std::pair<const nlohmann::json*, std::size_t>> stack{{&j, path.depth()}};
    while (!stack.empty()) {
        auto [node, depth] = stack.back();
        stack.pop_back();
        if (!node->is_structured()) continue;
        if (depth >= Path::max_depth) path.fail("nesting too deep");
        for (const auto& child : *node) stack.emplace_back(&child, depth + 1);
    }
    out = j;
}

void read_json(const nlohmann::json& j, const Path& path, std::map<std::string, std::string>& out) {
    if (!j.is_object()) detail::fail_type(path, "an object of strings", j);
    std::map<std::string, std::string> result;
    for (const auto& [key, value] : j.get_ref<const nlohmann::json::object_t&>()) {
        const Path child = path.field(key);
        std::string s;
        read_json(value, child, s);
        result.emplace(key, std::move(s));
    }
    out = std::move(result);
}

void read_int_or_numeric_string(const nlohmann::json& j, const Path& path, int& out) {
    if (!j.is_string()) {
        read_json(j, path, out);
        return;
    }
    const auto& s = j.get_ref<const std::string&>();
    int value = 0;
    const auto* first = s.data();
    const auto* last = s.data() + s.size();
    const auto [ptr, ec] = std::from_chars(first, last, value);
    if (s.empty() || ec != std::errc{} || ptr != last) {
        path.fail("expected an integer or a string of digits, got string");
    }
    out = value;
}

void read_string_or_number(const nlohmann::json& j, const Path& path, std::string& out) {
    if (j.is_number()) {
        out = j.dump();
        return;
    }
    if (!j.is_string()) detail::fail_type(path, "a string", j);
    out = j.get_ref<const std::string&>();
}

// ---- Reader ------------------------------------------------------------------------------------

Reader::Reader(const nlohmann::json& j, const Path& path) : object_(nullptr), path_(path) {
    if (!j.is_object()) detail::fail_type(path, "an object", j);
    detail::check_depth(path);
    object_ = &j.get_ref<const nlohmann::json::object_t&>();
}

const nlohmann::json* Reader::find(std::string_view name) const noexcept {
    if (auto it = object_->find(name); it != object_->end()) return &it->second;
    for (const auto& [key, value] : *object_) {
        if (equalsIgnoreCase(key, name)) return &value;
    }
    return nullptr;
}

void Reader::missing(std::string_view name) const { path_.field(name).fail("missing required field"); }

}  // namespace partnercenter::models
