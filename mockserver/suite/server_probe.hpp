#pragma once
// Asks a pcsim, before a run, whether it answers (GET /_pcsim/health) and which scenario it holds
// (GET /_pcsim/scenario), so that suites on that scenario need not send it to every sandbox.
#include <optional>
#include <string>

#include "suite/scenario_facts.hpp"

namespace pcsim::suite {

struct ServerProbe {
    std::string problem;                    // set when the server cannot be used
    std::optional<ScenarioFacts> scenario;  // what it holds, when it says
};

ServerProbe probeServer(const std::string& serverUrl, const std::string& adminToken, const std::string& caFile = {});

}  // namespace pcsim::suite
