#include "suite/server_probe.hpp"

#include "suite/assertions.hpp"
#include "suite/http_client.hpp"

namespace pcsim::suite {

ServerProbe probeServer(const std::string& serverUrl, const std::string& adminToken) {
    ServerProbe probe;
    HttpClient http;
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
        auto facts = readScenarioFacts((*body)["source"].get<std::string>(), serverUrl + "/_pcsim/scenario");
        if (facts.facts) probe.scenario = std::move(facts.facts);
    }
    return probe;
}

}  // namespace pcsim::suite
