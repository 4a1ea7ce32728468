// The `partner:` section: the partner tenant, its app credentials and its users.
#include "partnercenter/ids.hpp"
#include "partnercenter/text.hpp"
#include "scenario/id_rules.hpp"
#include "scenario/sections.hpp"
#include "scenario/yaml_fields.hpp"
#include "sim/secrets.hpp"

namespace pcsim::scenario {

using partnercenter::ids::isGuid;
using partnercenter::text::toUpper;
namespace {

const std::vector<std::string> kRoles = {"AdminAgent", "SalesAgent", "GlobalAdmin"};

void readApps(const MapReader& partner, LoadContext& ctx, sim::Partner& out) {
    YAML::Node apps = partner.sequence("apps");
    if (!apps.IsDefined()) return;
    UniqueIds clientIds("app clientId");
    for (std::size_t i = 0; i < apps.size(); ++i) {
        MapReader app(apps[i], indexed("partner.apps", i), ctx.diags, {"clientId", "clientSecret"});
        auto clientId = app.text("clientId", Need::required);
        auto clientSecret = app.text("clientSecret", Need::required);
        if (clientId) clientIds.add(*clientId, app.value("clientId"), ctx.diags);
        if (clientSecret && clientSecret->empty()) app.error("clientSecret", "'clientSecret' must not be empty");
        if (clientId && clientSecret) out.apps.push_back({*clientId, *clientSecret});
    }
}

void readUsers(const MapReader& partner, LoadContext& ctx, sim::IdGenerator& ids, sim::Partner& out) {
    YAML::Node users = partner.sequence("users");
    if (!users.IsDefined()) return;
    UniqueIds upns("user upn"), refreshTokens("refreshToken");
    for (std::size_t i = 0; i < users.size(); ++i) {
        MapReader user(users[i], indexed("partner.users", i), ctx.diags,
                       {"upn", "objectId", "refreshToken", "password", "roles"});
        sim::PartnerUser u;
        u.objectId = ids.guid();  // drawn even when given, so later users keep their ids when one is added
        if (auto upn = user.text("upn", Need::required)) {
            if (upn->find('@') == std::string::npos)
                user.error("upn", "'upn' must be a sign-in name such as admin@contoso.onmicrosoft.com");
            upns.add(*upn, user.value("upn"), ctx.diags);
            u.upn = *upn;
        }
        if (auto objectId = user.text("objectId")) {
            if (!isGuid(*objectId)) user.error("objectId", "'objectId' must be a GUID, not '" + *objectId + "'");
            u.objectId = *objectId;
        }
        if (auto token = user.text("refreshToken")) {
            // A bundle's scenario has every user's token masked to the same text: no token at all.
            if (!sim::isMasked(*token)) refreshTokens.add(*token, user.value("refreshToken"), ctx.diags);
            u.refreshToken = *token;
        }
        if (auto password = user.text("password")) u.password = *password;
        if (user.isMapping() && u.refreshToken.empty() && u.password.empty())
            user.error("a user needs a 'refreshToken' or a 'password' to sign in with");
        if (YAML::Node roles = user.sequence("roles"); roles.IsDefined()) {
            u.roles.clear();
            for (std::size_t r = 0; r < roles.size(); ++r)
                if (auto role = readChoice(roles[r], "roles[" + std::to_string(r) + "]", ctx.diags, kRoles))
                    u.roles.push_back(*role);
            if (roles.size() == 0) user.error("roles", "'roles' must list at least one role: " + joinNames(kRoles));
        }
        out.users.push_back(std::move(u));
    }
}

}  // namespace

sim::Partner readPartner(const YAML::Node& node, LoadContext& ctx) {
    MapReader partner(node, "partner", ctx.diags,
                      {"tenantId", "name", "mpnId", "country", "integrationSandbox", "apps", "users"});
    sim::IdGenerator ids = ctx.ids(IdStream::partner);
    sim::Partner out;
    out.tenantId = ids.guid();
    out.mpnId = std::to_string(1000000 + ids.next() % 9000000);  // 7 digits, like a real MPN id
    if (auto tenantId = partner.text("tenantId")) {
        if (!isGuid(*tenantId)) partner.error("tenantId", "'tenantId' must be a GUID, not '" + *tenantId + "'");
        out.tenantId = *tenantId;
    }
    if (auto name = partner.text("name")) out.name = *name;
    if (auto mpnId = partner.text("mpnId")) out.mpnId = *mpnId;
    if (auto country = partner.text("country")) {
        if (!isCountryCode(*country))
            partner.error("country", "'country' must be a two-letter country code such as US");
        out.country = toUpper(*country);
    }
    if (auto sandbox = partner.flag("integrationSandbox")) out.integrationSandbox = *sandbox;
    readApps(partner, ctx, out);
    readUsers(partner, ctx, ids, out);
    return out;
}

}  // namespace pcsim::scenario
