// Access tokens from the Entra ID (Azure AD) v1 token endpoint, cached and renewed
// ClientOptions::tokenRefreshMargin (30 s) before they expire. One provider serves all threads of
// a client; a renewal happens once, the other threads wait for it.
#pragma once

#include "http_transport.hpp"
#include "partnercenter/credentials.hpp"
#include "partnercenter/options.hpp"

#include <chrono>
#include <mutex>
#include <string>

namespace partnercenter::detail {

class TokenProvider {
public:
    TokenProvider(Credentials credentials, const ClientOptions& options, HttpTransport& transport);

    /// A token good for at least the refresh margin. Throws PartnerCenterError when the authority
    /// refuses (service) or cannot be reached (transport).
    std::string accessToken();

    /// Forgets `token` if it is the cached one: after a 401 the next call authenticates afresh.
    void discard(const std::string& token);

private:
    using TimePoint = std::chrono::system_clock::time_point;
    [[nodiscard]] TimePoint now() const;
    void renew();

    std::mutex mutex_;
    Credentials credentials_;
    const ClientOptions& options_;
    HttpTransport& transport_;
    std::string token_;
    TimePoint expiresAt_{};
};

}  // namespace partnercenter::detail
