#pragma once
// One live pcsim on 127.0.0.1 port 0 for a whole property, reset between cases: the control plane
// (reset, clock), plain requests with a bearer token, and a fingerprint of the simulated world's
// state for "nothing changed" assertions.
#include <cstdint>
#include <map>
#include <string>

#include "support/raw_http.hpp"
#include "support/test_server.hpp"

namespace pcsim::properties {

class LivePcsim {
public:
    explicit LivePcsim(const std::string& scenarioFile);

    std::string url(const std::string& path) const { return server_.url(path); }
    pcsim::testing::TestServer& server() { return server_; }

    // POST /_pcsim/reset: back to the scenario as loaded (clock, world, fault counters).
    void reset();
    // POST /_pcsim/clock {"advance": "PT<seconds>S"}.
    void advanceClock(std::int64_t seconds);
    // GET /_pcsim/health answers 200.
    bool healthy();

    // A request with an App+User bearer token (fetched once per reset).
    pcsim::testing::RawResponse send(const std::string& method, const std::string& path, const std::string& body = {},
                                     std::map<std::string, std::string> headers = {});

    // Everything a request could change in the simulated world, as text: carts, orders,
    // subscriptions' registration, reservation orders, the clock.
    std::string fingerprint();

private:
    std::string token();

    pcsim::testing::TestServer server_;
    pcsim::testing::RawHttp http_;
    std::string token_;
};

}  // namespace pcsim::properties
