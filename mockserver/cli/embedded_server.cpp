#include "cli/embedded_server.hpp"

#include "http/app.hpp"
#include "http/server.hpp"
#include "scenario/loader.hpp"

namespace pcsim::cli {

struct EmbeddedServer::Impl {
    std::unique_ptr<http::App> app;
    std::unique_ptr<http::Server> server;
};

EmbeddedServer::EmbeddedServer() : impl_(std::make_unique<Impl>()) {}

EmbeddedServer::~EmbeddedServer() {
    if (impl_->server) impl_->server->stop();
}

std::unique_ptr<EmbeddedServer> EmbeddedServer::start(const std::string& scenarioText, const std::string& sourceName,
                                                      int threads, std::vector<scenario::Diagnostic>& problems) {
    auto loaded = scenario::loadScenarioText(scenarioText, sourceName);
    if (!loaded) {
        problems = loaded.diagnostics;
        return nullptr;
    }
    std::unique_ptr<EmbeddedServer> embedded(new EmbeddedServer());
    embedded->impl_->app = std::make_unique<http::App>(loaded.scenario);
    embedded->impl_->server =
        std::make_unique<http::Server>(*embedded->impl_->app, http::ServerOptions{"127.0.0.1", 0, threads});
    embedded->impl_->server->start();
    return embedded;
}

std::string EmbeddedServer::baseUrl() const { return impl_->server->baseUrl(); }

}  // namespace pcsim::cli
