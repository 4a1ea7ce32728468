#pragma once
// What the runner must know of the scenario a suite's cases run in: its text (sent to each case's
// sandbox when the server does not hold it already) and the credentials the built-in ${appToken}
// and ${userToken} are minted with (the scenario's first app and first user).
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "scenario/diagnostic.hpp"
#include "sim/scenario.hpp"

namespace pcsim::suite {

struct ScenarioFacts {
    std::string name;
    std::string file;    // where it was read from ("" for the server's own)
    std::string source;  // the YAML text, as the sandboxes get it
    std::string tenantId;
    std::string clientId, clientSecret;                    // partner.apps[0]
    std::string userRefreshToken, userName, userPassword;  // partner.users[0]
    bool hasApp = false;
    bool hasUser = false;
    // The server's scenario with its masked credentials replaced by the run's own (server_probe.cpp):
    // the server's sandboxes do not have them, so every case's sandbox is sent this text.
    bool ownCredentials = false;
    std::shared_ptr<const sim::Scenario> loaded;  // `source` as read (an embedded server serves it; a suite without
                                                  // a scenario may get a reseeded `source`, see plan.cpp)
};

struct FactsLoad {
    std::optional<ScenarioFacts> facts;
    std::vector<scenario::Diagnostic> diagnostics;
};

// Loads the text with the scenario loader (so a suite never runs on a scenario pcsim would refuse).
FactsLoad readScenarioFacts(const std::string& yaml, const std::string& sourceName);
// `seed`: written into the text before it is loaded (pcsim run --seed).
FactsLoad readScenarioFactsFile(const std::string& path, std::optional<std::uint64_t> seed = std::nullopt);

// The same scenario with `seed:` set (pcsim run --seed): ids and probability faults change with it.
std::string withSeed(const std::string& yaml, std::uint64_t seed);

}  // namespace pcsim::suite
