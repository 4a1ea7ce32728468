#include "suite/scenario_facts.hpp"

#include <sstream>

#include "scenario/loader.hpp"
#include "scenario/yaml_document.hpp"

namespace pcsim::suite {

namespace {

FactsLoad factsOf(const scenario::LoadResult& loaded) {
    if (!loaded) return {std::nullopt, loaded.diagnostics};
    const auto& scenario = *loaded.scenario;
    ScenarioFacts facts;
    facts.name = scenario.name;
    facts.source = scenario.sourceText;
    facts.loaded = loaded.scenario;
    facts.tenantId = scenario.partner.tenantId;
    if (!scenario.partner.apps.empty()) {
        facts.hasApp = true;
        facts.clientId = scenario.partner.apps.front().clientId;
        facts.clientSecret = scenario.partner.apps.front().clientSecret;
    }
    if (!scenario.partner.users.empty()) {
        const auto& user = scenario.partner.users.front();
        facts.hasUser = !user.refreshToken.empty() || !user.password.empty();
        facts.userRefreshToken = user.refreshToken;
        facts.userName = user.upn;
        facts.userPassword = user.password;
    }
    return {std::move(facts), {}};
}

}  // namespace

FactsLoad readScenarioFacts(const std::string& yaml, const std::string& sourceName) {
    return factsOf(scenario::loadScenarioText(yaml, sourceName));
}

FactsLoad readScenarioFactsFile(const std::string& path, std::optional<std::uint64_t> seed) {
    auto text = scenario::readFileText(path);
    if (!text) return factsOf(scenario::loadScenarioFile(path));  // its "cannot open" diagnostic
    // With a seed, only the seeded text is loaded: the embedded server serves it, a sandbox gets it.
    auto loaded = readScenarioFacts(seed ? withSeed(*text, *seed) : *text, path);
    if (loaded.facts) loaded.facts->file = path;
    return loaded;
}

// Edits the text rather than re-emitting the YAML, so comments, quoting and order stay as written:
// the top-level `seed:` line is replaced, or one is appended.
std::string withSeed(const std::string& yaml, std::uint64_t seed) {
    const std::string line = "seed: " + std::to_string(seed);
    std::string out;
    bool replaced = false;
    std::istringstream in(yaml);
    for (std::string current; std::getline(in, current);) {
        if (!replaced && current.rfind("seed:", 0) == 0) {
            current = line;
            replaced = true;
        }
        out += current + "\n";
    }
    if (!replaced) out += line + "\n";
    return out;
}

}  // namespace pcsim::suite
