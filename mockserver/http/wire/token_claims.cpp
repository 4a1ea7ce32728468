#include "http/wire/token_claims.hpp"

namespace pcsim::http {

PCSIM_WIRE_MODEL(TokenHeader) {
    v.defaulted("typ", x.typ);
    v.defaulted("alg", x.alg);
    v.defaulted("x5t", x.x5t);
    v.defaulted("kid", x.kid);
}

PCSIM_WIRE_MODEL(TokenClaims) {
    v.defaulted("aud", x.aud);
    v.defaulted("iss", x.iss);
    v.required("iat", x.iat);
    v.defaulted("nbf", x.nbf);
    v.required("exp", x.exp);
    v.required("tid", x.tid);
    v.required("appid", x.appid);
    v.defaulted("idtyp", x.idtyp);
    v.defaulted("ver", x.ver);
    v.defaulted("uti", x.uti);
    v.defaulted("pcsim_sandbox", x.pcsim_sandbox);
    v.defaulted("pcsim_gen", x.pcsim_gen);
    v.optional("oid", x.oid);
    v.optional("upn", x.upn);
    v.optional("roles", x.roles);
    v.optional("scp", x.scp);
}

}  // namespace pcsim::http
