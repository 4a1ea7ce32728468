#include "http/request_pattern.hpp"

#include <charconv>

#include "http/body.hpp"
#include "http/request_match.hpp"
#include "partnercenter/text.hpp"

namespace pcsim::http {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::toUpper;

namespace {

const char* const kFields[] = {"method", "path",  "status", "correlationId", "requestId",
                               "fault",  "since", "until",  "simSince",      "simUntil"};

std::string canonicalField(std::string_view key) {
    for (const char* field : kFields)
        if (equalsIgnoreCase(field, key)) return field;
    throw BadRequest("Unknown request pattern field '" + std::string(key) +
                     "'; use method, path, status, correlationId, requestId, fault, since, until, simSince, simUntil.");
}

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

sim::Timestamp timestampOf(const std::string& field, const std::string& text) {
    auto parsed = sim::parseTimestamp(text);
    if (!parsed)
        throw BadRequest(field + ": '" + text + "' is not an ISO 8601 timestamp such as 2026-05-01T00:00:00Z.");
    return *parsed;
}

void setField(RequestPattern& pattern, const std::string& field, const std::string& value) {
    if (field == "method") pattern.method = toUpper(value);
    else if (field == "path") {
        if (!value.empty() && value.front() != '/') throw BadRequest("path: '" + value + "' must start with '/'.");
        pattern.path = value;
    } else if (field == "status") setStatus(pattern, value);
    else if (field == "correlationId") pattern.correlationId = value;
    else if (field == "requestId") pattern.requestId = value;
    else if (field == "fault") pattern.fault = value;
    else if (field == "since") pattern.since = timestampOf(field, value);
    else if (field == "until") pattern.until = timestampOf(field, value);
    else if (field == "simSince") pattern.simSince = timestampOf(field, value);
    else if (field == "simUntil") pattern.simUntil = timestampOf(field, value);
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
    RequestPattern pattern;
    for (const auto& [key, value] : json.items()) {
        const std::string field = canonicalField(key);
        if (value.is_null()) continue;
        if (field == "status" && value.is_number_integer()) {
            setStatus(pattern, std::to_string(value.get<std::int64_t>()));
            continue;
        }
        if (!value.is_string())
            throw BadRequest(field + " must be a string" + (field == "status" ? " or a number." : "."));
        setField(pattern, field, value.get<std::string>());
    }
    return pattern;
}

RequestPattern requestPatternFromQuery(const HttpRequest& request) {
    RequestPattern pattern;
    for (const auto& [name, value] : request.query) {
        if (name == "limit") continue;  // not a filter: how many of the matching entries to show
        setField(pattern, canonicalField(name), value);
    }
    return pattern;
}

}  // namespace pcsim::http
