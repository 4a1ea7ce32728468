#pragma once
// The HTTP layer's own request and response values, independent of Pistache: the whole Partner
// Center surface is a function HttpRequest → HttpResponse (App::handle), which the Pistache
// adapter serves and tests can call directly.
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pcsim::http {

struct HttpRequest {
    std::string method;  // upper case
    std::string path;    // percent-decoded, without the query string
    std::string rawQuery;
    std::map<std::string, std::string> query;    // names lower-cased (query names are case-insensitive)
    std::map<std::string, std::string> headers;  // names lower-cased
    std::string body;
    std::string remoteAddress;  // "127.0.0.1"; empty when called in-process
    // The body was larger than the server accepts and was not read (the transport stops reading at
    // the limit): the answer is 413.
    bool bodyTooLarge = false;
    // It came over TLS: documents that name this server's own address (Entra ID's OpenID
    // configuration) use https.
    bool overTls = false;

    std::optional<std::string> header(std::string_view lowerName) const;
    std::optional<std::string> queryParam(std::string_view lowerName) const;
    bool fromLoopback() const;
    // "https://host[:port]" as the client addressed this server (scheme from the transport, host
    // from Host): documents that name this server's own address are built from it.
    std::string origin() const;
};

struct HttpResponse {
    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    std::chrono::milliseconds delay{0};  // injected latency before the response is sent
    bool resetConnection = false;        // injected fault: drop the connection, send nothing

    void setHeader(std::string name, std::string value);
    std::optional<std::string> header(std::string_view name) const;  // case-insensitive
};

// Builds an HttpRequest from a target such as "/v1/products?country=US&targetView=AzureReservationsVM".
HttpRequest makeRequest(std::string method, std::string_view target, std::string body = {},
                        std::map<std::string, std::string> headers = {});
// Splits a request target into a decoded path and its parsed query.
void parseTarget(std::string_view target, HttpRequest& into);
std::map<std::string, std::string> parseFormBody(std::string_view body);

}  // namespace pcsim::http
