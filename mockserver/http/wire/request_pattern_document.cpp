#include "http/wire/request_pattern_document.hpp"

#include "http/request_pattern.hpp"

namespace pcsim::http {

RequestPatternDocument requestPatternDocument(const RequestPattern& pattern) {
    auto given = [](const std::string& text) { return text.empty() ? std::nullopt : std::optional(text); };
    auto time = [](const std::optional<sim::Timestamp>& at) {
        return at ? std::optional(sim::formatTimestamp(*at)) : std::nullopt;
    };
    RequestPatternDocument out;
    out.method = given(pattern.method);
    out.path = given(pattern.path);
    if (pattern.status) out.status = StatusText{std::int64_t{*pattern.status}};
    if (pattern.statusClass) out.status = StatusText{std::to_string(*pattern.statusClass) + "xx"};
    out.correlationId = pattern.correlationId;
    out.requestId = pattern.requestId;
    out.fault = pattern.fault;
    out.since = time(pattern.since);
    out.until = time(pattern.until);
    out.simSince = time(pattern.simSince);
    out.simUntil = time(pattern.simUntil);
    return out;
}

void to_json(nlohmann::ordered_json& j, const StatusText& status) {
    std::visit([&](const auto& value) { j = value; }, status.value);
}

void read_json(const nlohmann::json& j, const ::partnercenter::models::Path& path, StatusText& status) {
    if (j.is_number_integer()) status.value = j.get<std::int64_t>();
    else if (j.is_string()) status.value = j.get<std::string>();
    else partnercenter::models::detail::fail_type(path, "a string or a number", j);
}

PCSIM_WIRE_MODEL(RequestPatternDocument) {
    v.optional("method", x.method);
    v.optional("path", x.path);
    v.optional("status", x.status);
    v.optional("correlationId", x.correlationId);
    v.optional("requestId", x.requestId);
    v.optional("fault", x.fault);
    v.optional("since", x.since);
    v.optional("until", x.until);
    v.optional("simSince", x.simSince);
    v.optional("simUntil", x.simUntil);
}

}  // namespace pcsim::http
