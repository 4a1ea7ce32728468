#include "http/wire/fields.hpp"

namespace pcsim::http::wire {

nlohmann::ordered_json leaf(const sim::Timestamp& value) { return sim::formatTimestamp(value); }

void read_json(const nlohmann::json& j, const Path& path, sim::Timestamp& out) {
    if (!j.is_string()) partnercenter::models::detail::fail_type(path, "an ISO 8601 timestamp", j);
    auto parsed = sim::parseTimestamp(j.get_ref<const std::string&>());
    if (!parsed) path.fail("expected an ISO 8601 timestamp, got '" + j.get<std::string>().substr(0, 40) + "'");
    out = *parsed;
}

void read_json(const nlohmann::json& j, const Path& path, std::uint64_t& out) {
    if (!j.is_number_unsigned()) partnercenter::models::detail::fail_type(path, "a count (an integer from 0)", j);
    out = j.get<std::uint64_t>();
}

void read_json(const nlohmann::json& j, const Path& path, std::int64_t& out) {
    if (!j.is_number_integer() || (j.is_number_unsigned() && j.get<std::uint64_t>() > INT64_MAX))
        partnercenter::models::detail::fail_type(path, "an integer", j);
    out = j.get<std::int64_t>();
}

std::string describe(const partnercenter::models::ParseError& error) {
    if (error.path().empty()) return error.problem();
    return "'" + error.path() + "': " + error.problem();
}

}  // namespace pcsim::http::wire
