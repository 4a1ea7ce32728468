#include "partnercenter/models/error.hpp"

#include "writer.hpp"

namespace partnercenter::models {

PCSIM_MODEL(ApiFault) {
    v.required("code", x.code, read_int_or_numeric_string);
    v.required("description", x.description);
    v.freeform("data", x.data);
    v.optional("source", x.source);
    v.optional("message", x.message);
    v.optional("errorName", x.errorName);
    v.optional("isRetryable", x.isRetryable);
    v.freeform("parameters", x.parameters);
    v.optional("errorMessageExtended", x.errorMessageExtended);
}

PCSIM_MODEL(ThrottleFault) {
    v.required("statusCode", x.statusCode);
    v.required("message", x.message);
}

PCSIM_MODEL(AadTokenResponse) {
    v.required("token_type", x.token_type, read_string_or_number);
    v.required("expires_in", x.expires_in, read_string_or_number);
    v.required("ext_expires_in", x.ext_expires_in, read_string_or_number);
    v.required("expires_on", x.expires_on, read_string_or_number);
    v.required("not_before", x.not_before, read_string_or_number);
    v.required("resource", x.resource, read_string_or_number);
    v.required("access_token", x.access_token, read_string_or_number);
    v.optional("refresh_token", x.refresh_token, read_string_or_number);
    v.optional("scope", x.scope, read_string_or_number);
    v.optional("id_token", x.id_token, read_string_or_number);
}

PCSIM_MODEL(AadError) {
    v.required("error", x.error);
    v.required("error_description", x.error_description);
    v.defaulted("error_codes", x.error_codes);
    v.optional("timestamp", x.timestamp);
    v.optional("trace_id", x.trace_id);
    v.optional("correlation_id", x.correlation_id);
}

}  // namespace partnercenter::models
