#include "http/transport/proxy.hpp"

#include <http_parser.h>

#include "http/sandbox_address.hpp"
#include "http/tokens.hpp"
#include "http/transport/local_ca.hpp"
#include "partnercenter/text.hpp"
#include "sim/errors/partner_center.hpp"

namespace pcsim::http {

namespace {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::startsWithIgnoreCase;
using partnercenter::text::toLower;

// "a, b, c and d"
std::string hostList() {
    const auto& hosts = interceptedHosts();
    std::string list;
    for (std::size_t i = 0; i < hosts.size(); ++i) {
        if (i > 0) list += i + 1 == hosts.size() ? " and " : ", ";
        list += hosts[i];
    }
    return list;
}

std::string whatIsServed() {
    return "pcsim's proxy intercepts HTTPS (CONNECT host:443) to " + hostList() + ", and nothing else.";
}

// Client input, quoted short.
std::string quoted(std::string_view text) {
    return "'" + std::string(text.substr(0, 80)) + (text.size() > 80 ? "..." : "") + "'";
}

bool intercepted(std::string_view host) {
    for (const auto& name : interceptedHosts())
        if (equalsIgnoreCase(host, name)) return true;
    return false;
}

// Basic credentials are standard base64 (RFC 4648 §4); tokens.hpp reads the URL alphabet.
std::optional<std::string> base64Decode(std::string_view text) {
    while (!text.empty() && text.back() == '=') text.remove_suffix(1);
    std::string url(text);
    for (char& c : url) {
        if (c == '+') c = '-';
        else if (c == '/') c = '_';
        else if (c == '-' || c == '_') return std::nullopt;
    }
    return base64UrlDecode(url);
}

// The user part of `Proxy-Authorization: Basic base64(user:password)`; empty when there is none.
sim::Result<std::string> proxyUser(const HttpRequest& head) {
    auto header = head.header("proxy-authorization");
    if (!header) return std::string();
    constexpr std::string_view basic = "Basic ";
    const auto problem = sim::badRequest(
        sim::proxy_error::malformed,
        "Proxy-Authorization is read as 'Basic base64(SANDBOX:anything)': the user part names the sandbox.");
    if (!startsWithIgnoreCase(*header, basic)) return problem;
    auto decoded = base64Decode(std::string_view(*header).substr(basic.size()));
    if (!decoded) return problem;
    const std::size_t colon = decoded->find(':');
    if (colon == std::string::npos) return problem;
    return decoded->substr(0, colon);
}

}  // namespace

sim::Result<Tunnel> decideConnect(const HttpRequest& head, std::string_view authority,
                                  std::string_view defaultSandbox) {
    http_parser_url target;
    http_parser_url_init(&target);
    if (http_parser_parse_url(authority.data(), authority.size(), 1, &target) != 0)
        return sim::badRequest(sim::proxy_error::malformed,
                               "A CONNECT target is host:port (CONNECT api.partnercenter.microsoft.com:443); " +
                                   quoted(authority) + " is not.");
    const auto host = authority.substr(target.field_data[UF_HOST].off, target.field_data[UF_HOST].len);
    if (!intercepted(host) || target.port != 443)
        return sim::forbidden(sim::proxy_error::notIntercepted,
                              quoted(authority) + " is not intercepted: " + whatIsServed());
    auto user = proxyUser(head);
    if (!user) return user.error();
    return Tunnel{toLower(host), user->empty() ? std::string(defaultSandbox) : *user};
}

sim::ApiError refuseForwarding(const HttpRequest& request) {
    return sim::forbidden(sim::proxy_error::notIntercepted,
                          "This port is pcsim's proxy and forwards no " + request.method +
                              " request: " + whatIsServed() +
                              " Send plain requests to pcsim's own port, or https:// ones through this proxy.");
}

void addressToTunnel(HttpRequest& request, const Tunnel& tunnel) {
    if (tunnel.sandbox.empty() || request.headers.contains(std::string(kSandboxHeader))) return;
    request.headers.emplace(kSandboxHeader, tunnel.sandbox);
}

}  // namespace pcsim::http
