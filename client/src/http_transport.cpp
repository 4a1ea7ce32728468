#include "http_transport.hpp"
#include "partnercenter/text.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <memory>

namespace partnercenter::detail {

using partnercenter::text::toLower;

namespace {

std::string trim(std::string text) {
    auto notSpace = [](unsigned char c) { return !std::isspace(c); };
    text.erase(text.begin(), std::find_if(text.begin(), text.end(), notSpace));
    text.erase(std::find_if(text.rbegin(), text.rend(), notSpace).base(), text.end());
    return text;
}

// curl_global_init is not thread-safe; the first transport runs it once for the process.
void initialiseCurlOnce() {
    static const bool initialised = [] { return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; }();
    if (!initialised) throw TransportFailure("libcurl could not be initialised");
}

size_t collectBody(char* data, size_t size, size_t count, void* target) {
    static_cast<std::string*>(target)->append(data, size * count);
    return size * count;
}

size_t collectHeader(char* data, size_t size, size_t count, void* target) {
    auto& headers = *static_cast<std::map<std::string, std::string>*>(target);
    std::string line(data, size * count);
    // A new status line starts a new header block (after 100 Continue, or a proxy's CONNECT answer).
    if (line.rfind("HTTP/", 0) == 0) {
        headers.clear();
    } else if (auto colon = line.find(':'); colon != std::string::npos) {
        headers[toLower(trim(line.substr(0, colon)))] = trim(line.substr(colon + 1));
    }
    return size * count;
}

struct HeaderList {
    curl_slist* list = nullptr;
    ~HeaderList() { curl_slist_free_all(list); }
    void add(const std::string& line) {
        curl_slist* grown = curl_slist_append(list, line.c_str());
        if (grown == nullptr) throw TransportFailure("out of memory building request headers");
        list = grown;
    }
};

}  // namespace

std::string HttpResponse::header(const std::string& lowerName) const {
    auto it = headers.find(lowerName);
    return it == headers.end() ? std::string{} : it->second;
}

HttpTransport::HttpTransport(TransportSettings settings) : settings_(std::move(settings)) { initialiseCurlOnce(); }

HttpTransport::~HttpTransport() {
    for (void* handle : idle_) curl_easy_cleanup(static_cast<CURL*>(handle));
}

void* HttpTransport::acquire() {
    {
        std::lock_guard lock(mutex_);
        if (!idle_.empty()) {
            void* handle = idle_.back();
            idle_.pop_back();
            return handle;
        }
    }
    CURL* handle = curl_easy_init();
    if (handle == nullptr) throw TransportFailure("libcurl could not create a handle");
    return handle;
}

void HttpTransport::release(void* handle) {
    std::lock_guard lock(mutex_);
    idle_.push_back(handle);
}

HttpResponse HttpTransport::send(const HttpRequest& request) {
    // The handle goes back to the pool even when this call throws; curl_easy_reset keeps its live
    // connections and TLS session cache, which is the point of pooling.
    std::unique_ptr<void, std::function<void(void*)>> handle(acquire(), [this](void* h) { release(h); });
    CURL* curl = static_cast<CURL*>(handle.get());
    curl_easy_reset(curl);

    HttpResponse response;
    HeaderList headers;
    for (const auto& [name, value] : request.headers) headers.add(name + ": " + value);
    headers.add("Expect:");  // no 100-continue round trip before bodies

    char errorBuffer[CURL_ERROR_SIZE] = {0};
    curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.list);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);  // required for use from several threads
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(settings_.timeout.count()));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(settings_.connectTimeout.count()));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, settings_.verifyTls ? 1L : 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, settings_.verifyTls ? 2L : 0L);
    if (!settings_.caBundle.empty()) curl_easy_setopt(curl, CURLOPT_CAINFO, settings_.caBundle.c_str());
    // Unset, libcurl takes the proxy from the environment (https_proxy, no_proxy, ...).
    if (!settings_.proxy.empty()) curl_easy_setopt(curl, CURLOPT_PROXY, settings_.proxy.c_str());
    if (!settings_.userAgent.empty()) curl_easy_setopt(curl, CURLOPT_USERAGENT, settings_.userAgent.c_str());
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");  // whatever compression libcurl supports
    curl_easy_setopt(curl, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collectBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, collectHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response.headers);

    if (request.method == "GET") {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    } else {
        if (request.method != "POST") curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.c_str());
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.c_str());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
    }

    CURLcode result = curl_easy_perform(curl);
    if (result != CURLE_OK) {
        std::string detail = errorBuffer[0] != '\0' ? std::string(errorBuffer) : curl_easy_strerror(result);
        throw TransportFailure(detail);
    }
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    return response;
}

}  // namespace partnercenter::detail
