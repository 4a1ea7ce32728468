#include "suite/report_document.hpp"

namespace pcsim::http {

PCSIM_WIRE_FIELDS(suite::Mismatch) {
    v.required("subject", x.subject);
    v.required("expected", x.expected);
    v.required("actual", x.actual);
    v.required("context", x.context);
}

PCSIM_WIRE_FIELDS(suite::StepReport) {
    v.required("index", x.index);
    v.required("name", x.name);
    v.required("kind", x.kind);
    v.required("line", x.line);
    v.required("passed", x.passed);
    v.required("durationMs", x.durationMs);
    v.required("request", x.request);
    v.optional("status", x.status);
    v.optional("requestBody", x.requestBody);
    v.optional("response", x.response);
    v.optional("mismatches", x.mismatches);
    v.optional("error", x.error);
}

PCSIM_WIRE_FIELDS(suite::CaseReport) {
    v.required("name", x.name);
    v.required("status", x.status);
    v.required("durationMs", x.durationMs);
    v.required("line", x.line);
    v.required("tags", x.tags);
    v.optional("description", x.description);
    v.optional("skipReason", x.skipReason);
    v.optional("sandbox", x.sandbox);
    v.optional("steps", x.steps);
    v.optional("failure", x.failure);
    v.optional("bundle", x.bundle);
    v.optional("bundleProblem", x.bundleProblem);
}

PCSIM_WIRE_FIELDS(suite::SuiteReport) {
    v.required("name", x.name);
    v.required("file", x.file);
    v.required("scenario", x.scenario);
    v.required("cases", x.cases);
}

PCSIM_WIRE_FIELDS(suite::RunReport) {
    v.required("pcsimReport", x.pcsimReport);
    v.required("server", x.server);
    v.required("durationMs", x.durationMs);
    v.required("passed", x.passed);
    v.required("failed", x.failed);
    v.required("skipped", x.skipped);
    v.required("notSelected", x.notSelected);
    v.nullable("seed", x.seed);
    v.required("suites", x.suites);
}

}  // namespace pcsim::http

namespace pcsim::suite {

PCSIM_WIRE_DEFINE_JSON(Mismatch)
PCSIM_WIRE_DEFINE_JSON(StepReport)
PCSIM_WIRE_DEFINE_JSON(CaseReport)
PCSIM_WIRE_DEFINE_JSON(SuiteReport)
PCSIM_WIRE_DEFINE_JSON(RunReport)

}  // namespace pcsim::suite
