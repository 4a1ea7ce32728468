#pragma once
// What a route handler gets: the request, its path parameters, the sandbox and the state it runs
// in, and the caller's identity (checked before the handler runs).
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "http/message.hpp"
#include "http/sandbox.hpp"
#include "http/tokens.hpp"

namespace pcsim::http {

class App;

struct RequestContext {
    const HttpRequest& request;
    std::map<std::string, std::string> params;
    std::shared_ptr<SandboxState> state;
    std::shared_ptr<const Identity> identity;
    App& app;
    Sandbox& sandbox;  // the sandbox addressed (`state` is its state; during a bundle import, the one being built)

    const std::string& param(const std::string& name) const { return params.at(name); }
    sim::World& world() const { return state->world; }
    // The world's lock, held for the time of one sim operation (never while rendering or writing).
    std::unique_lock<std::mutex> lockWorld() const { return std::unique_lock(state->world.mutex); }
};

}  // namespace pcsim::http
