#include "cli.hpp"

namespace pcctl {

partnercenter::PartnerClient Cli::client() const {
    if (settings.tenant.empty())
        throw UsageError("no tenant: set --tenant or PARTNERCENTER_TENANT to the partner's tenant id");
    if (settings.clientId.empty()) throw UsageError("no app: set --client-id or PARTNERCENTER_CLIENT_ID");
    partnercenter::ClientOptions options;
    options.endpoint = settings.endpoint;
    options.authority = settings.authority;
    options.applicationName = "pcctl";
    options.caBundle = settings.caFile;
    if (!settings.refreshToken.empty())
        return partnercenter::PartnerClient(
            partnercenter::AppUserCredentials{settings.tenant, settings.clientId, settings.clientSecret,
                                              settings.refreshToken},
            options);
    if (settings.clientSecret.empty())
        throw UsageError(
            "no credentials: set PARTNERCENTER_REFRESH_TOKEN (App+User) or PARTNERCENTER_CLIENT_SECRET (App)");
    return partnercenter::PartnerClient(
        partnercenter::AppCredentials{settings.tenant, settings.clientId, settings.clientSecret}, options);
}

void Cli::printJson(const nlohmann::ordered_json& document) const { std::cout << document.dump(2) << "\n"; }

}  // namespace pcctl
