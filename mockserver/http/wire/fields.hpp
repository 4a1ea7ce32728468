#pragma once
// The JSON of the server's own documents (journal entries, the operation log, bundles): shapes the
// Partner Center contract does not have, so they live here beside the handlers and not in the client
// library, but are described the same way as the client's wire models (client/src/models): one list
// of fields per type, in the order they are written, drives both directions.
//
//   PCSIM_WIRE_MODEL(JournalEntry) {
//       v.required("seq", x.seq);
//       v.nullable("fault", x.fault);
//   }
//
//   v.required(name, field)   written always; read: must be present
//   v.nullable(name, field)   std::optional or std::shared_ptr<const T>, written always (null when
//                             empty); read: absent/null -> empty
//   v.optional(name, field)   std::optional, written when set; read: absent/null -> empty
//   v.defaulted(name, field)  written always; read: absent/null -> keeps the default
//
// Reading goes through the client's Reader (partnercenter/models/reader.hpp): names in any letter
// case, and one error type, models::ParseError, whose path names the value ("journal[2].time").
// Leaves the client has no reader for (timestamps, 64-bit counts) are read here.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "partnercenter/models/reader.hpp"
#include "sim/time.hpp"

namespace pcsim::http::wire {

using partnercenter::models::Path;

template <class M>
struct Fields;  // specialised by PCSIM_WIRE_MODEL

// ---- leaves, written -----------------------------------------------------------------------

nlohmann::ordered_json leaf(const sim::Timestamp& value);
template <class T>
nlohmann::ordered_json leaf(const std::optional<T>& value);
template <class T>
nlohmann::ordered_json leaf(const std::vector<T>& values);
template <class T>
nlohmann::ordered_json leaf(const std::shared_ptr<const T>& value);
template <class T>
nlohmann::ordered_json leaf(const T& value) {
    return nlohmann::ordered_json(value);  // numbers, strings, and models (their to_json)
}
template <class T>
nlohmann::ordered_json leaf(const std::optional<T>& value) {
    return value ? leaf(*value) : nlohmann::ordered_json(nullptr);
}
template <class T>
nlohmann::ordered_json leaf(const std::shared_ptr<const T>& value) {
    return value ? leaf(*value) : nlohmann::ordered_json(nullptr);
}
template <class T>
nlohmann::ordered_json leaf(const std::vector<T>& values) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& value : values) out.push_back(leaf(value));
    return out;
}

// ---- leaves, read (throw ParseError naming `path`) -----------------------------------------

using partnercenter::models::read_json;
// An ISO 8601 timestamp as sim::formatTimestamp writes it.
void read_json(const nlohmann::json& j, const Path& path, sim::Timestamp& out);
// A count: a JSON integer from 0 up.
void read_json(const nlohmann::json& j, const Path& path, std::uint64_t& out);
// Any JSON integer that fits 64 bits.
void read_json(const nlohmann::json& j, const Path& path, std::int64_t& out);

// ---- the visitors --------------------------------------------------------------------------

class Builder {
public:
    explicit Builder(nlohmann::ordered_json& j) : j_(j) { j_ = nlohmann::ordered_json::object(); }
    template <class T>
    void required(const char* name, const T& value) {
        j_[name] = leaf(value);
    }
    template <class T>
    void nullable(const char* name, const T& value) {
        j_[name] = leaf(value);
    }
    template <class T>
    void optional(const char* name, const std::optional<T>& value) {
        if (value) j_[name] = leaf(*value);
    }
    template <class T>
    void defaulted(const char* name, const T& value) {
        j_[name] = leaf(value);
    }

private:
    nlohmann::ordered_json& j_;
};

template <class T>
void readValue(const nlohmann::json& j, const Path& path, T& out);
template <class T>
void readValue(const nlohmann::json& j, const Path& path, std::vector<T>& out);
template <class T>
void readValue(const nlohmann::json& j, const Path& path, std::optional<T>& out);
template <class T>
void readValue(const nlohmann::json& j, const Path& path, std::shared_ptr<const T>& out);

// Reads through the client's Reader (name lookup, missing fields), but reads each value with the
// overloads above, which the Reader itself cannot see.
class FieldReader {
public:
    FieldReader(const nlohmann::json& j, const Path& path) : reader_(j, path) {}
    template <class T>
    void required(std::string_view name, T& out) const {
        const nlohmann::json* value = reader_.find(name);
        if (value == nullptr) reader_.missing(name);
        readValue(*value, reader_.path().field(name), out);
    }
    template <class T>
    void nullable(std::string_view name, T& out) const {
        out = T{};
        const nlohmann::json* value = reader_.find(name);
        if (value != nullptr && !value->is_null()) readValue(*value, reader_.path().field(name), out);
    }
    template <class T>
    void optional(std::string_view name, std::optional<T>& out) const {
        out.reset();
        const nlohmann::json* value = reader_.find(name);
        if (value == nullptr || value->is_null()) return;
        T read{};
        readValue(*value, reader_.path().field(name), read);
        out = std::move(read);
    }
    template <class T>
    void defaulted(std::string_view name, T& out) const {
        const nlohmann::json* value = reader_.find(name);
        if (value != nullptr && !value->is_null()) readValue(*value, reader_.path().field(name), out);
    }

private:
    partnercenter::models::Reader reader_;
};

template <class T>
void readValue(const nlohmann::json& j, const Path& path, T& out) {
    read_json(j, path, out);  // the overloads above, the client's, and the models' (by ADL)
}
template <class T>
void readValue(const nlohmann::json& j, const Path& path, std::vector<T>& out) {
    if (!j.is_array()) partnercenter::models::detail::fail_type(path, "an array", j);
    std::vector<T> values;
    values.reserve(j.size());
    for (std::size_t i = 0; i < j.size(); ++i) readValue(j[i], path.index(i), values.emplace_back());
    out = std::move(values);
}
template <class T>
void readValue(const nlohmann::json& j, const Path& path, std::optional<T>& out) {
    T value{};
    readValue(j, path, value);
    out = std::move(value);
}
template <class T>
void readValue(const nlohmann::json& j, const Path& path, std::shared_ptr<const T>& out) {
    T value{};
    readValue(j, path, value);
    out = std::make_shared<const T>(std::move(value));
}

template <class M>
void writeFields(nlohmann::ordered_json& j, const M& value) {
    Builder builder(j);
    Fields<M>::apply(builder, value);
}

template <class M>
void readFields(const nlohmann::json& j, const Path& path, M& value) {
    M fresh{};
    FieldReader reader(j, path);
    Fields<M>::apply(reader, fresh);
    value = std::move(fresh);
}

// "journal[2].time: expected a string, got number" in words for the description of a 400.
std::string describe(const partnercenter::models::ParseError& error);

}  // namespace pcsim::http::wire

// Declares the JSON functions of one server document type, in the type's namespace (so that
// nlohmann and the Reader find them by argument-dependent lookup).
#define PCSIM_WIRE_DECLARE_JSON(Type)                           \
    void to_json(nlohmann::ordered_json& j, const Type& value); \
    void read_json(const nlohmann::json& j, const ::partnercenter::models::Path& path, Type& value)

// Opens the field list of a type and defines the functions PCSIM_WIRE_DECLARE_JSON declares. Use in
// pcsim::http (the namespace that encloses pcsim::http::wire), where the type itself is declared.
#define PCSIM_WIRE_MODEL(Type) \
    PCSIM_WIRE_FIELDS_SPECIALISE(Type) PCSIM_WIRE_DEFINE_JSON(Type) PCSIM_WIRE_FIELDS_APPLY(Type)

// For a type declared outside pcsim::http (the suite runner's report): the field list must be
// opened in pcsim::http, and the functions defined in the type's own namespace for ADL to find them.
//
//   namespace pcsim::http { PCSIM_WIRE_FIELDS(suite::CaseReport) { v.required("name", x.name); } }
//   namespace pcsim::suite { PCSIM_WIRE_DEFINE_JSON(CaseReport) }
#define PCSIM_WIRE_FIELDS(Type) PCSIM_WIRE_FIELDS_SPECIALISE(Type) PCSIM_WIRE_FIELDS_APPLY(Type)

#define PCSIM_WIRE_FIELDS_SPECIALISE(Type) \
    template <>                            \
    struct wire::Fields<Type> {            \
        template <class V, class T>        \
        static void apply(V& v, T& x);     \
    };
#define PCSIM_WIRE_DEFINE_JSON(Type)                                                                           \
    void to_json(nlohmann::ordered_json& j, const Type& value) { ::pcsim::http::wire::writeFields(j, value); } \
    void read_json(const nlohmann::json& j, const ::partnercenter::models::Path& path, Type& value) {          \
        ::pcsim::http::wire::readFields(j, path, value);                                                       \
    }
#define PCSIM_WIRE_FIELDS_APPLY(Type) \
    template <class V, class T>       \
    void wire::Fields<Type>::apply(V& v, T& x)
