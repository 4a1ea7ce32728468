#pragma once
// The token endpoint's answers, in Entra ID's field order and types (contract §2): the v1 endpoint
// (/oauth2/token) writes every number as a string and names the resource; v2 (/oauth2/v2.0/token)
// writes numbers and has no resource, expires_on or not_before.
#include <cstdint>
#include <optional>
#include <string>

#include "http/wire/fields.hpp"

namespace pcsim::http {

struct V1TokenAnswer {
    std::string token_type = "Bearer";
    std::optional<std::string> scope;  // App+User
    std::string expires_in;
    std::string ext_expires_in;
    std::string expires_on;
    std::string not_before;
    std::string resource;
    std::string access_token;
    std::optional<std::string> refresh_token;  // App+User
};

struct V2TokenAnswer {
    std::string token_type = "Bearer";
    std::optional<std::string> scope;  // App+User
    std::int64_t expires_in = 0;
    std::int64_t ext_expires_in = 0;
    std::string access_token;
    std::optional<std::string> refresh_token;  // App+User
};

PCSIM_WIRE_DECLARE_JSON(V1TokenAnswer);
PCSIM_WIRE_DECLARE_JSON(V2TokenAnswer);

}  // namespace pcsim::http
