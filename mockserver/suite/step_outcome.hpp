#pragma once
// What one step did: what it sent, what came back, and — when it failed — why. The reports quote
// these fields as they are.
#include <optional>
#include <string>
#include <vector>

#include "suite/assertions.hpp"

namespace pcsim::suite {

struct StepOutcome {
    std::string request;         // "POST /v1/customers/…/carts" (paths are within the case's sandbox)
    std::string requestBody;     // an excerpt
    std::optional<long> status;  // of the answer
    std::string response;        // an excerpt of the answer (or of the document the step made)
    std::vector<Mismatch> mismatches;
    std::string error;  // a failure that is no mismatch: unknown variable, no answer, ...

    bool passed() const { return mismatches.empty() && error.empty(); }
};

class CaseRun;
struct Step;

// Runs one step of a case. Never throws: every problem ends up in the outcome.
StepOutcome executeStep(const Step& step, CaseRun& run);

// Masks every secret the outcome quotes (sim/secrets.hpp), and the value of any mismatch on a
// secret field; the runner does so before a report or a bundle sees it.
void maskSecrets(StepOutcome& outcome);

// "request POST /v1/customers/${customer}/carts", for a step without a name.
std::string describeStep(const Step& step);

}  // namespace pcsim::suite
