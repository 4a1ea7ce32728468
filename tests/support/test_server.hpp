#pragma once
// A pcsim server for one test: loads a scenario, serves it on 127.0.0.1 with port 0 (so suites run
// in parallel), and stops when destroyed.
#include <memory>
#include <string>

#include "http/app.hpp"
#include "http/server.hpp"

namespace pcsim::testing {

class TestServer {
public:
    // `scenarioFile`: a path to a YAML scenario.
    explicit TestServer(const std::string& scenarioFile, http::AppOptions options = {});
    ~TestServer();

    std::string url(const std::string& path) const { return server_->baseUrl() + path; }
    http::App& app() { return *app_; }
    const sim::Scenario& scenario() const { return *scenario_; }

private:
    std::shared_ptr<const sim::Scenario> scenario_;
    std::unique_ptr<http::App> app_;
    std::unique_ptr<http::Server> server_;
};

}  // namespace pcsim::testing
