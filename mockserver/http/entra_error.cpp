#include "http/entra_error.hpp"

#include "http/responses.hpp"
#include "partnercenter/models/error.hpp"

namespace pcsim::http {

HttpResponse entraError(const HttpRequest& request, const sim::IdentityError& refusal, sim::Timestamp now) {
    // The client's own request id is echoed, as Entra ID does; a zero id when it sent none.
    const std::string requestId = request.header("client-request-id").value_or("00000000-0000-0000-0000-000000000000");
    partnercenter::models::AadError body;
    body.error = std::string(refusal.error.error);
    body.error_description = "AADSTS" + std::to_string(refusal.error.aadsts) + ": " + refusal.message;
    body.error_codes = {refusal.error.aadsts};
    body.timestamp = sim::formatTimestamp(now);
    body.trace_id = requestId;
    body.correlation_id = requestId;
    return json(refusal.error.http, body);
}

}  // namespace pcsim::http
