#pragma once
// A pcsim inside the `pcsim run` process: the scenario loaded from text, served on 127.0.0.1 with a
// port the system picks, stopped when the run ends.
#include <memory>
#include <string>
#include <vector>

#include "scenario/diagnostic.hpp"

namespace pcsim::cli {

class EmbeddedServer {
public:
    // nullptr and `problems` filled when the scenario does not load.
    static std::unique_ptr<EmbeddedServer> start(const std::string& scenarioText, const std::string& sourceName,
                                                 int threads, std::vector<scenario::Diagnostic>& problems);
    ~EmbeddedServer();

    std::string baseUrl() const;

private:
    EmbeddedServer();
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace pcsim::cli
