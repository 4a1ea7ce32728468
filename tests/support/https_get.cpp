#include "support/https_get.hpp"

namespace pcsim::testing {

namespace {

std::size_t collect(char* data, std::size_t size, std::size_t count, void* into) {
    static_cast<std::string*>(into)->append(data, size * count);
    return size * count;
}

// One request on `curl`, which the caller has set up beyond the URL, the trust and the body.
HttpsAnswer perform(CURL* curl, const std::string& url, const std::string& caFile, const std::string& body,
                    const std::string& bearer) {
    HttpsAnswer out;
    char error[CURL_ERROR_SIZE] = "";
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.c_str());
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, 10000L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &out.body);
    if (!body.empty()) curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
    curl_slist* headers = nullptr;
    if (!bearer.empty()) headers = curl_slist_append(headers, ("Authorization: Bearer " + bearer).c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    out.result = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &out.status);
    out.error = error;
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);  // `error` ends here
    return out;
}

}  // namespace

HttpsAnswer httpsRequest(const std::string& url, const std::string& caFile, const std::string& body,
                         const std::string& bearer) {
    CURL* curl = curl_easy_init();
    HttpsAnswer out = perform(curl, url, caFile, body, bearer);
    curl_easy_cleanup(curl);
    return out;
}

ProxiedAnswer httpsRequestThroughProxy(const std::string& proxy, const std::string& url, const std::string& caFile,
                                       const std::string& body, const std::string& bearer,
                                       const std::string& proxyUser) {
    CURL* curl = curl_easy_init();
    curl_easy_setopt(curl, CURLOPT_PROXY, proxy.c_str());
    curl_easy_setopt(curl, CURLOPT_NOPROXY, "");  // whatever NO_PROXY the tests run with
    if (!proxyUser.empty()) {
        curl_easy_setopt(curl, CURLOPT_PROXYUSERPWD, proxyUser.c_str());
        curl_easy_setopt(curl, CURLOPT_PROXYAUTH, CURLAUTH_BASIC);
    }
    ProxiedAnswer out;
    static_cast<HttpsAnswer&>(out) = perform(curl, url, caFile, body, bearer);
    curl_easy_getinfo(curl, CURLINFO_HTTP_CONNECTCODE, &out.connectStatus);
    curl_easy_cleanup(curl);
    return out;
}

}  // namespace pcsim::testing
