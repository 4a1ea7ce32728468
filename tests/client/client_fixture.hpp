#pragma once
// What the client library tests share: a pcsim on port 0 per test (so fault counters start at zero),
// client options pointed at it, and recorders for the two hooks the library offers tests — the
// attempt observer (what went over the wire) and the sleeper (how long the client wanted to wait).
#include <unistd.h>

#include <gtest/gtest.h>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <partnercenter/partnercenter.hpp>

#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "support/raw_http.hpp"
#include "support/test_server.hpp"

namespace pcsim::client_testing {

inline const std::string kTenant = "11111111-1111-4111-8111-111111111111";
inline const std::string kClientId = "22222222-2222-4222-8222-222222222222";
inline const std::string kSecret = "app-secret";
inline const std::string kRefreshToken = "user-refresh";
inline const std::string kCustomer = "4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55";       // Fabrikam
inline const std::string kOtherCustomer = "5d2c6a1f-3b8e-4f4c-8b21-7a3e9d0f2b66";  // Contoso
inline const std::string kCustomerWithoutSubscriptions = "6e3d7b2a-4c9f-4a5d-9c32-8b4f0e1a3c77";
inline const std::string kRegisteredSub = "2E6B0F4A-9C1D-4B7E-8F3A-5D2C1B0A9E87";
inline const std::string kUnregisteredSub = "3F7C1A5B-0D2E-4C8F-9A4B-6E3D2C1B0A98";
inline const std::string kSuspendedSub = "4A8D2B6C-1E3F-4D9A-8B5C-7F4E3D2C1B0A";
inline const std::string kOtherCustomerSub = "5B9E3C7D-2F4A-4E0B-9C6D-8A5F4E3D2C1B";
inline const std::string kD4sP1Y = "DZH318Z0BQ3Q:00G1:DZH318XZXK7M";

/// tests/client/NAME, or tests/e2e/e2e.yaml for "e2e.yaml".
inline std::string scenario(const std::string& name) {
    if (name == "e2e.yaml") return std::string(PCSIM_E2E_DIR) + "/e2e.yaml";
    return std::string(PCSIM_CLIENT_TEST_DIR "/") + name;
}

/// Every attempt the client reported, in order.
class AttemptLog {
public:
    void record(const partnercenter::Attempt& attempt) {
        std::lock_guard lock(mutex_);
        attempts_.push_back(attempt);
    }
    /// Attempts whose method is `method` and whose URL contains `urlPart`.
    std::vector<partnercenter::Attempt> matching(const std::string& method, const std::string& urlPart) const {
        std::lock_guard lock(mutex_);
        std::vector<partnercenter::Attempt> out;
        for (const auto& a : attempts_)
            if (a.method == method && a.url.find(urlPart) != std::string::npos) out.push_back(a);
        return out;
    }
    std::vector<partnercenter::Attempt> all() const {
        std::lock_guard lock(mutex_);
        return attempts_;
    }
    std::size_t tokenRequests() const { return matching("POST", "/oauth2/token").size(); }

private:
    mutable std::mutex mutex_;
    std::vector<partnercenter::Attempt> attempts_;
};

/// The waits the client asked for; never sleeps for real.
class SleepLog {
public:
    partnercenter::Sleeper sleeper() {
        return [this](std::chrono::milliseconds d) {
            std::lock_guard lock(mutex_);
            sleeps_.push_back(d);
        };
    }
    std::vector<std::chrono::milliseconds> sleeps() const {
        std::lock_guard lock(mutex_);
        return sleeps_;
    }

private:
    mutable std::mutex mutex_;
    std::vector<std::chrono::milliseconds> sleeps_;
};

class ClientTest : public ::testing::Test {
protected:
    // The scenario with token lifetimes on the simulated clock (`tokens: {clock: simulated}`), for
    // tests of what a client does when the server says its token expired.
    void startWithSimulatedTokenClock(const std::string& scenarioName) {
        std::ifstream in(scenario(scenarioName));
        std::string yaml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const auto path = std::filesystem::temp_directory_path() /
                          ("pcsim-simulated-tokens-" + std::to_string(::getpid()) + "-" + scenarioName);
        std::ofstream(path) << yaml << "\ntokens:\n  clock: simulated\n";
        server_ = std::make_unique<pcsim::testing::TestServer>(path.string());
        std::filesystem::remove(path);
    }
    void start(const std::string& scenarioName) {
        server_ = std::make_unique<pcsim::testing::TestServer>(scenario(scenarioName));
    }
    pcsim::testing::TestServer& server() { return *server_; }
    std::string baseUrl() { return server_->url(""); }

    /// Options aimed at the test server, recording attempts and sleeps.
    partnercenter::ClientOptions options() {
        partnercenter::ClientOptions o;
        o.endpoint = baseUrl();
        o.authority = baseUrl();
        o.observer = [this](const partnercenter::Attempt& a) { attempts.record(a); };
        o.retry.sleeper = sleeps.sleeper();
        o.timeout = std::chrono::seconds(20);
        return o;
    }
    partnercenter::PartnerClient appUserClient() { return appUserClient(options()); }
    partnercenter::PartnerClient appUserClient(partnercenter::ClientOptions o) {
        return partnercenter::PartnerClient(
            partnercenter::AppUserCredentials{kTenant, kClientId, kSecret, kRefreshToken}, std::move(o));
    }
    partnercenter::PartnerClient appClient() {
        return partnercenter::PartnerClient(partnercenter::AppCredentials{kTenant, kClientId, kSecret}, options());
    }

    /// Moves pcsim's simulated clock (POST /_pcsim/clock {"advance": duration}).
    void advanceSimulatedClock(const std::string& isoDuration) {
        pcsim::testing::RawHttp http;
        auto r = http.send("POST", server_->url("/_pcsim/clock"), nlohmann::json{{"advance", isoDuration}}.dump());
        ASSERT_EQ(r.status, 200) << r.body;
    }

    AttemptLog attempts;
    SleepLog sleeps;

private:
    std::unique_ptr<pcsim::testing::TestServer> server_;
};

}  // namespace pcsim::client_testing
