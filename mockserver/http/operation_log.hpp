#pragma once
// The state-changing operations of a sandbox since its scenario was loaded, in the order they took
// effect: mutating calls of the Partner Center and Azure surfaces (with the caller's identity), and
// control-plane changes of the world (clock moves, VM changes, targeted resets). Replaying them at
// their simulated times through the same handlers rebuilds the sandbox exactly (bundle import),
// because every id the world generates comes from the scenario's seed.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "http/message.hpp"
#include "http/tokens.hpp"
#include "sim/time.hpp"

namespace pcsim::http {

struct RecordedOperation {
    sim::Timestamp simTime{};  // the sandbox's clock when the operation ran
    std::string method;
    std::string path;  // as the sandbox served it
    std::string rawQuery;
    // The only header a replay reads (MS-RequestId makes a retried call answer as the first did);
    // in a bundle it is {"headers": {"ms-requestid": ...}}.
    std::string requestId;
    std::string body;
    // The token's identity (none for control routes), shared with the token cache: every operation
    // of one client carries the same.
    std::shared_ptr<const Identity> identity;
};

RecordedOperation recordedOperation(const HttpRequest& request, std::shared_ptr<const Identity> identity,
                                    sim::Timestamp simTime);
// The request to run again: same method, path, query, MS-RequestId and body (from loopback).
HttpRequest requestOf(const RecordedOperation& operation);

// Its JSON: http/wire/recorded_operation.hpp.

// Not locked itself: every use holds the sandbox state's `changes` mutex (SandboxState).
class OperationLog {
public:
    static constexpr std::size_t kDefaultCapacity = 10'000;
    explicit OperationLog(std::size_t capacity = kDefaultCapacity) : capacity_(capacity) {}

    // Whether append still records: false once the log has stopped, so that the operation is not built.
    bool accepting() const { return !overflowed_; }
    // Past the capacity the log stops (and frees what it held): a sandbox that has changed more than
    // that can no longer be exported, which is said plainly rather than exporting half of it.
    void append(RecordedOperation operation);
    bool overflowed() const { return overflowed_; }
    std::size_t capacity() const { return capacity_; }
    const std::vector<RecordedOperation>& entries() const { return operations_; }

private:
    const std::size_t capacity_;
    std::vector<RecordedOperation> operations_;
    bool overflowed_ = false;
};

}  // namespace pcsim::http
