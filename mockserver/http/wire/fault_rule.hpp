#pragma once
// A fault rule as the control plane lists it and a bundle carries it: the scenario's `faults:`
// format with only what the rule sets, then how many requests it has matched.
//   {"name", "match": {"method", "path"}, "when": {"nth" | "everyNth" | "probability" | "after"},
//    "respond": {"status", "retryAfterSeconds", "delayMs", "reset", "code", "description"}, "matched"}
// Only written here: rules are read by the scenario loader's own reader (scenario::parseFaultRule),
// one format with one set of checks.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "http/wire/fields.hpp"
#include "sim/scenario.hpp"

namespace pcsim::http {

struct FaultMatchDocument {
    std::optional<std::string> method;
    std::optional<std::string> path;
};

struct FaultWhenDocument {  // one of them, or none for "always"
    std::optional<std::vector<std::int64_t>> nth;
    std::optional<std::int64_t> everyNth;
    std::optional<double> probability;
    std::optional<std::int64_t> after;
};

struct FaultRespondDocument {
    std::optional<int> status;
    std::optional<std::int64_t> retryAfterSeconds;
    std::optional<std::int64_t> delayMs;
    std::optional<bool> reset;
    std::optional<int> code;
    std::optional<std::string> description;
};

struct FaultRuleDocument {
    std::string name;
    std::optional<FaultMatchDocument> match;
    std::optional<FaultWhenDocument> when;
    FaultRespondDocument respond;
    std::int64_t matched = 0;
};

// GET /_pcsim/faults.
struct FaultList {
    std::uint64_t totalCount = 0;
    std::vector<FaultRuleDocument> items;
};

FaultRuleDocument faultRuleDocument(const sim::FaultRule& rule, std::int64_t matched);

PCSIM_WIRE_DECLARE_JSON(FaultMatchDocument);
PCSIM_WIRE_DECLARE_JSON(FaultWhenDocument);
PCSIM_WIRE_DECLARE_JSON(FaultRespondDocument);
PCSIM_WIRE_DECLARE_JSON(FaultRuleDocument);
PCSIM_WIRE_DECLARE_JSON(FaultList);

}  // namespace pcsim::http
