#pragma once
// Reading fields of a request's JSON object by name, in any letter case (DECISIONS.md: property names
// are matched case-insensitively), with a BadRequest naming the field when its type is wrong. For the
// bodies that have no wire model: the control plane's and the Azure-side surface's.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace pcsim::http {

// nullptr when the object has no such field (or is not an object).
const nlohmann::json* field(const nlohmann::json& object, std::string_view key);
// nullopt when absent or null; throws BadRequest when present with another type.
std::optional<std::string> stringField(const nlohmann::json& object, std::string_view key);
std::optional<std::int64_t> integerField(const nlohmann::json& object, std::string_view key);
std::optional<bool> booleanField(const nlohmann::json& object, std::string_view key);

// Hours, units and percentages are sums of fractions of hours: rounding to 6 decimals keeps
// 0.1 + 0.2 from printing as 0.30000000000000004 while every minute of usage stays visible.
double roundedForJson(double value);

}  // namespace pcsim::http
