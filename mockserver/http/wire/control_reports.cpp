#include "http/wire/control_reports.hpp"

namespace pcsim::http {

PCSIM_WIRE_MODEL(InvariantViolationDocument) {
    v.required("invariant", x.invariant);
    v.required("description", x.description);
    v.required("subject", x.subject);
}

PCSIM_WIRE_MODEL(InvariantsAnswer) {
    v.required("ok", x.ok);
    v.required("checked", x.checked);
    v.required("violations", x.violations);
    v.optional("omitted", x.omitted);
}

PCSIM_WIRE_MODEL(SandboxDocument) {
    v.required("name", x.name);
    v.required("scenario", x.scenario);
    v.required("createdAt", x.createdAt);
    v.required("lastUsedAt", x.lastUsedAt);
    v.required("requests", x.requests);
}

PCSIM_WIRE_MODEL(ResetAnswer) {
    v.required("status", x.status);
    v.required("scope", x.scope);
    v.required("scenario", x.scenario);
}

PCSIM_WIRE_MODEL(BundleImported) {
    v.required("status", x.status);
    v.required("replayed", x.replayed);
    v.required("sandbox", x.sandbox);
    v.required("scenario", x.scenario);
}

PCSIM_WIRE_MODEL(ArmErrorDetail) {
    v.required("code", x.code);
    v.required("message", x.message);
}

PCSIM_WIRE_MODEL(ArmErrorBody) { v.required("error", x.error); }

PCSIM_WIRE_MODEL(TokensExpireRequest) { v.optional("tokens", x.tokens); }

PCSIM_WIRE_MODEL(TokensExpiredAnswer) {
    v.required("expired", x.expired);
    v.required("generation", x.generation);
    v.required("refreshGeneration", x.refreshGeneration);
}

PCSIM_WIRE_MODEL(SandboxList) {
    v.required("totalCount", x.totalCount);
    v.required("limit", x.limit);
    v.required("idleSeconds", x.idleSeconds);
    v.required("journalCapacity", x.journalCapacity);
    v.required("operationLogCapacity", x.operationLogCapacity);
    v.required("items", x.items);
}

PCSIM_WIRE_MODEL(ScenarioDocument) {
    v.required("name", x.name);
    v.required("description", x.description);
    v.required("seed", x.seed);
    v.required("sandbox", x.sandbox);
    v.required("source", x.source);
}

PCSIM_WIRE_MODEL(ScenarioLoaded) {
    v.required("status", x.status);
    v.required("name", x.name);
    v.required("seed", x.seed);
    v.required("sandbox", x.sandbox);
}

}  // namespace pcsim::http
