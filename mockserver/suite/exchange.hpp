#pragma once
// The parts every HTTP-speaking step shares (internal to the executors): building a request from a
// RequestSpec, sending one call and judging it, and saving variables from an answer.
#include <string>
#include <vector>

#include "suite/case_run.hpp"
#include "suite/step_outcome.hpp"

namespace pcsim::suite {

// The call for a `request:` (suite headers, auth, body, query), with its path as shown in reports.
// Throws InterpolationError.
HttpCall buildCall(const RequestSpec& spec, CaseRun& run, std::string* shown);

// A call to the case's control plane (/_sandbox/{name}/_pcsim/...), JSON body optional.
HttpCall controlCall(CaseRun& run, const std::string& method, const std::string& path,
                     const std::optional<nlohmann::json>& body = std::nullopt);

// Sends and records request and answer in the outcome; nullopt (and outcome.error) when nothing answered.
std::optional<HttpAnswer> send(CaseRun& run, const HttpCall& call, const std::string& shown, StepOutcome& outcome);

// Sends, records request and answer in the outcome, judges `expect` (or `fallback` when the step
// has none), then saves. Returns the answer's JSON (if any) for steps that look further.
std::optional<nlohmann::json> sendAndJudge(CaseRun& run, const HttpCall& call, const std::string& shown,
                                           const std::optional<Expectation>& expect, const Expectation& fallback,
                                           const std::vector<Save>& saves, StepOutcome& outcome);

// Takes each saved variable from the answer (or the document); a missing one is an error.
void applySaves(const std::vector<Save>& saves, const HttpAnswer* answer, const std::optional<nlohmann::json>& document,
                CaseRun& run, StepOutcome& outcome);

Expectation expectStatus(int status);

// `name=value`, percent-encoded, after `?` or `&` as the path needs.
void appendQuery(std::string& path, const std::string& name, const std::string& value);

}  // namespace pcsim::suite
