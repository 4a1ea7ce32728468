#include "http/operation_log.hpp"

#include "sim/secrets.hpp"

namespace pcsim::http {

namespace {

constexpr const char* kRequestIdHeader = "ms-requestid";

}  // namespace

RecordedOperation recordedOperation(const HttpRequest& request, std::shared_ptr<const Identity> identity,
                                    sim::Timestamp simTime) {
    RecordedOperation operation;
    operation.simTime = simTime;
    operation.method = request.method;
    operation.path = sim::maskSecrets(request.path);
    // No state change reads a secret field, so masking one changes nothing a replay does; the token
    // itself is never kept: the identity it proved is.
    operation.rawQuery = sim::maskSecrets(request.rawQuery);
    operation.requestId = request.header(kRequestIdHeader).value_or("");
    operation.body = sim::maskSecrets(request.body);
    operation.identity = std::move(identity);
    return operation;
}

HttpRequest requestOf(const RecordedOperation& operation) {
    HttpRequest request;
    // The query through the same parser as a live request; the path is already decoded.
    parseTarget("/?" + operation.rawQuery, request);
    request.method = operation.method;
    request.path = operation.path;
    request.rawQuery = operation.rawQuery;
    if (!operation.requestId.empty()) request.headers.emplace(kRequestIdHeader, operation.requestId);
    request.body = operation.body;
    return request;
}

void OperationLog::append(RecordedOperation operation) {
    if (overflowed_) return;
    if (operations_.size() >= capacity_) {
        overflowed_ = true;
        std::vector<RecordedOperation>().swap(operations_);
        return;
    }
    operations_.push_back(std::move(operation));
}

}  // namespace pcsim::http
