// Error bodies (contract §5.1, §6) and the Azure AD token endpoint's answers (§2).
#pragma once

#include "partnercenter/models/reader.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace partnercenter::models {

/// Body of any Partner Center 4xx/5xx. `code` is written as a number and read from a number or a
/// string of digits. `data` and `parameters` are free-form (null = absent; ApiFault::of sets
/// data = []). The fields after `source` belong to the extended shape some newer endpoints use.
struct ApiFault {
    int code = 0;
    std::string description{};
    nlohmann::json data{};
    std::optional<std::string> source{};
    std::optional<std::string> message{};
    std::optional<std::string> errorName{};
    std::optional<bool> isRetryable{};
    nlohmann::json parameters{};
    std::optional<std::string> errorMessageExtended{};

    /// {code, description, data: []}, the documented shape.
    static ApiFault of(int code, std::string description) {
        ApiFault f;
        f.code = code;
        f.description = std::move(description);
        f.data = nlohmann::json::array();
        return f;
    }

    bool operator==(const ApiFault&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(ApiFault);

/// 429 body of the gateway: {"statusCode":429,"message":"Rate limit is exceeded. Try again in N seconds."}
struct ThrottleFault {
    int statusCode = 429;
    std::string message{};
    bool operator==(const ThrottleFault&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(ThrottleFault);

/// POST login.microsoftonline.com/{tenant}/oauth2/token success body (v1 shape). Every value is a
/// string on the wire (a JSON number is accepted on input, as AAD v2 sends expires_in).
struct AadTokenResponse {
    std::string token_type{};
    std::string expires_in{};
    std::string ext_expires_in{};
    std::string expires_on{};
    std::string not_before{};
    std::string resource{};
    std::string access_token{};
    std::optional<std::string> refresh_token{};
    std::optional<std::string> scope{};
    std::optional<std::string> id_token{};
    bool operator==(const AadTokenResponse&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(AadTokenResponse);

/// AAD error body. `error` and `error_description` required; `error_codes` always written and
/// [] when absent; the rest optional.
struct AadError {
    std::string error{};
    std::string error_description{};
    std::vector<int> error_codes{};
    std::optional<std::string> timestamp{};
    std::optional<std::string> trace_id{};
    std::optional<std::string> correlation_id{};
    bool operator==(const AadError&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(AadError);

}  // namespace partnercenter::models
