#pragma once
// Entra ID's error answer, for every route of the simulated authority:
// {"error", "error_description": "AADSTSnnn: ...", "error_codes", "timestamp", "trace_id", "correlation_id"}.
#include "http/message.hpp"
#include "sim/identity.hpp"
#include "sim/time.hpp"

namespace pcsim::http {

HttpResponse entraError(const HttpRequest& request, const sim::IdentityError& refusal, sim::Timestamp now);

}  // namespace pcsim::http
