#include "http/wire/journal_entry.hpp"

namespace pcsim::http {

PCSIM_WIRE_MODEL(JournalEntry) {
    v.required("seq", x.seq);
    v.required("time", x.time);
    v.required("simTime", x.simTime);
    v.required("method", x.method);
    v.required("path", x.path);
    v.required("query", x.query);
    v.required("status", x.status);
    v.required("durationMs", x.durationMs);
    v.required("requestId", x.requestId);
    v.required("correlationId", x.correlationId);
    v.nullable("fault", x.fault);
    v.required("requestBody", x.requestBody);
    v.required("responseBody", x.responseBody);
}

}  // namespace pcsim::http
