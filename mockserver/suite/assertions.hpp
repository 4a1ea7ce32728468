#pragma once
// Judging what a step got against what it expected: one assertion on one value, and a whole
// `expect:` (status, JSON paths, headers) on one HTTP answer. A failure says what was looked at,
// what was expected and what was there, in words a QA engineer can act on.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "suite/http_client.hpp"
#include "suite/model.hpp"

namespace pcsim::suite {

struct Mismatch {
    std::string subject;   // "status", "$.lineItems[0].error.errorCode", "header Retry-After"
    std::string expected;  // "equals 10007"
    std::string actual;    // "10011"
    // What surrounds a JSON path's value in the answer, so a failure shows the neighbourhood
    // (`$.lineItems[0].error = {"errorCode":10007,"errorDescription":"..."}`); empty when not useful.
    std::string context = {};
};

// `actual` is nullopt when the path led nowhere. Throws InterpolationError for an unknown variable.
std::optional<Mismatch> judge(const Assertion& assertion, const std::string& subject,
                              const std::optional<nlohmann::json>& actual, const VariableLookup& lookup);

// The answer's body as JSON, or nullopt when it is empty or not JSON.
std::optional<nlohmann::json> parseBody(const std::string& body);

// Everything `expect` says about one answer. Without a `status` expectation, any 2xx passes.
std::vector<Mismatch> judgeAnswer(const Expectation& expect, const HttpAnswer& answer,
                                  const std::optional<nlohmann::json>& body, const VariableLookup& lookup);
// The JSON path assertions alone, against a document the runner made (purchase, coverage).
std::vector<Mismatch> judgeDocument(const std::vector<PathAssertions>& checks, const nlohmann::json& document,
                                    const VariableLookup& lookup);

// A JSON value for a message: compact, cut to `limit` characters.
std::string excerpt(const nlohmann::json& value, std::size_t limit = 200);
std::string excerptText(const std::string& text, std::size_t limit = 400);

// Equality as suites mean it: numbers by value (within 1e-9 relative, so 0.1 + 0.2 equals 0.3),
// everything else exactly.
bool jsonEquals(const nlohmann::json& a, const nlohmann::json& b);

}  // namespace pcsim::suite
