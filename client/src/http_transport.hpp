// HTTP over libcurl. Handles are pooled, so connections (and TLS sessions) are reused across
// calls, and several threads can send at once, each on its own handle.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace partnercenter::detail {

struct HttpRequest {
    std::string method = "GET";
    std::string url{};
    std::vector<std::pair<std::string, std::string>> headers{};
    std::string body{};
};

struct HttpResponse {
    long status = 0;
    std::map<std::string, std::string> headers{};  ///< names lower-cased
    std::string body{};

    /// The header's value, or "" when absent. `lowerName` must be lower case.
    [[nodiscard]] std::string header(const std::string& lowerName) const;
};

/// No HTTP answer: could not connect, TLS failed, timed out, connection dropped.
class TransportFailure : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct TransportSettings {
    std::chrono::milliseconds timeout{};
    std::chrono::milliseconds connectTimeout{};
    bool verifyTls = true;
    std::string caBundle{};
    std::string proxy{};
    std::string userAgent{};
};

class HttpTransport {
public:
    explicit HttpTransport(TransportSettings settings);
    ~HttpTransport();
    HttpTransport(const HttpTransport&) = delete;
    HttpTransport& operator=(const HttpTransport&) = delete;

    /// Throws TransportFailure when no answer came; any HTTP status is an answer.
    HttpResponse send(const HttpRequest& request);

private:
    void* acquire();
    void release(void* handle);

    TransportSettings settings_;
    std::mutex mutex_;
    std::vector<void*> idle_;
};

}  // namespace partnercenter::detail
