#pragma once
// A pcsim server for one test: loads a scenario file and serves it on 127.0.0.1 with port 0 (so
// suites run in parallel); stops when destroyed.
#include <memory>
#include <string>

#include "http/local_server.hpp"

namespace pcsim::testing {

class TestServer {
public:
    // `scenarioFile`: a path to a YAML scenario.
    explicit TestServer(const std::string& scenarioFile, http::AppOptions options = {});

    std::string url(const std::string& path) const { return server_->baseUrl() + path; }
    http::App& app() { return server_->app(); }
    const sim::Scenario& scenario() const { return *scenario_; }

private:
    std::shared_ptr<const sim::Scenario> scenario_;
    std::unique_ptr<http::LocalServer> server_;
};

}  // namespace pcsim::testing
