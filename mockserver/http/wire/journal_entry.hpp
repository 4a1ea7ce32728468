#pragma once
// A journal entry as GET /_pcsim/journal lists it and a bundle carries it:
//   {"seq", "time", "simTime", "method", "path", "query", "status", "durationMs", "requestId",
//    "correlationId", "fault" (null when none), "requestBody", "responseBody"}
#include "http/journal.hpp"
#include "http/wire/fields.hpp"

namespace pcsim::http {

PCSIM_WIRE_DECLARE_JSON(JournalEntry);

}  // namespace pcsim::http
