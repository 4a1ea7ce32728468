#include "http/wire/entra_documents.hpp"

namespace pcsim::http {

PCSIM_WIRE_MODEL(CloudAliases) {
    v.required("preferred_network", x.preferred_network);
    v.required("preferred_cache", x.preferred_cache);
    v.required("aliases", x.aliases);
}

PCSIM_WIRE_MODEL(InstanceDiscovery) {
    v.required("tenant_discovery_endpoint", x.tenant_discovery_endpoint);
    v.required("api-version", x.api_version);
    v.required("metadata", x.metadata);
}

PCSIM_WIRE_MODEL(OpenIdConfiguration) {
    v.required("token_endpoint", x.token_endpoint);
    v.required("token_endpoint_auth_methods_supported", x.token_endpoint_auth_methods_supported);
    v.required("jwks_uri", x.jwks_uri);
    v.required("response_modes_supported", x.response_modes_supported);
    v.required("subject_types_supported", x.subject_types_supported);
    v.required("id_token_signing_alg_values_supported", x.id_token_signing_alg_values_supported);
    v.required("response_types_supported", x.response_types_supported);
    v.required("scopes_supported", x.scopes_supported);
    v.required("issuer", x.issuer);
    v.required("request_uri_parameter_supported", x.request_uri_parameter_supported);
    v.required("userinfo_endpoint", x.userinfo_endpoint);
    v.required("authorization_endpoint", x.authorization_endpoint);
    v.required("device_authorization_endpoint", x.device_authorization_endpoint);
    v.required("http_logout_supported", x.http_logout_supported);
    v.required("frontchannel_logout_supported", x.frontchannel_logout_supported);
    v.required("end_session_endpoint", x.end_session_endpoint);
    v.required("claims_supported", x.claims_supported);
    v.required("tenant_region_scope", x.tenant_region_scope);
    v.required("cloud_instance_name", x.cloud_instance_name);
    v.required("cloud_graph_host_name", x.cloud_graph_host_name);
    v.required("msgraph_host", x.msgraph_host);
    v.required("rbac_url", x.rbac_url);
}

PCSIM_WIRE_MODEL(JsonWebKey) {
    v.required("kty", x.kty);
    v.required("use", x.use);
    v.required("kid", x.kid);
    v.required("x5t", x.x5t);
    v.required("n", x.n);
    v.required("e", x.e);
    v.required("x5c", x.x5c);
    v.required("issuer", x.issuer);
}

PCSIM_WIRE_MODEL(JsonWebKeySet) { v.required("keys", x.keys); }

}  // namespace pcsim::http
