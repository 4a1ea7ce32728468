#pragma once
// A pcsim inside this process, for `pcsim run` without --server and for tests: an App on a loaded
// scenario, served on 127.0.0.1 with a port the system picks (so several run side by side), and
// stopped when destroyed.
#include <memory>
#include <string>

#include "http/app.hpp"
#include "http/server.hpp"

namespace pcsim::http {

class LocalServer {
public:
    explicit LocalServer(std::shared_ptr<const sim::Scenario> scenario, AppOptions options = {}, int threads = 2);
    LocalServer(const LocalServer&) = delete;
    LocalServer& operator=(const LocalServer&) = delete;

    std::string baseUrl() const { return server_.baseUrl(); }
    App& app() { return app_; }

private:
    App app_;
    Server server_;  // declared after app_: destroyed (and so stopped) before the App it serves
};

}  // namespace pcsim::http
