// The identity rules (sim/identity.hpp): the audience of a token request is the one resource its
// scope or resource names, whatever the spelling; no audience is taken by both surfaces; a wrong
// secret or an unknown app never gets a token.
#include "support/property.hpp"

#include "sim/identity.hpp"

namespace pcsim::properties {
namespace {

namespace gen = rc::gen;

const std::vector<std::string> kResources = {"https://api.partnercenter.microsoft.com", "https://management.azure.com",
                                             "https://management.azure.com/", "https://management.core.windows.net/",
                                             "https://graph.windows.net"};

sim::Partner partner() {
    sim::Partner p;
    p.tenantId = "t-1";
    p.apps = {{"app-1", "secret-1"}};
    p.users = {{"a@b.c", "oid-1", "refresh-1", "password-1"}};
    return p;
}

const sim::Partner kPartner = partner();

sim::TokenRequest clientCredentials(std::string scope) {
    sim::TokenRequest r;
    r.tenant = "t-1";
    r.v2 = true;
    r.grantType = "client_credentials";
    r.clientId = "app-1";
    r.clientSecret = "secret-1";
    r.scope = std::move(scope);
    return r;
}

PCSIM_PROPERTY(IdentityRules, TheAudienceIsTheOneResourceTheScopesName, ()) {
    const auto resource = *gen::elementOf(kResources);
    // The OpenID scopes name no resource and may come in any order around it.
    auto extra = *gen::container<std::vector<std::string>>(
        gen::elementOf(std::vector<std::string>{"openid", "profile", "offline_access"}));
    const auto position = *gen::inRange<std::size_t>(0, extra.size() + 1);
    extra.insert(extra.begin() + std::ptrdiff_t(position), resource + "/.default");
    std::string scope;
    for (const auto& s : extra) scope += (scope.empty() ? "" : " ") + s;
    const auto granted = sim::grantToken(kPartner, clientCredentials(scope));
    RC_ASSERT(std::holds_alternative<sim::TokenGrant>(granted));
    RC_ASSERT(std::get<sim::TokenGrant>(granted).audience == resource);
}

PCSIM_PROPERTY(IdentityRules, TwoDifferentResourcesAreRefused, ()) {
    const auto a = *gen::elementOf(kResources);
    const auto b = *gen::suchThat(gen::elementOf(kResources), [&](const std::string& x) {
        auto canon = [](std::string s) {
            while (!s.empty() && s.back() == '/') s.pop_back();
            return s;
        };
        return canon(x) != canon(a);
    });
    const auto refused = sim::grantToken(kPartner, clientCredentials(a + "/.default " + b + "/.default"));
    RC_ASSERT(std::holds_alternative<sim::IdentityError>(refused));
    RC_ASSERT(std::get<sim::IdentityError>(refused).error.aadsts == sim::entra_error::multipleResources.aadsts);
}

PCSIM_PROPERTY(IdentityRules, NoAudienceIsTakenByBothSurfaces, (std::string audience)) {
    const bool both = sim::audienceFit(audience, sim::Surface::partnerCenter) == sim::AudienceFit::accepted &&
                      sim::audienceFit(audience, sim::Surface::arm) == sim::AudienceFit::accepted;
    RC_ASSERT(!both);
    for (const auto& known : kResources) {
        const bool pc = sim::audienceFit(known, sim::Surface::partnerCenter) == sim::AudienceFit::accepted;
        const bool arm = sim::audienceFit(known, sim::Surface::arm) == sim::AudienceFit::accepted;
        RC_ASSERT(!(pc && arm));
    }
}

PCSIM_PROPERTY(IdentityRules, AWrongSecretOrUnknownAppNeverGetsAToken, (std::string secret, std::string clientId)) {
    RC_PRE(secret != "secret-1");
    auto request = clientCredentials("https://api.partnercenter.microsoft.com/.default");
    request.clientSecret = secret;
    RC_ASSERT(std::holds_alternative<sim::IdentityError>(sim::grantToken(kPartner, request)));
    RC_PRE(clientId != "app-1" && clientId != "APP-1");
    request.clientSecret = "secret-1";
    request.clientId = clientId;
    RC_ASSERT(std::holds_alternative<sim::IdentityError>(sim::grantToken(kPartner, request)));
}

// Refresh-token generations: the current generation's token grants and is handed back; every earlier
// one is refused as revoked (AADSTS50173), never granted.
PCSIM_PROPERTY(IdentityRules, OnlyTheCurrentGenerationsRefreshTokenGrants, ()) {
    const auto current = *gen::inRange<std::int64_t>(0, 200);
    const auto presented = *gen::inRange<std::int64_t>(0, current + 1);
    sim::TokenRequest request;
    request.tenant = "t-1";
    request.grantType = "refresh_token";
    request.clientId = "app-1";
    request.refreshGeneration = current;
    request.refreshToken = sim::refreshTokenAt(kPartner.users.front(), presented);
    const auto decided = sim::grantToken(kPartner, request);
    if (presented == current) {
        RC_ASSERT(std::holds_alternative<sim::TokenGrant>(decided));
        RC_ASSERT(std::get<sim::TokenGrant>(decided).refreshToken == request.refreshToken);
    } else {
        RC_ASSERT(std::holds_alternative<sim::IdentityError>(decided));
        const auto aadsts = std::get<sim::IdentityError>(decided).error.aadsts;
        // Within the remembered window the refusal says "revoked"; past it, "not recognised".
        RC_ASSERT(aadsts == sim::entra_error::revokedGrant.aadsts ||
                  (current - presented > 64 && aadsts == sim::entra_error::invalidRefreshToken.aadsts));
    }
}

TEST(IdentityRules, TheRetiredGraphAudienceIsToldApartOnPartnerCenterOnly) {
    EXPECT_EQ(sim::audienceFit("https://graph.windows.net/", sim::Surface::partnerCenter), sim::AudienceFit::retired);
    EXPECT_EQ(sim::audienceFit("https://graph.windows.net", sim::Surface::arm), sim::AudienceFit::wrong);
    EXPECT_EQ(sim::audienceFit("https://API.partnercenter.microsoft.com/", sim::Surface::partnerCenter),
              sim::AudienceFit::accepted);
}

TEST(IdentityRules, UserGrantsNameTheUserAndV1DefaultsToPartnerCenter) {
    sim::TokenRequest request;
    request.tenant = "common";
    request.grantType = "refresh_token";
    request.clientId = "app-1";
    request.refreshToken = "refresh-1";
    const auto granted = sim::grantToken(kPartner, request);  // the grant's user points into kPartner
    ASSERT_TRUE(std::holds_alternative<sim::TokenGrant>(granted));
    const auto& grant = std::get<sim::TokenGrant>(granted);
    ASSERT_NE(grant.user, nullptr);
    EXPECT_EQ(grant.user->objectId, "oid-1");
    EXPECT_EQ(grant.audience, sim::kPartnerCenterAudience);
    EXPECT_EQ(grant.scope, "user_impersonation");
    request.tenant = "common";
    request.grantType = "client_credentials";
    request.clientSecret = "secret-1";
    EXPECT_TRUE(std::holds_alternative<sim::IdentityError>(sim::grantToken(kPartner, request)))
        << "client credentials must name the tenant";
}

}  // namespace
}  // namespace pcsim::properties
