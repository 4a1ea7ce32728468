#include "http/bundle.hpp"

#include "http/app.hpp"
#include "http/body.hpp"
#include "http/fault_json.hpp"
#include "scenario/loader.hpp"

namespace pcsim::http {

namespace {

nlohmann::ordered_json faultsJson(const FaultInjector::Snapshot& snapshot) {
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    for (const auto& counted : snapshot.rules) {
        auto rule = faultRuleJson(counted.rule);
        rule["matched"] = counted.matched;
        rules.push_back(std::move(rule));
    }
    return {{"rules", std::move(rules)}, {"random", snapshot.random}};
}

nlohmann::ordered_json throttlingJson(const std::vector<ThrottleWindow>& windows) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& window : windows) {
        nlohmann::ordered_json arrivals = nlohmann::ordered_json::array();
        for (auto t : window.arrivals) arrivals.push_back(sim::formatTimestamp(t));
        out.push_back({{"rule", window.rule}, {"tenant", window.tenant}, {"arrivals", std::move(arrivals)}});
    }
    return out;
}

// Reading, with errors that say where in the bundle the problem is.
const nlohmann::json& member(const nlohmann::json& json, const std::string& where, const char* name) {
    if (!json.is_object() || !json.contains(name)) throw BadRequest("bundle: missing '" + where + name + "'.");
    return json.at(name);
}

std::string text(const nlohmann::json& json, const std::string& where, const char* name) {
    const auto& value = member(json, where, name);
    if (!value.is_string()) throw BadRequest("bundle: '" + where + name + "' must be a string.");
    return value.get<std::string>();
}

sim::Timestamp timestamp(const std::string& value, const std::string& where) {
    auto parsed = sim::parseTimestamp(value);
    if (!parsed) throw BadRequest("bundle: '" + where + "' is not an ISO 8601 timestamp.");
    return *parsed;
}

const nlohmann::json& array(const nlohmann::json& json, const std::string& where, const char* name) {
    const auto& value = member(json, where, name);
    if (!value.is_array()) throw BadRequest("bundle: '" + where + name + "' must be an array.");
    return value;
}

FaultInjector::Snapshot readFaults(const nlohmann::json& faults) {
    FaultInjector::Snapshot snapshot;
    snapshot.random = text(faults, "state.faults.", "random");
    const auto& rules = array(faults, "state.faults.", "rules");
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const std::string where = "state.faults.rules[" + std::to_string(i) + "]";
        if (!rules[i].is_object()) throw BadRequest("bundle: '" + where + "' must be an object.");
        auto rule = rules[i];
        const auto& matched = member(rule, where + ".", "matched");
        if (!matched.is_number_integer() || matched.get<std::int64_t>() < 0)
            throw BadRequest("bundle: '" + where + ".matched' must be a count.");
        const std::int64_t count = matched.get<std::int64_t>();
        rule.erase("matched");
        auto parsed = scenario::parseFaultRule(rule.dump(), where);
        if (!parsed.rule) throw BadRequest("bundle: " + parsed.diagnostics.front().toString());
        snapshot.rules.push_back({std::move(*parsed.rule), count});
    }
    return snapshot;
}

std::vector<ThrottleWindow> readThrottling(const nlohmann::json& windows) {
    std::vector<ThrottleWindow> out;
    for (std::size_t i = 0; i < windows.size(); ++i) {
        const std::string where = "state.throttling[" + std::to_string(i) + "].";
        const auto& rule = member(windows[i], where, "rule");
        if (!rule.is_number_unsigned()) throw BadRequest("bundle: '" + where + "rule' must be a rule index.");
        ThrottleWindow window{rule.get<std::size_t>(), text(windows[i], where, "tenant"), {}};
        for (const auto& arrival : array(windows[i], where, "arrivals")) {
            if (!arrival.is_string()) throw BadRequest("bundle: '" + where + "arrivals' must hold timestamps.");
            window.arrivals.push_back(timestamp(arrival.get<std::string>(), where + "arrivals"));
        }
        out.push_back(std::move(window));
    }
    return out;
}

}  // namespace

nlohmann::ordered_json exportBundle(const Sandbox& sandbox, SandboxState& state) {
    const sim::Scenario& scenario = *state.scenario;
    if (scenario.sourceText.empty())
        throw BundleConflict("The sandbox's scenario was built in code and has no YAML source to export.");
    std::vector<RecordedOperation> logged;
    nlohmann::ordered_json clock;
    {
        // No change runs while the log and the clock are read, so the bundle is one consistent moment;
        // the rendering waits until changes may run again.
        std::lock_guard changes(state.changes);
        if (state.operations.overflowed())
            throw BundleConflict("The sandbox changed more than " + std::to_string(state.operations.capacity()) +
                                 " times since its scenario was loaded; its operation log stopped, so it cannot be "
                                 "rebuilt elsewhere. Reset it (POST /_pcsim/reset) to start a new log.");
        logged = state.operations.entries();
        std::lock_guard lock(state.world.mutex);
        clock = {{"now", sim::formatTimestamp(state.world.now())},
                 {"mode", state.world.clock.mode() == sim::ClockMode::frozen ? "frozen" : "realtime"}};
    }
    nlohmann::ordered_json operations = nlohmann::ordered_json::array();
    for (const auto& operation : logged) operations.push_back(toJson(operation));
    nlohmann::ordered_json journal = nlohmann::ordered_json::array();
    for (const auto& entry : state.journal.entries()) journal.push_back(toJson(entry));
    return {{"pcsimBundle", kBundleFormat},
            {"sandbox", sandbox.name()},
            {"exportedAt", sim::formatTimestamp(wallClockNow())},
            {"scenario", {{"name", scenario.name}, {"source", scenario.sourceText}}},
            {"seed", scenario.seed},
            {"clock", std::move(clock)},
            {"state",
             {{"operations", std::move(operations)},
              {"faults", faultsJson(state.faults.snapshot())},
              {"throttling", throttlingJson(state.throttler.snapshot())}}},
            {"journal", std::move(journal)},
            {"journalDropped", state.journal.dropped()}};
}

ImportedBundle importBundle(App& app, Sandbox& sandbox, const nlohmann::json& bundle) {
    if (!bundle.is_object()) throw BadRequest("bundle: the body must be a pcsim bundle (a JSON object).");
    const auto& format = member(bundle, "", "pcsimBundle");
    if (!format.is_number_integer() || format.get<int>() != kBundleFormat)
        throw BadRequest("bundle: 'pcsimBundle' must be " + std::to_string(kBundleFormat) +
                         " (the format this pcsim reads).");

    // Everything is read and checked first: a bad bundle changes nothing.
    auto loaded = app.scenarios().load(text(member(bundle, "", "scenario"), "scenario.", "source"));
    if (!loaded->ok()) throw BundleScenarioInvalid(loaded->diagnostics);
    const auto& scenario = loaded->scenario;
    if (bundle.contains("seed") &&
        !(bundle.at("seed").is_number_unsigned() && bundle.at("seed").get<std::uint64_t>() == scenario->seed))
        throw BadRequest("bundle: 'seed' is not the seed of the bundle's scenario (" + std::to_string(scenario->seed) +
                         ").");
    const sim::Timestamp now = timestamp(text(member(bundle, "", "clock"), "clock.", "now"), "clock.now");
    const auto& state = member(bundle, "", "state");
    std::vector<RecordedOperation> operations;
    const auto& operationsJson = array(state, "state.", "operations");
    for (std::size_t i = 0; i < operationsJson.size(); ++i) {
        const std::string where = "state.operations[" + std::to_string(i) + "]";
        try {
            operations.push_back(recordedOperationFromJson(operationsJson[i]));
        } catch (const std::invalid_argument& e) {
            throw BadRequest("bundle: '" + where + "': " + e.what() + ".");
        }
        if (auto problem = app.replayProblem(operations.back()); !problem.empty())
            throw BadRequest("bundle: '" + where + "': " + problem + ".");
    }
    auto faults = readFaults(member(state, "state.", "faults"));
    auto throttling = readThrottling(array(state, "state.", "throttling"));
    std::vector<JournalEntry> journal;
    const auto& journalJson = array(bundle, "", "journal");
    for (std::size_t i = 0; i < journalJson.size(); ++i) {
        try {
            journal.push_back(journalEntryFromJson(journalJson[i]));
        } catch (const std::invalid_argument& e) {
            throw BadRequest("bundle: 'journal[" + std::to_string(i) + "]': " + e.what() + ".");
        }
    }
    std::uint64_t dropped = 0;
    if (bundle.contains("journalDropped") && bundle.at("journalDropped").is_number_unsigned())
        dropped = bundle.at("journalDropped").get<std::uint64_t>();

    auto rebuilt = std::make_shared<SandboxState>(scenario, sandbox.capacities());
    for (const auto& operation : operations) app.replay(operation, sandbox, rebuilt);
    {
        std::lock_guard lock(rebuilt->world.mutex);
        rebuilt->world.clock.set(now);
    }
    try {
        rebuilt->faults.restore(std::move(faults));
    } catch (const std::invalid_argument& e) {
        throw BadRequest(std::string("bundle: 'state.faults.random': ") + e.what() + ".");
    }
    rebuilt->throttler.restore(throttling);
    // The replayed operations went through the handlers without the journal: it is the bundle's.
    rebuilt->journal.restore(std::move(journal), dropped);
    return {std::move(rebuilt), operations.size()};
}

}  // namespace pcsim::http
