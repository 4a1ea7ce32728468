#pragma once
// Fault rules as JSON in the scenario's `faults:` format (only what the rule sets), so that a rule
// listed by GET /_pcsim/faults can be sent back to POST /_pcsim/faults or pasted into a scenario.
// Reading goes through the scenario loader's own rule reader (scenario::parseFaultRule): one format,
// one set of checks.
#include <nlohmann/json.hpp>

#include "sim/scenario.hpp"

namespace pcsim::http {

nlohmann::ordered_json faultRuleJson(const sim::FaultRule& rule);

}  // namespace pcsim::http
