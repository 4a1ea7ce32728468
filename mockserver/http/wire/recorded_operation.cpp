#include "http/wire/recorded_operation.hpp"

namespace pcsim::http {

// The headers object of an operation: only MS-RequestId is kept (the one header a replay reads);
// bundles written before that hold others too, which are ignored.
struct OperationHeaders {
    std::optional<std::string> requestId;
};

PCSIM_WIRE_MODEL(Identity) {
    v.required("tenantId", x.tenantId);
    v.required("appId", x.appId);
    v.required("userObjectId", x.userObjectId);
    v.required("upn", x.upn);
    v.required("roles", x.roles);
    v.required("audience", x.audience);
    v.required("issuedAt", x.issuedAt);
    v.required("expiresAt", x.expiresAt);
    v.required("sandbox", x.sandbox);
}

PCSIM_WIRE_DECLARE_JSON(OperationHeaders);
PCSIM_WIRE_MODEL(OperationHeaders) { v.optional("ms-requestid", x.requestId); }

// The log keeps the request id flat (an empty one is none); the document nests it under "headers".
template <>
struct wire::Fields<RecordedOperation> {
    template <class V, class T>
    static void apply(V& v, T& x) {
        OperationHeaders headers;
        if (!x.requestId.empty()) headers.requestId = x.requestId;
        v.required("simTime", x.simTime);
        v.required("method", x.method);
        v.required("path", x.path);
        v.required("query", x.rawQuery);
        v.required("headers", headers);
        v.required("body", x.body);
        v.nullable("identity", x.identity);
        if constexpr (!std::is_const_v<T>) x.requestId = headers.requestId.value_or("");
    }
};

void to_json(nlohmann::ordered_json& j, const RecordedOperation& value) { wire::writeFields(j, value); }
void read_json(const nlohmann::json& j, const ::partnercenter::models::Path& path, RecordedOperation& value) {
    wire::readFields(j, path, value);
}

}  // namespace pcsim::http
