#pragma once
// The documents MSAL reads before it asks for a token (contract current-service.md §2): instance
// discovery, the OpenID configuration (v1 and v2) and the signing keys (JWKS), in Entra ID's names.
#include <string>
#include <vector>

#include "http/wire/fields.hpp"

namespace pcsim::http {

struct CloudAliases {
    std::string preferred_network = "login.microsoftonline.com";
    std::string preferred_cache = "login.windows.net";
    std::vector<std::string> aliases;
};

struct InstanceDiscovery {
    std::string tenant_discovery_endpoint;
    std::string api_version = "1.1";  // "api-version"
    std::vector<CloudAliases> metadata;
};

struct OpenIdConfiguration {
    std::string token_endpoint;
    std::vector<std::string> token_endpoint_auth_methods_supported{"client_secret_post", "private_key_jwt",
                                                                   "client_secret_basic"};
    std::string jwks_uri;
    std::vector<std::string> response_modes_supported{"query", "fragment", "form_post"};
    std::vector<std::string> subject_types_supported{"pairwise"};
    std::vector<std::string> id_token_signing_alg_values_supported{"RS256"};
    std::vector<std::string> response_types_supported{"code", "id_token", "code id_token", "id_token token"};
    std::vector<std::string> scopes_supported{"openid", "profile", "email", "offline_access"};
    std::string issuer;
    bool request_uri_parameter_supported = false;
    std::string userinfo_endpoint;
    std::string authorization_endpoint;
    std::string device_authorization_endpoint;
    bool http_logout_supported = true;
    bool frontchannel_logout_supported = true;
    std::string end_session_endpoint;
    std::vector<std::string> claims_supported{"sub", "iss", "aud", "exp", "iat", "nbf", "name", "tid", "ver", "oid"};
    std::string tenant_region_scope = "NA";
    std::string cloud_instance_name = "microsoftonline.com";
    std::string cloud_graph_host_name = "graph.windows.net";
    std::string msgraph_host = "graph.microsoft.com";
    std::string rbac_url = "https://pas.windows.net";
};

struct JsonWebKey {
    std::string kty = "RSA";
    std::string use = "sig";
    std::string kid;
    std::string x5t;
    std::string n;
    std::string e;
    std::vector<std::string> x5c;
    std::string issuer;
};

struct JsonWebKeySet {
    std::vector<JsonWebKey> keys;
};

PCSIM_WIRE_DECLARE_JSON(CloudAliases);
PCSIM_WIRE_DECLARE_JSON(InstanceDiscovery);
PCSIM_WIRE_DECLARE_JSON(OpenIdConfiguration);
PCSIM_WIRE_DECLARE_JSON(JsonWebKey);
PCSIM_WIRE_DECLARE_JSON(JsonWebKeySet);

}  // namespace pcsim::http
