// Reading wire JSON into the models: the one error type (ParseError), the path of the value being
// read (Path), the case-insensitive object reader (Reader), and the parse<T>() entry points.
//
// Rules (see contract/DECISIONS.md, "Request JSON casing"):
//   * property names are matched case-insensitively (exact spelling is tried first);
//   * unknown properties are ignored;
//   * an absent or null optional property leaves the field empty;
//   * any wrong JSON type, missing required property, or integer that does not fit int32 throws
//     ParseError whose path() names the offending value, e.g. "lineItems[0].quantity".
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace partnercenter::models {

/// The only exception the readers throw. what() is "<path>: <problem>" (or just "<problem>" for
/// the document root).
class ParseError : public std::runtime_error {
public:
    ParseError(std::string path, std::string problem);
    [[nodiscard]] const std::string& path() const noexcept { return path_; }
    [[nodiscard]] const std::string& problem() const noexcept { return problem_; }

private:
    std::string path_{};
    std::string problem_{};
};

/// Where a value sits in the document. A Path is a node of a chain that lives on the reader's
/// call stack: a child refers to its parent, so a child must not outlive its parent. The string
/// form is built only when an error is reported.
class Path {
public:
    /// Nesting deeper than this (objects and arrays) is rejected, so hostile input cannot exhaust
    /// the stack.
    static constexpr std::size_t max_depth = 64;

    Path() = default;
    [[nodiscard]] Path field(std::string_view name) const noexcept;
    [[nodiscard]] Path index(std::size_t i) const noexcept;
    [[nodiscard]] std::size_t depth() const noexcept { return depth_; }
    [[nodiscard]] std::string str() const;
    /// Throws ParseError(str(), problem).
    [[noreturn]] void fail(std::string problem) const;

private:
    enum class Kind : unsigned char { root, field, index };
    const Path* parent_ = nullptr;
    std::string_view name_{};
    std::size_t index_ = 0;
    std::size_t depth_ = 0;
    Kind kind_ = Kind::root;
};

// ---- string helpers ------------------------------------------------------------------------

/// Looks a key up case-insensitively (exact spelling first). Returns nullptr when absent.
/// For provisioningContext / inventoryContext maps, whose keys the service matches without case.
[[nodiscard]] const std::string* findCaseInsensitive(const std::map<std::string, std::string>& map,
                                                     std::string_view key) noexcept;

// ---- readers of leaf values (path-aware). All throw ParseError. -----------------------------

void read_json(const nlohmann::json& j, const Path& path, std::string& out);
/// Accepts a JSON integer in int32 range, or a float with an integral value in that range
/// (2.0 is 2); rejects 2.5, 1e30, 4294967296, strings, booleans.
void read_json(const nlohmann::json& j, const Path& path, int& out);
void read_json(const nlohmann::json& j, const Path& path, bool& out);
/// Any JSON number.
void read_json(const nlohmann::json& j, const Path& path, double& out);
/// Free-form value: copied as is (nesting depth still limited).
void read_json(const nlohmann::json& j, const Path& path, nlohmann::json& out);
/// Object of strings; keys kept as given.
void read_json(const nlohmann::json& j, const Path& path, std::map<std::string, std::string>& out);

/// An int given as a JSON number or as a string of decimal digits ("800030").
void read_int_or_numeric_string(const nlohmann::json& j, const Path& path, int& out);
/// A string given as a JSON string, or a JSON number rendered as text (AAD v2 sends expires_in
/// as a number).
void read_string_or_number(const nlohmann::json& j, const Path& path, std::string& out);

namespace detail {
[[noreturn]] void fail_type(const Path& path, std::string_view expected, const nlohmann::json& got);
void check_depth(const Path& path);
}  // namespace detail

template <class T>
void read_json(const nlohmann::json& j, const Path& path, std::vector<T>& out) {
    if (!j.is_array()) detail::fail_type(path, "an array", j);
    detail::check_depth(path);
    std::vector<T> result{};
    result.reserve(j.size());
    std::size_t i = 0;
    for (const auto& element : j) {
        T value{};
        read_json(element, path.index(i++), value);
        result.push_back(std::move(value));
    }
    out = std::move(result);
}

// ---- the object reader ---------------------------------------------------------------------

/// Reads the properties of one JSON object, matching names case-insensitively.
///
///   void read_json(const nlohmann::json& j, const Path& path, Cart& c) {
///     Reader r(j, path);
///     r.required("lineItems", c.lineItems);
///     r.optional("id", c.id);
///   }
class Reader {
public:
    /// Throws ParseError if j is not an object or is nested too deeply.
    Reader(const nlohmann::json& j, const Path& path);

    /// The value of property `name` (exact spelling first, then any casing); nullptr if absent.
    [[nodiscard]] const nlohmann::json* find(std::string_view name) const noexcept;
    [[nodiscard]] const Path& path() const noexcept { return path_; }
    /// Throws "<path>.<name>: missing required field".
    [[noreturn]] void missing(std::string_view name) const;

    /// Present and of the right type, else ParseError. `name` must outlive the call (a literal).
    template <class T>
    void required(std::string_view name, T& out) const {
        const nlohmann::json* v = find(name);
        if (v == nullptr) missing(name);
        read_json(*v, path_.field(name), out);
    }
    /// Same, with a custom leaf reader (e.g. read_int_or_numeric_string).
    template <class T, class Fn>
    void required(std::string_view name, T& out, Fn&& reader) const {
        const nlohmann::json* v = find(name);
        if (v == nullptr) missing(name);
        reader(*v, path_.field(name), out);
    }

    /// Absent or null: out = nullopt. Present: must be of the right type.
    template <class T>
    void optional(std::string_view name, std::optional<T>& out) const {
        const nlohmann::json* v = find(name);
        if (v == nullptr || v->is_null()) {
            out.reset();
            return;
        }
        T value{};
        read_json(*v, path_.field(name), value);
        out = std::move(value);
    }
    template <class T, class Fn>
    void optional(std::string_view name, std::optional<T>& out, Fn&& reader) const {
        const nlohmann::json* v = find(name);
        if (v == nullptr || v->is_null()) {
            out.reset();
            return;
        }
        T value{};
        reader(*v, path_.field(name), value);
        out = std::move(value);
    }

    /// Read as optional (the writers put null where it is empty).
    template <class T>
    void nullable(std::string_view name, std::optional<T>& out) const {
        optional(name, out);
    }

    /// Absent or null: out keeps its current (default) value. Present: must be of the right type.
    template <class T>
    void defaulted(std::string_view name, T& out) const {
        const nlohmann::json* v = find(name);
        if (v == nullptr || v->is_null()) return;
        read_json(*v, path_.field(name), out);
    }

    /// Free-form value (any JSON); absent stays null.
    void freeform(std::string_view name, nlohmann::json& out) const { defaulted(name, out); }

private:
    const nlohmann::json::object_t* object_;
    Path path_{};
};

// ---- entry points --------------------------------------------------------------------------

namespace detail {
[[noreturn]] void rethrow_as_parse_error();
nlohmann::json parse_document(std::string_view text);
}  // namespace detail

/// Reads a model (or std::vector of models, or Collection<T>) from a JSON value.
/// Throws ParseError only; nlohmann's exceptions never escape.
template <class T>
T parse(const nlohmann::json& j) {
    T out{};
    try {
        read_json(j, Path{}, out);
    } catch (const ParseError&) {
        throw;
    } catch (const nlohmann::json::exception&) {
        detail::rethrow_as_parse_error();
    }
    return out;
}

template <class T>
T parse(const nlohmann::ordered_json& j) {
    return parse<T>(nlohmann::json(j));
}

/// Parses JSON text, then the model. Malformed JSON is a ParseError with an empty path and a
/// problem starting "malformed JSON".
template <class T>
T parse_text(std::string_view text) {
    return parse<T>(detail::parse_document(text));
}

/// Renders a model with properties in the contract's order (via nlohmann::ordered_json).
template <class T>
nlohmann::ordered_json to_ordered_json(const T& value) {
    return nlohmann::ordered_json(value);
}

/// Compact JSON text of a model, properties in the contract's order.
template <class T>
std::string serialize(const T& value) {
    return to_ordered_json(value).dump();
}

}  // namespace partnercenter::models

/// Declares the JSON functions of one model type: to_json for nlohmann::json and
/// nlohmann::ordered_json (the latter keeps the contract's property order), write_json (the same
/// text as the ordered_json's dump, written without building it; json_text.hpp), from_json (ADL hook
/// for j.get<T>(); throws ParseError) and the path-aware read_json.
#define PCSIM_MODELS_DECLARE_JSON(Type)                         \
    void to_json(nlohmann::json& j, const Type& value);         \
    void to_json(nlohmann::ordered_json& j, const Type& value); \
    void write_json(std::string& out, const Type& value);       \
    void from_json(const nlohmann::json& j, Type& value);       \
    void read_json(const nlohmann::json& j, const Path& path, Type& value)
