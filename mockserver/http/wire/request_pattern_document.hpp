#pragma once
// The JSON of a request pattern (http/request_pattern.hpp), as POST /_pcsim/verify reads it, the
// query of GET /_pcsim/journal gives it, and a verification shows it: every field optional and
// written only when the pattern sets it.
//   {"method", "path", "status": 201 | "2xx", "correlationId", "requestId", "fault",
//    "since", "until", "simSince", "simUntil"}
// The values are kept as given; requestPatternOf (http/request_pattern.hpp) checks them, with the
// same words for the body and the query.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include "http/wire/fields.hpp"

namespace pcsim::http {

struct RequestPattern;

// "status": a number (201) or a class ("2xx"), as given.
struct StatusText {
    std::variant<std::int64_t, std::string> value;
};

struct RequestPatternDocument {
    std::optional<std::string> method;
    std::optional<std::string> path;
    std::optional<StatusText> status;
    std::optional<std::string> correlationId;
    std::optional<std::string> requestId;
    std::optional<std::string> fault;
    std::optional<std::string> since, until, simSince, simUntil;
};

RequestPatternDocument requestPatternDocument(const RequestPattern& pattern);

void to_json(nlohmann::ordered_json& j, const StatusText& status);
// A JSON integer or string, else "expected a string or a number".
void read_json(const nlohmann::json& j, const ::partnercenter::models::Path& path, StatusText& status);
PCSIM_WIRE_DECLARE_JSON(RequestPatternDocument);

}  // namespace pcsim::http
