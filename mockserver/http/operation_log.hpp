#pragma once
// The state-changing operations of a sandbox since its scenario was loaded, in the order they took
// effect: mutating calls of the Partner Center and Azure surfaces (with the caller's identity), and
// control-plane changes of the world (clock moves, VM changes, targeted resets). Replaying them at
// their simulated times through the same handlers rebuilds the sandbox exactly (bundle import),
// because every id the world generates comes from the scenario's seed.
#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "http/message.hpp"
#include "http/tokens.hpp"
#include "sim/time.hpp"

namespace pcsim::http {

struct RecordedOperation {
    sim::Timestamp simTime{};  // the sandbox's clock when the operation ran
    std::string method;
    std::string path;  // as the sandbox served it
    std::string rawQuery;
    std::map<std::string, std::string> headers;  // lower-case names; not the bearer token
    std::string body;
    std::optional<Identity> identity;  // the token's identity (none for control routes)
};

RecordedOperation recordedOperation(const HttpRequest& request, const std::optional<Identity>& identity,
                                    sim::Timestamp simTime);
// The request to run again: same method, path, query, headers and body (from loopback).
HttpRequest requestOf(const RecordedOperation& operation);

nlohmann::ordered_json toJson(const RecordedOperation& operation);
// Throws std::invalid_argument naming the field when malformed.
RecordedOperation recordedOperationFromJson(const nlohmann::json& json);

class OperationLog {
public:
    static constexpr std::size_t kDefaultCapacity = 100'000;
    explicit OperationLog(std::size_t capacity = kDefaultCapacity) : capacity_(capacity) {}

    // Past the capacity the log stops (and frees what it held): a sandbox that has changed more than
    // that can no longer be exported, which is said plainly rather than exporting half of it.
    void append(RecordedOperation operation);
    bool overflowed() const;
    std::size_t size() const;
    std::size_t capacity() const { return capacity_; }
    std::vector<RecordedOperation> entries() const;

private:
    const std::size_t capacity_;
    mutable std::mutex mutex_;
    std::vector<RecordedOperation> operations_;
    bool overflowed_ = false;
};

}  // namespace pcsim::http
