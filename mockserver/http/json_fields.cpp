#include "http/json_fields.hpp"

#include <cmath>

#include "http/body.hpp"
#include "partnercenter/text.hpp"

namespace pcsim::http {

using partnercenter::text::equalsIgnoreCase;
namespace {

// The field's value unless absent or null; throws when `isType` rejects it.
template <class IsType>
const nlohmann::json* typedField(const nlohmann::json& object, std::string_view key, IsType isType, const char* type) {
    const nlohmann::json* value = field(object, key);
    if (!value || value->is_null()) return nullptr;
    if (!isType(*value)) throw BadRequest(std::string(key) + " must be " + type + ".");
    return value;
}

}  // namespace

const nlohmann::json* field(const nlohmann::json& object, std::string_view key) {
    if (!object.is_object()) return nullptr;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (equalsIgnoreCase(it.key(), key)) return &it.value();
    return nullptr;
}

std::optional<std::string> stringField(const nlohmann::json& object, std::string_view key) {
    auto value = typedField(
        object, key, [](const nlohmann::json& v) { return v.is_string(); }, "a string");
    if (!value) return std::nullopt;
    return value->get<std::string>();
}

std::optional<std::int64_t> integerField(const nlohmann::json& object, std::string_view key) {
    auto value = typedField(
        object, key, [](const nlohmann::json& v) { return v.is_number_integer(); }, "an integer");
    if (!value) return std::nullopt;
    return value->get<std::int64_t>();
}

std::optional<bool> booleanField(const nlohmann::json& object, std::string_view key) {
    auto value = typedField(
        object, key, [](const nlohmann::json& v) { return v.is_boolean(); }, "true or false");
    if (!value) return std::nullopt;
    return value->get<bool>();
}

double roundedForJson(double value) { return std::round(value * 1e6) / 1e6; }

}  // namespace pcsim::http
