#include "http/request_pattern.hpp"

#include <charconv>

#include "http/body.hpp"
#include "http/request_match.hpp"
#include "http/wire/request_pattern_document.hpp"
#include "partnercenter/text.hpp"

namespace pcsim::http {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::toUpper;

namespace {

void setStatus(RequestPattern& pattern, const std::string& text) {
    if (text.size() == 3 && (text[1] == 'x' || text[1] == 'X') && (text[2] == 'x' || text[2] == 'X') &&
        text[0] >= '1' && text[0] <= '5') {
        pattern.statusClass = text[0] - '0';
        return;
    }
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || value < 0 || value > 599)
        throw BadRequest("status: '" + text + "' is not an HTTP status (such as 201) or a class (2xx, 4xx, 5xx).");
    pattern.status = value;
}

std::optional<sim::Timestamp> timestampOf(const char* field, const std::optional<std::string>& text) {
    if (!text) return std::nullopt;
    auto parsed = sim::parseTimestamp(*text);
    if (!parsed)
        throw BadRequest(std::string(field) + ": '" + *text +
                         "' is not an ISO 8601 timestamp such as 2026-05-01T00:00:00Z.");
    return parsed;
}

// The document's values, checked.
RequestPattern requestPatternOf(const RequestPatternDocument& document) {
    RequestPattern pattern;
    if (document.method) pattern.method = toUpper(*document.method);
    if (document.path) {
        if (!document.path->empty() && document.path->front() != '/')
            throw BadRequest("path: '" + *document.path + "' must start with '/'.");
        pattern.path = *document.path;
    }
    if (document.status) {
        const auto& status = document.status->value;
        setStatus(pattern, std::holds_alternative<std::string>(status)
                               ? std::get<std::string>(status)
                               : std::to_string(std::get<std::int64_t>(status)));
    }
    pattern.correlationId = document.correlationId;
    pattern.requestId = document.requestId;
    pattern.fault = document.fault;
    pattern.since = timestampOf("since", document.since);
    pattern.until = timestampOf("until", document.until);
    pattern.simSince = timestampOf("simSince", document.simSince);
    pattern.simUntil = timestampOf("simUntil", document.simUntil);
    return pattern;
}

bool inRange(sim::Timestamp t, const std::optional<sim::Timestamp>& since, const std::optional<sim::Timestamp>& until) {
    return (!since || t >= *since) && (!until || t < *until);
}

}  // namespace

bool RequestPattern::matches(const JournalEntry& entry) const {
    if (!method.empty() && !equalsIgnoreCase(method, entry.method)) return false;
    if (status && entry.status != *status) return false;
    if (statusClass && entry.status / 100 != *statusClass) return false;
    if (correlationId && !equalsIgnoreCase(*correlationId, entry.correlationId)) return false;
    if (requestId && !equalsIgnoreCase(*requestId, entry.requestId)) return false;
    if (fault && (!entry.fault || *fault != *entry.fault)) return false;
    if (!inRange(entry.time, since, until) || !inRange(entry.simTime, simSince, simUntil)) return false;
    return path.empty() || pathMatches(path, entry.path);  // the costliest test last
}

RequestPattern requestPatternFromJson(const nlohmann::json& json) {
    if (json.is_null()) return {};
    if (!json.is_object()) throw BadRequest("request: the pattern must be a JSON object.");
    onlyKeys(
        json,
        {"method", "path", "status", "correlationId", "requestId", "fault", "since", "until", "simSince", "simUntil"},
        "request pattern field", ListAllowed::yes);
    return requestPatternOf(readModel<RequestPatternDocument>(json, "request pattern "));
}

RequestPattern requestPatternFromQuery(const HttpRequest& request) {
    nlohmann::json pattern = nlohmann::json::object();  // the query's values are all strings
    for (const auto& [name, value] : request.query)
        if (name != "limit") pattern[name] = value;  // not a filter: how many of the matching entries to show
    return requestPatternFromJson(pattern);
}

}  // namespace pcsim::http
