#include "scenario/loader.hpp"

#include <yaml-cpp/yaml.h>

#include "scenario/sections.hpp"
#include "scenario/yaml_document.hpp"
#include "scenario/yaml_fields.hpp"

namespace pcsim::scenario {
namespace {

const std::vector<std::string> kTopLevelKeys = {"pcsim",  "name",       "description", "seed",
                                                "clock",  "partner",    "catalog",     "customers",
                                                "faults", "throttling", "behaviour",   "tokens"};

void readHeader(const MapReader& root, LoadContext& ctx, sim::Scenario& out) {
    if (auto version = root.integer("pcsim", Need::required)) {
        if (*version != kScenarioFormatVersion)
            root.error("pcsim", "unsupported format version " + std::to_string(*version) +
                                    "; this pcsim reads 'pcsim: " + std::to_string(kScenarioFormatVersion) + "'");
    }
    if (auto name = root.text("name", Need::required)) {
        if (name->empty()) root.error("name", "'name' must not be empty");
        out.name = *name;
    }
    if (auto description = root.text("description")) out.description = *description;
    if (auto seed = root.integer("seed", Need::optional, 0)) out.seed = std::uint64_t(*seed);
    ctx.seed = out.seed;
}

// Reads the document section by section, in the order their dependencies need (the clock and
// behaviour before customers, the catalog before customers), whatever order the file uses.
std::shared_ptr<sim::Scenario> readScenario(const YAML::Node& document, Diagnostics& diags) {
    if (!document.IsDefined() || document.IsNull()) {
        diags.fileError("the file is empty; a scenario needs at least 'pcsim: 1' and 'name'");
        return nullptr;
    }
    MapReader root(document, "", diags, kTopLevelKeys);
    if (!root.isMapping()) return nullptr;

    auto out = std::make_shared<sim::Scenario>();
    LoadContext ctx(diags);
    readHeader(root, ctx, *out);
    readClock(root.value("clock"), ctx, *out);
    out->behaviour = readBehaviour(root.value("behaviour"), ctx);
    out->tokens = readTokens(root.value("tokens"), ctx);
    out->partner = readPartner(root.value("partner"), ctx);
    out->catalog = readCatalog(root.value("catalog"), ctx);
    out->customers = readCustomers(root.value("customers"), ctx);
    out->faults = readFaults(root.value("faults"), ctx);
    out->throttling = readThrottling(root.value("throttling"), ctx);
    return diags.empty() ? out : nullptr;
}

}  // namespace

LoadResult loadScenarioText(std::string_view yaml, std::string sourceName) {
    Diagnostics diags(sourceName);
    std::shared_ptr<sim::Scenario> scenario;
    readYamlDocument(yaml, diags, [&](const YAML::Node& document) { scenario = readScenario(document, diags); });
    if (!diags.empty() || !scenario) return {nullptr, diags.sorted()};
    scenario->sourcePath = std::move(sourceName);
    scenario->sourceText = std::string(yaml);
    return {std::move(scenario), {}};
}

LoadResult loadScenarioFile(const std::string& path) {
    auto text = readFileText(path);
    if (!text) {
        Diagnostics diags(path);
        diags.fileError("cannot open the scenario file");
        return {nullptr, diags.sorted()};
    }
    return loadScenarioText(*text, path);
}

}  // namespace pcsim::scenario
