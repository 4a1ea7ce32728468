// Private helpers of the model sources.
//
// Each model's properties are listed once, in Fields<Model>::apply(visitor, model), in the
// contract's order. The same list drives writing (detail::Writer, J = json or ordered_json) and
// reading (Reader) and writing text directly (text::ObjectWriter), so the directions cannot drift apart:
//
//   v.required(name, field [, leaf reader])   written always; read: must be present
//   v.optional(name, optional_field [, leaf]) written when set;  read: absent/null -> nullopt
//   v.nullable(name, optional_field)          written always (null when empty); read: absent/null -> nullopt
//   v.defaulted(name, field)                  written always;  read: absent/null -> default
//   v.freeform(name, json_field)              written unless null; read: any JSON, absent -> null
#pragma once

#include "partnercenter/models/json_text.hpp"
#include "partnercenter/models/reader.hpp"

#include <optional>

namespace partnercenter::models::detail {

template <class M>
struct Fields;  // specialised per model in the .cpp files

template <class J>
class Writer {
public:
    explicit Writer(J& j) : j_(j) { j_ = J::object(); }

    template <class T>
    void required(const char* name, const T& value) {
        j_[name] = value;
    }
    template <class T, class Fn>
    void required(const char* name, const T& value, Fn&& /*reader*/) {
        j_[name] = value;
    }
    template <class T>
    void optional(const char* name, const std::optional<T>& value) {
        if (value) j_[name] = *value;
    }
    template <class T, class Fn>
    void optional(const char* name, const std::optional<T>& value, Fn&& /*reader*/) {
        if (value) j_[name] = *value;
    }
    template <class T>
    void nullable(const char* name, const std::optional<T>& value) {
        if (value) j_[name] = *value;
        else j_[name] = nullptr;
    }
    template <class T>
    void defaulted(const char* name, const T& value) {
        j_[name] = value;
    }
    void freeform(const char* name, const nlohmann::json& value) {
        if (!value.is_null()) j_[name] = value;
    }

private:
    J& j_;
};

template <class M, class J>
void write_fields(J& j, const M& value) {
    Writer<J> w(j);
    Fields<M>::apply(w, value);
}

template <class M>
void write_text(std::string& out, const M& value) {
    text::ObjectWriter w(out);
    Fields<M>::apply(w, value);
    w.close();
}

template <class M>
void read_fields(const nlohmann::json& j, const Path& path, M& value) {
    M fresh{};
    Reader r(j, path);
    Fields<M>::apply(r, fresh);
    value = std::move(fresh);
}

}  // namespace partnercenter::models::detail

/// Defines the four functions declared by PCSIM_MODELS_DECLARE_JSON(Type) from
/// detail::Fields<Type>. Use inside namespace partnercenter::models.
#define PCSIM_MODELS_DEFINE_JSON(Type)                                                             \
    void to_json(nlohmann::json& j, const Type& value) { detail::write_fields(j, value); }         \
    void to_json(nlohmann::ordered_json& j, const Type& value) { detail::write_fields(j, value); } \
    void write_json(std::string& out, const Type& value) { detail::write_text(out, value); }       \
    void from_json(const nlohmann::json& j, Type& value) { read_json(j, Path{}, value); }          \
    void read_json(const nlohmann::json& j, const Path& path, Type& value) { detail::read_fields(j, path, value); }

/// Opens the property list of a model and defines its JSON functions:
///
///   PCSIM_MODEL(LinkHeader) {
///     v.required("key", x.key);
///     v.required("value", x.value);
///   }
#define PCSIM_MODEL(Type)              \
    template <>                        \
    struct detail::Fields<Type> {      \
        template <class V, class T>    \
        static void apply(V& v, T& x); \
    };                                 \
    PCSIM_MODELS_DEFINE_JSON(Type)     \
    template <class V, class T>        \
    void detail::Fields<Type>::apply(V& v, T& x)
