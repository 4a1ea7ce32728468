#include "http/local_server.hpp"

namespace pcsim::http {

namespace {

ServerOptions onAnyLoopbackPort(int threads) {
    ServerOptions options;
    options.port = 0;
    options.threads = threads;
    return options;
}

}  // namespace

LocalServer::LocalServer(std::shared_ptr<const sim::Scenario> scenario, AppOptions options, int threads)
    : app_(std::move(scenario), std::move(options)), server_(app_, onAnyLoopbackPort(threads)) {
    server_.start();
}

}  // namespace pcsim::http
