// The intercepting proxy's decisions, in process: which CONNECTs open a tunnel, in which sandbox,
// and the refusals, in the service's error shape.
#include "http/transport/proxy.hpp"

#include <gtest/gtest.h>

#include "http/sandbox_address.hpp"
#include "http/transport/local_ca.hpp"

namespace pcsim::http {
namespace {

HttpRequest connectHead(std::map<std::string, std::string> headers = {}) {
    HttpRequest head;
    head.method = "CONNECT";
    head.headers = std::move(headers);
    return head;
}

TEST(Proxy, EachInterceptedHostOnPort443OpensATunnelWhateverItsCase) {
    for (const auto& host : interceptedHosts()) {
        auto tunnel = decideConnect(connectHead(), host + ":443", "");
        ASSERT_TRUE(tunnel) << host << tunnel.error().description;
        EXPECT_EQ(tunnel->host, host);
        EXPECT_EQ(tunnel->sandbox, "");
    }
    auto upper = decideConnect(connectHead(), "API.PartnerCenter.Microsoft.com:443", "");
    ASSERT_TRUE(upper);
    EXPECT_EQ(upper->host, "api.partnercenter.microsoft.com");
}

TEST(Proxy, AnotherHostOrPortIsRefusedWith403NamingTheInterceptedHosts) {
    for (const std::string target : {"example.com:443", "management.azure.com:8443", "127.0.0.1:443"}) {
        auto refused = decideConnect(connectHead(), target, "");
        ASSERT_FALSE(refused) << target;
        EXPECT_EQ(refused.error().http, 403);
        EXPECT_EQ(refused.error().code, 800002);
        EXPECT_NE(refused.error().description.find(target), std::string::npos);
        for (const auto& host : interceptedHosts())
            EXPECT_NE(refused.error().description.find(host), std::string::npos) << host;
    }
}

TEST(Proxy, ATargetWithoutAPortIsRefusedWith400) {
    auto refused = decideConnect(connectHead(), "api.partnercenter.microsoft.com", "");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().http, 400);
}

TEST(Proxy, TheSandboxIsTheUserOfBasicProxyAuthorizationElseTheListenersOwn) {
    // base64("team-7:secret"), and base64("~>?~~:x"), which has both '/' and '=' of the standard alphabet
    auto named = decideConnect(connectHead({{"proxy-authorization", "Basic dGVhbS03OnNlY3JldA=="}}),
                               "login.windows.net:443", "fallback");
    ASSERT_TRUE(named) << named.error().description;
    EXPECT_EQ(named->sandbox, "team-7");
    auto lower =
        decideConnect(connectHead({{"proxy-authorization", "basic fj4/fn46eA=="}}), "login.windows.net:443", "");
    ASSERT_TRUE(lower) << lower.error().description;
    EXPECT_EQ(lower->sandbox, "~>?~~");  // not a valid name: the routes answer 400 for it
    auto plus = decideConnect(connectHead({{"proxy-authorization", "Basic Pj4+Ong="}}), "login.windows.net:443", "");
    ASSERT_TRUE(plus) << plus.error().description;  // base64(">>>:x"): a '+'
    EXPECT_EQ(plus->sandbox, ">>>");
    auto none = decideConnect(connectHead(), "login.windows.net:443", "fallback");
    ASSERT_TRUE(none);
    EXPECT_EQ(none->sandbox, "fallback");
    auto emptyUser = decideConnect(connectHead({{"proxy-authorization", "Basic OnB3"}}), "login.windows.net:443",
                                   "fallback");  // ":pw"
    ASSERT_TRUE(emptyUser);
    EXPECT_EQ(emptyUser->sandbox, "fallback");
}

TEST(Proxy, ProxyAuthorizationThatIsNotBasicUserColonPasswordIsRefusedWith400) {
    for (const std::string value : {"Bearer abc", "Basic not*base64", "Basic dXNlcg=="} /* "user": no colon */) {
        auto refused = decideConnect(connectHead({{"proxy-authorization", value}}), "login.windows.net:443", "");
        ASSERT_FALSE(refused) << value;
        EXPECT_EQ(refused.error().http, 400) << value;
    }
}

TEST(Proxy, ATunnelsRequestsGoToItsSandboxUnlessTheyNameOne) {
    const Tunnel tunnel{"api.partnercenter.microsoft.com", "tunnel-a"};
    HttpRequest plain = makeRequest("GET", "/v1/customers");
    addressToTunnel(plain, tunnel);
    EXPECT_EQ(resolveSandboxAddress(plain).name, "tunnel-a");
    HttpRequest ownHeader = makeRequest("GET", "/v1/customers", {}, {{"x-pcsim-sandbox", "mine"}});
    addressToTunnel(ownHeader, tunnel);
    EXPECT_EQ(resolveSandboxAddress(ownHeader).name, "mine");
    HttpRequest ownPrefix = makeRequest("GET", "/_sandbox/prefixed/v1/customers");
    addressToTunnel(ownPrefix, tunnel);
    EXPECT_EQ(resolveSandboxAddress(ownPrefix).name, "prefixed");
    HttpRequest toDefault = makeRequest("GET", "/v1/customers");
    addressToTunnel(toDefault, Tunnel{"login.windows.net", ""});
    EXPECT_EQ(resolveSandboxAddress(toDefault).name, "default");
}

TEST(Proxy, ForwardingIsRefusedWith403NamingWhatTheProxyServes) {
    auto refused = refuseForwarding(makeRequest("GET", "/"));
    EXPECT_EQ(refused.http, 403);
    EXPECT_EQ(refused.code, 800002);
    EXPECT_NE(refused.description.find("api.partnercenter.microsoft.com"), std::string::npos);
}

}  // namespace
}  // namespace pcsim::http
