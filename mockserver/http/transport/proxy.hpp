#pragma once
// pcsim as an intercepting proxy, the way Microsoft Dev Proxy reaches an unmodified app: the app is
// given HTTPS_PROXY=http://127.0.0.1:PORT and sends `CONNECT host:443`; for a host pcsim intercepts
// (interceptedHosts(), local_ca.hpp) it gets `200 Connection established`, then TLS under a
// certificate from pcsim's local CA, and the requests in the tunnel are served as on the HTTPS port.
// Here: what the proxy listener decides, apart from its socket (server.cpp).
#include <string>
#include <string_view>

#include "http/message.hpp"
#include "sim/result.hpp"

namespace pcsim::http {

inline constexpr std::string_view kConnectionEstablished = "HTTP/1.1 200 Connection established\r\n\r\n";

struct Tunnel {
    std::string host;     // lower case
    std::string sandbox;  // where the tunnel's requests go unless they name a sandbox; empty: default
};

// A CONNECT head and its target as sent (`authority`): a tunnel for an intercepted host on port 443
// (403 for any other, 400 when the target or Proxy-Authorization cannot be read). The sandbox is
// the user part of `Proxy-Authorization: Basic base64(NAME:anything)`, else `defaultSandbox`.
sim::Result<Tunnel> decideConnect(const HttpRequest& head, std::string_view authority, std::string_view defaultSandbox);

// Any request but CONNECT on the proxy listener (`GET http://example.com/`, or a plain request):
// the proxy forwards nothing, so 403 naming what it does serve.
sim::ApiError refuseForwarding(const HttpRequest& request);

// A request read in `tunnel`: for the tunnel's sandbox unless it names one itself (a /_sandbox/
// prefix or X-PCSim-Sandbox, sandbox_address.hpp).
void addressToTunnel(HttpRequest& request, const Tunnel& tunnel);

}  // namespace pcsim::http
