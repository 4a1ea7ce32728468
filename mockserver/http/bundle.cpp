#include "http/bundle.hpp"

#include "http/app.hpp"
#include "http/body.hpp"
#include "http/wire/bundle_document.hpp"
#include "partnercenter/text.hpp"
#include "sim/secrets.hpp"

namespace pcsim::http {
namespace {

// A bundle's scenario has its credentials masked. The importing sandbox's own scenario supplies each
// one it has for the same app (client id) or user (upn), so that the credentials a tester knows there
// take tokens in the rebuilt sandbox; any other stays masked and takes none (http/auth.cpp).
std::shared_ptr<const sim::Scenario> withCredentialsOf(std::shared_ptr<const sim::Scenario> imported,
                                                       const sim::Partner& importer) {
    auto restored = std::make_shared<sim::Scenario>(*imported);
    bool changed = false;
    auto take = [&](std::string& value, const std::string& known) {
        if (!sim::isMasked(value) || known.empty()) return;
        value = known;
        changed = true;
    };
    for (auto& app : restored->partner.apps)
        for (const auto& known : importer.apps)
            if (partnercenter::text::equalsIgnoreCase(app.clientId, known.clientId))
                take(app.clientSecret, known.clientSecret);
    for (auto& user : restored->partner.users)
        for (const auto& known : importer.users)
            if (partnercenter::text::equalsIgnoreCase(user.upn, known.upn)) {
                take(user.password, known.password);
                take(user.refreshToken, known.refreshToken);
            }
    return changed ? restored : imported;
}

}  // namespace

nlohmann::ordered_json exportBundle(const Sandbox& sandbox, SandboxState& state) {
    const sim::Scenario& scenario = *state.scenario;
    if (scenario.sourceText.empty())
        throw BundleConflict("The sandbox's scenario was built in code and has no YAML source to export.");
    BundleDocument bundle;
    {
        // No change runs while the log and the clock are read, so the bundle is one consistent moment;
        // the rendering waits until changes may run again.
        std::lock_guard changes(state.changes);
        if (state.operations.overflowed())
            throw BundleConflict("The sandbox changed more than " + std::to_string(state.operations.capacity()) +
                                 " times since its scenario was loaded; its operation log stopped, so it cannot be "
                                 "rebuilt elsewhere. Reset it (POST /_pcsim/reset) to start a new log.");
        bundle.state.operations = state.operations.entries();
        std::lock_guard lock(state.world.mutex);
        bundle.clock = {state.world.now(), state.world.clock.mode() == sim::ClockMode::frozen ? "frozen" : "realtime"};
    }
    bundle.pcsimBundle = kBundleFormat;
    bundle.sandbox = sandbox.name();
    bundle.exportedAt = wallClockNow();
    // Secrets masked: a replay needs none (operations carry the identity their token proved).
    bundle.scenario = {scenario.name, sim::maskSecrets(scenario.sourceText)};
    bundle.seed = scenario.seed;
    bundle.state.faults = state.faults.snapshot();
    bundle.state.throttling = state.throttler.snapshot();
    bundle.journal = state.journal.entries();
    bundle.journalDropped = state.journal.dropped();
    return nlohmann::ordered_json(bundle);
}

ImportedBundle importBundle(App& app, Sandbox& sandbox, const nlohmann::json& json) {
    if (!json.is_object()) throw BadRequest("bundle: the body must be a pcsim bundle (a JSON object).");
    if (readModel<BundleFormat>(json, "bundle: ").pcsimBundle != kBundleFormat)
        throw BadRequest("bundle: 'pcsimBundle' must be " + std::to_string(kBundleFormat) +
                         " (the format this pcsim reads).");
    // The whole document is read before anything is replayed.
    auto bundle = readModel<BundleDocument>(json, "bundle: ");

    // Everything is checked first: a bad bundle changes nothing.
    auto loaded = app.scenarios().load(bundle.scenario.source);
    if (!loaded->ok()) throw BundleScenarioInvalid(loaded->diagnostics);
    const auto& scenario = loaded->scenario;
    if (bundle.seed && *bundle.seed != scenario->seed)
        throw BadRequest("bundle: 'seed' is not the seed of the bundle's scenario (" + std::to_string(scenario->seed) +
                         ").");
    auto& operations = bundle.state.operations;
    for (std::size_t i = 0; i < operations.size(); ++i) {
        if (auto problem = app.replayProblem(operations[i]); !problem.empty())
            throw BadRequest("bundle: 'state.operations[" + std::to_string(i) + "]': " + problem + ".");
    }

    auto rebuilt = std::make_shared<SandboxState>(withCredentialsOf(scenario, sandbox.current()->scenario->partner),
                                                  sandbox.capacities());
    for (const auto& operation : operations) app.replay(operation, sandbox, rebuilt);
    {
        std::lock_guard lock(rebuilt->world.mutex);
        rebuilt->world.clock.set(bundle.clock.now);
    }
    try {
        rebuilt->faults.restore(std::move(bundle.state.faults));
    } catch (const std::invalid_argument& e) {
        throw BadRequest(std::string("bundle: 'state.faults.random': ") + e.what() + ".");
    }
    rebuilt->throttler.restore(bundle.state.throttling);
    // The replayed operations went through the handlers without the journal: it is the bundle's.
    // Masked again, for bundles written before secrets were.
    for (auto& entry : bundle.journal) {
        entry.query = sim::maskSecrets(std::move(entry.query));
        entry.requestBody = sim::maskSecrets(std::move(entry.requestBody));
        entry.responseBody = sim::maskSecrets(std::move(entry.responseBody));
    }
    rebuilt->journal.restore(std::move(bundle.journal), bundle.journalDropped);
    return {std::move(rebuilt), operations.size()};
}

}  // namespace pcsim::http
