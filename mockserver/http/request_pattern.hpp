#pragma once
// A pattern over journal entries, shared by the journal's filters (GET /_pcsim/journal?...) and by
// verification (POST /_pcsim/verify), so that both count exactly the same requests.
//
//   {"method": "POST", "path": "/v1/customers/*/carts/*/checkout", "status": "2xx",
//    "correlationId": "...", "requestId": "...", "fault": "rule", "since": "...", "until": "..."}
//
// Every field is optional. `path` is matched case-insensitively, `*` is one segment and `**` any
// number; `status` is a number or a class ("2xx", "4xx", "5xx"); ids are compared case-insensitively;
// `since`/`until` bound the wall-clock `time` and `simSince`/`simUntil` the simulated `simTime`
// (since inclusive, until exclusive).
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "http/journal.hpp"
#include "http/message.hpp"

namespace pcsim::http {

struct RequestPattern {
    std::string method;
    std::string path;
    std::optional<int> status;
    std::optional<int> statusClass;  // 2 for "2xx"
    std::optional<std::string> correlationId;
    std::optional<std::string> requestId;
    std::optional<std::string> fault;
    std::optional<sim::Timestamp> since, until, simSince, simUntil;

    bool matches(const JournalEntry& entry) const;  // its JSON: http/wire/request_pattern_document.hpp
};

// Both read the one document (the query's parameters as its fields) and throw BadRequest naming the
// field that is wrong; unknown fields are errors (a typo must not silently match everything).
RequestPattern requestPatternFromJson(const nlohmann::json& pattern);
RequestPattern requestPatternFromQuery(const HttpRequest& request);

}  // namespace pcsim::http
