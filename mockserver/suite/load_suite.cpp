// The suite file as a whole: the header (pcsim-suite, name, scenario), variables, defaults, and the
// cases. Each case's steps are read in order, so a `${variable}` is known from the step that saves it.
#include <filesystem>
#include <set>

#include "scenario/yaml_document.hpp"
#include "suite/loader.hpp"
#include "suite/read_context.hpp"

namespace pcsim::suite {
namespace {

const std::vector<std::string> kTopLevelKeys = {"pcsim-suite", "name",     "description", "scenario",
                                                "variables",   "defaults", "tags",        "cases"};
const std::vector<std::string> kCaseKeys = {"name", "description", "tags", "skip", "variables", "steps"};

void readHeader(const MapReader& root, Suite& suite, const std::string& directory) {
    if (auto version = root.integer("pcsim-suite", Need::required)) {
        if (*version != kSuiteFormatVersion)
            root.error("pcsim-suite", "unsupported suite format version " + std::to_string(*version) +
                                          "; this pcsim reads 'pcsim-suite: " + std::to_string(kSuiteFormatVersion) +
                                          "'");
    }
    if (auto name = root.text("name", Need::required)) {
        if (name->empty()) root.error("name", "'name' must not be empty");
        suite.name = *name;
    }
    root.text("description");  // for readers of the file: checked to be text, not reported
    if (auto scenario = root.text("scenario")) {
        std::filesystem::path path(*scenario);
        if (path.is_relative()) path = std::filesystem::path(directory) / path;
        if (!std::filesystem::is_regular_file(path)) {
            // The path as resolved, absolute: a suite copied elsewhere shows where its `../x.yaml` now leads.
            std::error_code ignored;
            auto resolved = std::filesystem::absolute(path, ignored).lexically_normal();
            root.error("scenario", "no scenario file at '" + resolved.string() + "' ('" + *scenario +
                                       "': a relative path is relative to the suite file; without 'scenario:' "
                                       "the suite runs on the server's scenario)");
        }
        suite.scenarioPath = path.lexically_normal().string();
    }
    suite.tags = root.textList("tags").value_or(std::vector<std::string>{});
}

void readDefaults(const YAML::Node& node, ReadContext& ctx, Defaults& defaults) {
    MapReader map(node, "defaults", ctx.diags, {"auth", "headers", "timeoutMs"});
    if (!map.isMapping()) return;
    if (map.has("auth"))
        if (auto auth = readAuth(map, "auth")) defaults.auth = *auth;
    defaults.headers = readTextMap(map.value("headers"), "defaults.headers", ctx);
    if (auto timeout = map.integer("timeoutMs", Need::optional, 1, 600'000))
        defaults.timeout = std::chrono::milliseconds(*timeout);
}

std::optional<Case> readCase(const YAML::Node& node, const std::string& path, ReadContext& ctx,
                             const std::set<std::string>& suiteKnown) {
    MapReader map(node, path, ctx.diags, kCaseKeys);
    if (!map.isMapping()) return std::nullopt;
    const std::size_t before = ctx.diags.count();
    ctx.known = suiteKnown;
    Case out;
    out.place = {node.Mark().line + 1, node.Mark().column + 1};
    if (auto name = map.text("name", Need::required)) {
        if (name->empty()) map.error("name", "a case's 'name' must not be empty");
        out.name = *name;
    }
    out.description = map.text("description").value_or("");
    out.tags = map.textList("tags").value_or(std::vector<std::string>{});
    if (map.has("skip")) {
        // `skip: true` (or yes, on...), or the reason as text; a quoted "yes" is a reason.
        const YAML::Node skip = map.value("skip");
        auto flag = skip.Tag() == "?" ? scenario::flagOf(skip) : std::nullopt;
        if (flag) {
            if (*flag) out.skip = "";
        } else if (auto reason = map.text("skip")) {
            out.skip = *reason;
        }
    }
    out.variables = readVariables(map.value("variables"), "variables", ctx);
    YAML::Node steps = map.sequence("steps", Need::required);
    if (steps.IsDefined()) {
        if (steps.size() == 0) map.error("steps", "a case needs at least one step");
        for (std::size_t i = 0; i < steps.size(); ++i)
            if (auto step = readStep(steps[i], scenario::indexed(map.pathOf("steps"), i), ctx))
                out.steps.push_back(std::move(*step));
    }
    if (ctx.diags.count() != before) return std::nullopt;
    return out;
}

std::optional<Suite> readSuite(const YAML::Node& document, const std::string& directory, Diagnostics& diags) {
    if (!document.IsDefined() || document.IsNull()) {
        diags.fileError("the file is empty; a suite needs at least 'pcsim-suite: 1', 'name' and 'cases'");
        return std::nullopt;
    }
    MapReader root(document, "", diags, kTopLevelKeys);
    if (!root.isMapping()) return std::nullopt;
    Suite suite;
    ReadContext ctx(diags);
    readHeader(root, suite, directory);
    for (const auto& name : builtinVariables()) ctx.known.insert(name);
    suite.variables = readVariables(root.value("variables"), "variables", ctx);
    readDefaults(root.value("defaults"), ctx, suite.defaults);
    const std::set<std::string> suiteKnown = ctx.known;

    YAML::Node cases = root.sequence("cases", Need::required);
    std::map<std::string, int> caseLines;  // name -> line, for duplicates
    for (std::size_t i = 0; cases.IsDefined() && i < cases.size(); ++i) {
        const YAML::Node node = cases[i];
        auto one = readCase(node, scenario::indexed("cases", i), ctx, suiteKnown);
        if (!one) continue;
        auto [first, fresh] = caseLines.emplace(one->name, one->place.line);
        if (!fresh)
            diags.error(node["name"], "duplicate case name '" + one->name + "' (first at line " +
                                          std::to_string(first->second) + "); reports need each name once");
        suite.cases.push_back(std::move(*one));
    }
    if (cases.IsDefined() && cases.size() == 0) root.error("cases", "a suite needs at least one case");
    if (!diags.empty()) return std::nullopt;
    return suite;
}

}  // namespace

SuiteLoad loadSuiteText(std::string_view yaml, const std::string& sourceName, const std::string& directory) {
    Diagnostics diags(sourceName);
    std::optional<Suite> suite;
    scenario::readYamlDocument(yaml, diags,
                               [&](const YAML::Node& document) { suite = readSuite(document, directory, diags); });
    if (!diags.empty() || !suite) return {std::nullopt, diags.sorted()};
    suite->file = sourceName;
    return {std::move(suite), {}};
}

SuiteLoad loadSuiteFile(const std::string& path) {
    auto text = scenario::readFileText(path);
    if (!text) {
        Diagnostics diags(path);
        diags.fileError("cannot open the suite file");
        return {std::nullopt, diags.sorted()};
    }
    auto directory = std::filesystem::path(path).parent_path().string();
    return loadSuiteText(*text, path, directory.empty() ? "." : directory);
}

bool looksLikeSuite(std::string_view yaml) {
    try {
        YAML::Node document = YAML::Load(std::string(yaml));
        return document.IsMap() && document["pcsim-suite"].IsDefined();
    } catch (const YAML::Exception&) {
        return false;
    }
}

}  // namespace pcsim::suite
