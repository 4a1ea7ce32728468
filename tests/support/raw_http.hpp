#pragma once
// A plain HTTP client for the end-to-end tests (libcurl, JSON checked as nlohmann values), so that
// the tests hold the server to the documented wire format, not to the server's own models. It sends
// through the suite runner's HTTP client (mockserver/suite, plain libcurl, no server code); a bug
// there could hide in both the suite runner and these tests.
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "suite/http_client.hpp"

namespace pcsim::testing {

struct RawResponse {
    long status = 0;
    std::map<std::string, std::string> headers;  // names lower-cased
    std::string body;
    bool transportError = false;  // connection refused, reset, timed out

    nlohmann::json json() const { return nlohmann::json::parse(body); }
    std::string header(const std::string& lowerName) const {
        auto it = headers.find(lowerName);
        return it == headers.end() ? "" : it->second;
    }
};

class RawHttp {
public:
    // A body without a Content-Type header is sent as application/json.
    RawResponse send(const std::string& method, const std::string& url, const std::string& body = {},
                     const std::map<std::string, std::string>& headers = {}, long timeoutMs = 10'000);

private:
    suite::HttpClient client_;
};

}  // namespace pcsim::testing
