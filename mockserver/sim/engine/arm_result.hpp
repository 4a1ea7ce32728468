#pragma once
// Errors of the Azure-side operations, as values: ARM reports a string `code` (ErrorResponseCode of
// Microsoft.Capacity, contract §1.3) where Partner Center reports a number, so these do not use
// sim::ApiError.
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace pcsim::sim::engine {

struct ArmError {
    int http = 400;
    std::string code;
    std::string message;
    bool operator==(const ArmError&) const = default;
};

template <class T>
using ArmResult = std::variant<T, ArmError>;

template <class T>
const ArmError* armError(const ArmResult<T>& result) {
    return std::get_if<ArmError>(&result);
}

// `code` is one of sim/errors/arm.hpp.
inline ArmError armBadRequest(std::string_view code, std::string message) {
    return {400, std::string(code), std::move(message)};
}
inline ArmError armNotFound(std::string_view code, std::string message) {
    return {404, std::string(code), std::move(message)};
}

}  // namespace pcsim::sim::engine
