#pragma once
// One HTTPS request with libcurl, as a stock client makes it: the server's certificate verified
// against `caFile` and its name, never turned off. A POST when `body` is given; `bearer`, when
// given, is sent as `Authorization: Bearer …`.
#include <curl/curl.h>

#include <string>

namespace pcsim::testing {

struct HttpsAnswer {
    CURLcode result = CURLE_OK;
    long status = 0;  // 0 when no answer came
    std::string body;
    std::string error;  // curl's words when result is not CURLE_OK
};

HttpsAnswer httpsRequest(const std::string& url, const std::string& caFile, const std::string& body = {},
                         const std::string& bearer = {});

// The same through an HTTP proxy (CURLOPT_PROXY, as HTTPS_PROXY would give it), the tunnel's
// certificate verified against `caFile` all the same; `proxyUser` ("NAME:password") is sent as
// `Proxy-Authorization: Basic ...` with the CONNECT. `connectStatus` is the proxy's answer to it.
struct ProxiedAnswer : HttpsAnswer {
    long connectStatus = 0;
};
ProxiedAnswer httpsRequestThroughProxy(const std::string& proxy, const std::string& url, const std::string& caFile,
                                       const std::string& body = {}, const std::string& bearer = {},
                                       const std::string& proxyUser = {});

}  // namespace pcsim::testing
