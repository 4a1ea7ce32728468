#include "http/wire/token_answers.hpp"

namespace pcsim::http {

PCSIM_WIRE_MODEL(V1TokenAnswer) {
    v.required("token_type", x.token_type);
    v.optional("scope", x.scope);
    v.required("expires_in", x.expires_in);
    v.required("ext_expires_in", x.ext_expires_in);
    v.required("expires_on", x.expires_on);
    v.required("not_before", x.not_before);
    v.required("resource", x.resource);
    v.required("access_token", x.access_token);
    v.optional("refresh_token", x.refresh_token);
}

PCSIM_WIRE_MODEL(V2TokenAnswer) {
    v.required("token_type", x.token_type);
    v.optional("scope", x.scope);
    v.required("expires_in", x.expires_in);
    v.required("ext_expires_in", x.ext_expires_in);
    v.required("access_token", x.access_token);
    v.optional("refresh_token", x.refresh_token);
}

}  // namespace pcsim::http
