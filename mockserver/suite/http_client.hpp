#pragma once
// The runner's HTTP: one libcurl handle per client (so a worker thread reuses its connection), the
// answer whole, and no retries (a suite checks exactly what the server answered).
#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace pcsim::suite {

struct HttpCall {
    std::string method = "GET";
    std::string url;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    std::chrono::milliseconds timeout{10'000};
};

struct HttpAnswer {
    long status = 0;                             // 0: no answer (see transportError)
    std::map<std::string, std::string> headers;  // names lower-cased
    std::string body;
    std::string transportError;

    bool answered() const { return transportError.empty(); }
};

class HttpClient {
public:
    // `caFile`: the PEM bundle that HTTPS servers are checked against (pcsim's CA for a pcsim serving
    // --tls); empty: SSL_CERT_FILE or CURL_CA_BUNDLE when set, else the system's.
    explicit HttpClient(std::string caFile = {});
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    HttpAnswer send(const HttpCall& call);
    const std::string& caFile() const { return caFile_; }

private:
    void* curl_;
    std::string caFile_;
};

}  // namespace pcsim::suite
