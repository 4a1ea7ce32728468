#pragma once
// A rule failure is a value, not an exception: every sim operation returns Result<T>.
#include <string>
#include <utility>
#include <variant>

namespace pcsim::sim {

// A Partner Center error as the service reports it: HTTP status plus the numeric `code`
// and the human `description` of the error body.
struct ApiError {
    int http = 400;
    int code = 0;
    std::string description;
    bool operator==(const ApiError&) const = default;
};

inline ApiError badRequest(int code, std::string description) { return {400, code, std::move(description)}; }
inline ApiError notFound(int code, std::string description) { return {404, code, std::move(description)}; }
inline ApiError forbidden(int code, std::string description) { return {403, code, std::move(description)}; }
inline ApiError conflict(int code, std::string description) { return {409, code, std::move(description)}; }

template <class T>
class Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(ApiError error) : state_(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<T>(state_); }
    const T& value() const { return std::get<T>(state_); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    const ApiError& error() const { return std::get<ApiError>(state_); }

private:
    std::variant<T, ApiError> state_;
};

struct Done {};  // the value of an operation that succeeds without a result

}  // namespace pcsim::sim
