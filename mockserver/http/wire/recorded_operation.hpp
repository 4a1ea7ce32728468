#pragma once
// An operation of the sandbox's operation log as a bundle carries it (`state.operations[i]`):
//   {"simTime", "method", "path", "query", "headers": {"ms-requestid": ...} (or {}), "body",
//    "identity": {"tenantId", "appId", "userObjectId", "upn", "roles", "audience", "issuedAt",
//                 "expiresAt", "sandbox"} or null}
#include "http/operation_log.hpp"
#include "http/wire/fields.hpp"

namespace pcsim::http {

PCSIM_WIRE_DECLARE_JSON(Identity);
PCSIM_WIRE_DECLARE_JSON(RecordedOperation);

}  // namespace pcsim::http
