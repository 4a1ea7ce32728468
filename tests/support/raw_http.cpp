#include "support/raw_http.hpp"

#include "partnercenter/text.hpp"
#include "sim/catalog.hpp"

namespace pcsim::testing {

RawResponse RawHttp::send(const std::string& method, const std::string& url, const std::string& body,
                          const std::map<std::string, std::string>& headers, long timeoutMs) {
    suite::HttpCall call{method, url, {headers.begin(), headers.end()}, body, std::chrono::milliseconds(timeoutMs)};
    bool hasContentType = false;
    for (const auto& [name, value] : headers)
        hasContentType = hasContentType || partnercenter::text::equalsIgnoreCase(name, "content-type");
    if (!hasContentType && !body.empty()) call.headers.emplace_back("Content-Type", "application/json");
    suite::HttpAnswer answer = client_.send(call);
    return {answer.status, std::move(answer.headers), std::move(answer.body), !answer.answered()};
}

}  // namespace pcsim::testing
