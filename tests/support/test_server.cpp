#include "support/test_server.hpp"

#include <stdexcept>

#include "scenario/loader.hpp"

namespace pcsim::testing {

TestServer::TestServer(const std::string& scenarioFile, http::AppOptions options) {
    auto loaded = scenario::loadScenarioFile(scenarioFile);
    if (!loaded) {
        std::string problems;
        for (const auto& d : loaded.diagnostics) problems += d.toString() + "\n";
        throw std::runtime_error("test scenario does not load:\n" + problems);
    }
    scenario_ = loaded.scenario;
    server_ = std::make_unique<http::LocalServer>(scenario_, std::move(options));
}

}  // namespace pcsim::testing
