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
    app_ = std::make_unique<http::App>(scenario_, std::move(options));
    server_ = std::make_unique<http::Server>(*app_, http::ServerOptions{"127.0.0.1", 0, 2});
    server_->start();
}

TestServer::~TestServer() { server_->stop(); }

}  // namespace pcsim::testing
