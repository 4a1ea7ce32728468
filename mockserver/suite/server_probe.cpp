#include "suite/server_probe.hpp"

#include <random>

#include "sim/secrets.hpp"

#include "suite/assertions.hpp"
#include "suite/http_client.hpp"

namespace pcsim::suite {
namespace {

// The server shows its scenario with every credential masked (sim/secrets.hpp). Each masked value
// becomes one of this run's own, so that the runner knows the credentials of the sandboxes it loads
// this text into (settleScenarios sends it to every case); refresh tokens must differ, hence the count.
std::string withOwnCredentials(std::string source, bool& replaced) {
    std::random_device random;
    const std::string run = "pcsim-run-" + std::to_string(random()) + "-";
    int count = 0;
    for (const std::string& masked :
         {"\"" + std::string(sim::kSecretMask) + "\"", "'" + std::string(sim::kSecretMask) + "'"})
        for (auto at = source.find(masked); at != std::string::npos; at = source.find(masked, at)) {
            const std::string own = "\"" + run + std::to_string(++count) + "\"";
            source.replace(at, masked.size(), own);
            at += own.size();
        }
    replaced = count > 0;
    return source;
}

}  // namespace

ServerProbe probeServer(const std::string& serverUrl, const std::string& adminToken, const std::string& caFile) {
    ServerProbe probe;
    HttpClient http(caFile);
    auto get = [&](const std::string& path) {
        HttpCall call;
        call.url = serverUrl + path;
        if (!adminToken.empty()) call.headers.emplace_back("Authorization", "Bearer " + adminToken);
        return http.send(call);
    };
    auto health = get("/_pcsim/health");
    if (!health.answered()) {
        probe.problem = "no pcsim answers at " + serverUrl + ": " + health.transportError;
        return probe;
    }
    if (health.status != 200) {
        probe.problem = "GET " + serverUrl + "/_pcsim/health answered " + std::to_string(health.status) + " " +
                        excerptText(health.body, 200) +
                        (health.status == 403 ? " (a server on another machine needs --admin-token)" : "");
        return probe;
    }
    auto scenario = get("/_pcsim/scenario");
    auto body = parseBody(scenario.body);
    if (scenario.status == 200 && body && body->contains("source") && (*body)["source"].is_string()) {
        bool own = false;
        auto source = withOwnCredentials((*body)["source"].get<std::string>(), own);
        auto facts = readScenarioFacts(source, serverUrl + "/_pcsim/scenario");
        if (facts.facts) {
            facts.facts->ownCredentials = own;
            probe.scenario = std::move(facts.facts);
        }
    }
    return probe;
}

}  // namespace pcsim::suite
