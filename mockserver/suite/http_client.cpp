#include "suite/http_client.hpp"

#include <cctype>
#include <cstdlib>
#include <mutex>

#include <curl/curl.h>

#include "partnercenter/text.hpp"

namespace pcsim::suite {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::toLower;
namespace {

void initCurlOnce() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

size_t onBody(char* data, size_t size, size_t count, void* target) {
    static_cast<std::string*>(target)->append(data, size * count);
    return size * count;
}

size_t onHeader(char* data, size_t size, size_t count, void* target) {
    auto& headers = *static_cast<std::map<std::string, std::string>*>(target);
    std::string line(data, size * count);
    auto colon = line.find(':');
    if (colon == std::string::npos) return size * count;  // the status line, the blank line
    std::string name = toLower(line.substr(0, colon));
    std::string value = line.substr(colon + 1);
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.erase(0, 1);
    while (!value.empty() && (value.back() == '\r' || value.back() == '\n' || value.back() == ' ')) value.pop_back();
    headers[name] = value;
    return size * count;
}

}  // namespace

// The same order as pcsim's client library (client/src/session.cpp): the option, then the variables
// curl and OpenSSL users set; libcurl itself reads neither.
std::string caFileOrEnvironment(std::string caFile) {
    if (!caFile.empty()) return caFile;
    for (const char* name : {"SSL_CERT_FILE", "CURL_CA_BUNDLE"})
        if (const char* value = std::getenv(name); value && *value) return value;
    return {};
}

HttpClient::HttpClient(std::string caFile) : caFile_(caFileOrEnvironment(std::move(caFile))) {
    initCurlOnce();
    curl_ = curl_easy_init();
}

HttpClient::~HttpClient() { curl_easy_cleanup(static_cast<CURL*>(curl_)); }

HttpAnswer HttpClient::send(const HttpCall& call) {
    CURL* curl = static_cast<CURL*>(curl_);
    curl_easy_reset(curl);
    HttpAnswer answer;
    curl_easy_setopt(curl, CURLOPT_URL, call.url.c_str());
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, call.method.c_str());
    if (call.method == "HEAD") curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    if (!call.body.empty() || call.method == "POST" || call.method == "PUT" || call.method == "PATCH") {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, call.body.data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(call.body.size()));
    }
    curl_slist* headers = nullptr;
    bool hasContentType = false;
    for (const auto& [name, value] : call.headers) {
        // "Name;" sends an empty header; "Name:" would remove one curl adds by itself.
        std::string line = value.empty() ? name + ";" : name + ": " + value;
        headers = curl_slist_append(headers, line.c_str());
        hasContentType = hasContentType || equalsIgnoreCase(name, "content-type");
    }
    if (!hasContentType) headers = curl_slist_append(headers, "Content-Type:");  // no form type by default
    headers = curl_slist_append(headers, "Expect:");  // no 100-continue round trip for larger bodies
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &answer.body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &answer.headers);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(call.timeout.count()));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_NOPROXY, "*");  // the simulator is local or named directly
    if (!caFile_.empty()) curl_easy_setopt(curl, CURLOPT_CAINFO, caFile_.c_str());

    CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    if (code != CURLE_OK) {
        answer.transportError = curl_easy_strerror(code);
        return answer;
    }
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &answer.status);
    return answer;
}

}  // namespace pcsim::suite
