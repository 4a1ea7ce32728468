#pragma once
// The bodies of the journal's control routes (admin/journal.cpp):
//   GET /_pcsim/journal   -> {"totalCount", "dropped", "capacity", "items": [entry...]}
//   POST /_pcsim/verify   <- {"request": {pattern}, "count" | "atLeast" and/or "atMost"}
//                         -> {"ok", "matched", "expected": {...}, "request": {pattern}, "dropped",
//                             "requests": [entry...]}
#include <cstdint>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "http/wire/fields.hpp"
#include "http/wire/journal_entry.hpp"
#include "http/wire/request_pattern_document.hpp"

namespace pcsim::http {

struct JournalPage {
    std::uint64_t totalCount = 0;
    std::uint64_t dropped = 0;
    std::uint64_t capacity = 0;
    std::vector<JournalEntry> items;
};

// The expectation of a verification, as asked and as answered.
struct VerifyExpectation {
    std::optional<std::int64_t> count;
    std::optional<std::int64_t> atLeast;
    std::optional<std::int64_t> atMost;
};

struct VerifyRequest {
    std::optional<nlohmann::json> request;  // the pattern, read by requestPatternFromJson
    VerifyExpectation expectation;
};

struct Verification {
    bool ok = false;
    std::int64_t matched = 0;
    VerifyExpectation expected;
    RequestPatternDocument request;  // as the server read it
    std::uint64_t dropped = 0;       // requests that fell out of the journal are not counted
    std::vector<JournalEntry> requests;
};

PCSIM_WIRE_DECLARE_JSON(JournalPage);
PCSIM_WIRE_DECLARE_JSON(VerifyExpectation);
PCSIM_WIRE_DECLARE_JSON(VerifyRequest);
PCSIM_WIRE_DECLARE_JSON(Verification);

}  // namespace pcsim::http
