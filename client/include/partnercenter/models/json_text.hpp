/// Writes models straight to JSON text, without building an nlohmann DOM first.
///
/// Rendering a response through `nlohmann::ordered_json` allocates a node and a key string per
/// property before dumping them, a cost paid on every response of the simulator's purchase path
/// (bench/run.sh prints the server's CPU time per purchase flow). `write_json(out, model)` (declared for every model by
/// PCSIM_MODELS_DECLARE_JSON) walks the same property list as `to_json` and appends text byte-for-byte equal to
/// `nlohmann::ordered_json(model).dump(-1, ' ', false, error_handler_t::replace)` — the property test
/// `JsonText.*` checks that equality for every model. Leaf values it has no fast path for (numbers
/// with a fraction, enums, free-form JSON, strings that need escaping) go through nlohmann itself.
#pragma once

#include <nlohmann/json.hpp>

#include <charconv>
#include <concepts>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace partnercenter::models::text {

/// The same bytes nlohmann's dump writes for a JSON value (replacing invalid UTF-8).
inline void append_dom(std::string& out, const nlohmann::ordered_json& value) {
    out += value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

/// A JSON string. Printable ASCII without quote or backslash — ids, names, dates, nearly every
/// string the API carries — is copied as is; anything else is escaped by nlohmann.
inline void append_string(std::string& out, std::string_view s) {
    for (unsigned char c : s) {
        if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
            append_dom(out, nlohmann::ordered_json(std::string(s)));
            return;
        }
    }
    out += '"';
    out += s;
    out += '"';
}

template <class T>
struct is_vector : std::false_type {};
template <class T, class A>
struct is_vector<std::vector<T, A>> : std::true_type {};

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <class T>
void append_value(std::string& out, const T& value) {
    if constexpr (requires { write_json(out, value); }) {
        write_json(out, value);  // a model (found by argument-dependent lookup)
    } else if constexpr (std::is_same_v<T, std::string>) {
        append_string(out, value);
    } else if constexpr (std::is_same_v<T, bool>) {
        out += value ? "true" : "false";
    } else if constexpr (std::is_integral_v<T>) {
        char digits[24];
        auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        out.append(digits, end);
    } else if constexpr (is_vector<T>::value) {
        out += '[';
        bool first = true;
        for (const auto& item : value) {
            if (!first) out += ',';
            first = false;
            append_value(out, item);
        }
        out += ']';
    } else if constexpr (is_optional<T>::value) {
        if (value) append_value(out, *value);
        else out += "null";
    } else {
        append_dom(out, nlohmann::ordered_json(value));  // doubles, enums, maps, free-form JSON
    }
}

/// Visits a model's property list (see Fields<M>::apply) and appends `{"name":value,...}`.
class ObjectWriter {
public:
    explicit ObjectWriter(std::string& out) : out_(out) { out_ += '{'; }
    void close() { out_ += '}'; }

    template <class T>
    void required(const char* name, const T& value) {
        key(name);
        append_value(out_, value);
    }
    template <class T, class Fn>
    void required(const char* name, const T& value, Fn&& /*reader*/) {
        required(name, value);
    }
    template <class T>
    void optional(const char* name, const std::optional<T>& value) {
        if (value) required(name, *value);
    }
    template <class T, class Fn>
    void optional(const char* name, const std::optional<T>& value, Fn&& /*reader*/) {
        optional(name, value);
    }
    template <class T>
    void nullable(const char* name, const std::optional<T>& value) {
        required(name, value);  // null when empty
    }
    template <class T>
    void defaulted(const char* name, const T& value) {
        required(name, value);
    }
    void freeform(const char* name, const nlohmann::json& value) {
        if (value.is_null()) return;
        key(name);
        append_dom(out_, nlohmann::ordered_json(value));
    }

private:
    void key(const char* name) {
        if (!first_) out_ += ',';
        first_ = false;
        out_ += '"';
        out_ += name;
        out_ += "\":";
    }

    std::string& out_;
    bool first_ = true;
};

}  // namespace partnercenter::models::text
