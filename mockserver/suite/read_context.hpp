#pragma once
// What the suite loader's parts share (internal to the loader): the diagnostics, and the variables
// a `${...}` may name at the current point of a case. Readers never throw; a bad value is reported
// at its own position and reading carries on.
#include <set>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "scenario/diagnostic.hpp"
#include "scenario/yaml_fields.hpp"
#include "suite/model.hpp"

namespace pcsim::suite {

using scenario::Diagnostics;
using scenario::MapReader;
using scenario::Need;

struct ReadContext {
    explicit ReadContext(Diagnostics& diagnostics) : diags(diagnostics) {}

    Diagnostics& diags;
    std::set<std::string> known;  // variables defined so far in this case

    // Reports each `${name}` of `text` that is not defined here (and malformed references).
    void checkVariables(const YAML::Node& node, const std::string& text);
};

// A scalar as a text that may hold ${variables}; nullopt (and a diagnostic) otherwise.
std::optional<std::string> readTemplateText(const YAML::Node& node, const std::string& what, ReadContext& ctx);
// `key: text` of a mapping, checked for variables.
std::optional<std::string> templateField(const MapReader& map, const std::string& key, ReadContext& ctx,
                                         Need need = Need::optional);
// Any YAML value as JSON whose strings may hold ${variables}.
JsonTemplate readJsonTemplate(const YAML::Node& node, ReadContext& ctx);
// A mapping of names to texts (headers, query parameters).
std::vector<std::pair<std::string, std::string>> readTextMap(const YAML::Node& node, const std::string& what,
                                                             ReadContext& ctx);
// A name `${...}` can refer to: letters, digits, _ . - (reported at `key` otherwise).
bool readVariableName(const YAML::Node& key, ReadContext& ctx);
// `variables:` — name: value, in order; each value may use the variables before it.
std::vector<std::pair<std::string, JsonTemplate>> readVariables(const YAML::Node& node, const std::string& what,
                                                                ReadContext& ctx);
std::optional<Auth> readAuth(const MapReader& map, const std::string& key);

// expect:, save: and the assertions in them.
Expectation readExpectation(const MapReader& map, ReadContext& ctx);
std::vector<PathAssertions> readPathAssertions(const YAML::Node& node, const std::string& what, ReadContext& ctx,
                                               const std::string& under = "");
std::vector<Assertion> readAssertions(const YAML::Node& node, const std::string& what, ReadContext& ctx);
std::vector<Save> readSaves(const YAML::Node& node, ReadContext& ctx);
std::optional<StatusExpectation> readStatus(const YAML::Node& node, ReadContext& ctx);

// One step of a case; nullopt when it had problems (they are reported).
std::optional<Step> readStep(const YAML::Node& node, const std::string& path, ReadContext& ctx);
std::optional<RequestSpec> readRequestSpec(const YAML::Node& node, const std::string& path, ReadContext& ctx);

// The step kinds apart from request/purchase/parallel (read_control_steps.cpp). Each sets
// `step.action`, also when it reports problems (the step is then dropped by readStep).
void readAdvance(const YAML::Node& node, const std::string& path, ReadContext& ctx, Step& step);
void readFault(const YAML::Node& node, const std::string& path, ReadContext& ctx, Step& step);
void readVms(const YAML::Node& node, const std::string& path, ReadContext& ctx, Step& step);
void readVerify(const YAML::Node& node, const std::string& path, ReadContext& ctx, Step& step);
void readInvariants(const YAML::Node& node, const std::string& path, ReadContext& ctx, Step& step);
void readCoverage(const YAML::Node& node, const std::string& path, ReadContext& ctx, Step& step);
void readLogin(const YAML::Node& node, const std::string& path, ReadContext& ctx, Step& step);
// read_purchase.cpp, read_parallel.cpp: the step and its own `expect:` (read after the step, into it).
void readPurchase(const YAML::Node& node, const std::string& path, ReadContext& ctx, Step& step);
void readPurchaseExpectation(const MapReader& map, ReadContext& ctx, Step& step);
void readParallel(const YAML::Node& node, const std::string& path, ReadContext& ctx, Step& step);
void readParallelExpectation(const MapReader& map, ReadContext& ctx, Step& step);

}  // namespace pcsim::suite
