#include "http/local_server.hpp"

namespace pcsim::http {

LocalServer::LocalServer(std::shared_ptr<const sim::Scenario> scenario, AppOptions options, int threads)
    : app_(std::move(scenario), std::move(options)), server_(app_, ServerOptions{"127.0.0.1", 0, threads}) {
    server_.start();
}

}  // namespace pcsim::http
