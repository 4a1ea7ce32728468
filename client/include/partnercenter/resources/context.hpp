// What every resource object carries: the shared session (transport, tokens, options) and the
// MS-CorrelationId of the logical operation it belongs to.
#pragma once

#include <memory>
#include <string>

namespace partnercenter::detail {

class Session;

struct Context {
    std::shared_ptr<Session> session{};
    /// Empty: every call is its own logical operation and gets a fresh correlation id.
    std::string correlationId{};
};

}  // namespace partnercenter::detail
