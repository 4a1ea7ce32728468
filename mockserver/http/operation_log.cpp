#include "http/operation_log.hpp"

#include <stdexcept>

namespace pcsim::http {

namespace {

constexpr const char* kRequestIdHeader = "ms-requestid";

nlohmann::ordered_json identityJson(const Identity& identity) {
    return {{"tenantId", identity.tenantId},
            {"appId", identity.appId},
            {"userObjectId", identity.userObjectId},
            {"upn", identity.upn},
            {"roles", identity.roles},
            {"audience", identity.audience},
            {"issuedAt", sim::formatTimestamp(identity.issuedAt)},
            {"expiresAt", sim::formatTimestamp(identity.expiresAt)},
            {"sandbox", identity.sandbox}};
}

std::string logText(const nlohmann::json& json, const char* name) {
    if (!json.is_object() || !json.contains(name) || !json.at(name).is_string())
        throw std::invalid_argument(std::string("'") + name + "' must be a string");
    return json.at(name).get<std::string>();
}

sim::Timestamp logTimestamp(const nlohmann::json& json, const char* name) {
    auto parsed = sim::parseTimestamp(logText(json, name));
    if (!parsed) throw std::invalid_argument(std::string("'") + name + "' is not an ISO 8601 timestamp");
    return *parsed;
}

Identity identityFromJson(const nlohmann::json& json) {
    Identity identity;
    identity.tenantId = logText(json, "tenantId");
    identity.appId = logText(json, "appId");
    identity.userObjectId = logText(json, "userObjectId");
    identity.upn = logText(json, "upn");
    if (!json.contains("roles") || !json.at("roles").is_array())
        throw std::invalid_argument("'roles' must be an array");
    for (const auto& role : json.at("roles")) {
        if (!role.is_string()) throw std::invalid_argument("'roles' must hold strings");
        identity.roles.push_back(role.get<std::string>());
    }
    identity.audience = logText(json, "audience");
    identity.issuedAt = logTimestamp(json, "issuedAt");
    identity.expiresAt = logTimestamp(json, "expiresAt");
    identity.sandbox = logText(json, "sandbox");
    return identity;
}

}  // namespace

RecordedOperation recordedOperation(const HttpRequest& request, std::shared_ptr<const Identity> identity,
                                    sim::Timestamp simTime) {
    RecordedOperation operation;
    operation.simTime = simTime;
    operation.method = request.method;
    operation.path = request.path;
    operation.rawQuery = request.rawQuery;
    operation.requestId = request.header(kRequestIdHeader).value_or("");
    operation.body = request.body;
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

nlohmann::ordered_json toJson(const RecordedOperation& operation) {
    nlohmann::ordered_json out = {{"simTime", sim::formatTimestamp(operation.simTime)},
                                  {"method", operation.method},
                                  {"path", operation.path},
                                  {"query", operation.rawQuery},
                                  {"headers", nlohmann::ordered_json::object()},
                                  {"body", operation.body}};
    if (!operation.requestId.empty()) out["headers"][kRequestIdHeader] = operation.requestId;
    out["identity"] = operation.identity ? identityJson(*operation.identity) : nlohmann::ordered_json(nullptr);
    return out;
}

RecordedOperation recordedOperationFromJson(const nlohmann::json& json) {
    if (!json.is_object()) throw std::invalid_argument("an operation must be an object");
    RecordedOperation operation;
    operation.simTime = logTimestamp(json, "simTime");
    operation.method = logText(json, "method");
    operation.path = logText(json, "path");
    operation.rawQuery = logText(json, "query");
    if (!json.contains("headers") || !json.at("headers").is_object())
        throw std::invalid_argument("'headers' must be an object");
    // Bundles written before only MS-RequestId was kept hold other headers too: no handler reads them.
    for (const auto& [name, value] : json.at("headers").items()) {
        if (!value.is_string()) throw std::invalid_argument("header '" + name + "' must be a string");
        if (name == kRequestIdHeader) operation.requestId = value.get<std::string>();
    }
    operation.body = logText(json, "body");
    if (json.contains("identity") && !json.at("identity").is_null())
        operation.identity = std::make_shared<const Identity>(identityFromJson(json.at("identity")));
    return operation;
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
