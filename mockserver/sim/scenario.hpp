#pragma once
// A loaded scenario: everything a YAML scenario file describes, as plain data. A World is built
// from it (and rebuilt from it on reset); fault and throttling rules are applied by the HTTP layer.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sim/catalog.hpp"
#include "sim/clock.hpp"
#include "sim/customer.hpp"
#include "sim/token_clock.hpp"

namespace pcsim::sim {

struct AppCredential {
    std::string clientId;
    std::string clientSecret;
};

struct PartnerUser {
    std::string upn;
    std::string objectId;  // generated from the seed; becomes the token's `oid` and a cart's lastModifiedUser
    std::string refreshToken;
    std::string password;  // empty: the password grant is refused for this user
    std::vector<std::string> roles{"AdminAgent"};
};

struct Partner {
    std::string tenantId;
    std::string name = "pcsim partner";
    std::string mpnId;
    std::string country = "US";
    bool integrationSandbox = false;
    std::vector<AppCredential> apps;
    std::vector<PartnerUser> users;
};

struct Behaviour {
    std::int64_t registrationDelaySeconds = 0;
    std::int64_t provisioningDelaySeconds = 0;
    std::int64_t cartLifetimeDays = 7;
    bool cascadeToBroaderScope = true;
};

// Which requests a fault or throttling rule applies to. `path` is a pattern over the request path
// ("/v1/customers/*/carts/*/checkout": `*` = one segment, `**` = zero or more), matched case-insensitively.
struct RequestMatch {
    std::string method;  // "" = any
    std::string path;    // "" = any
};

struct FaultTrigger {
    std::vector<std::int64_t> nth;      // the Nth matching requests (1-based)
    std::int64_t everyNth = 0;          // every Nth matching request
    std::optional<double> probability;  // drawn from the scenario seed
    std::int64_t after = 0;             // every matching request after the first N
    bool always() const { return nth.empty() && everyNth == 0 && !probability && after == 0; }
};

struct FaultResponse {
    int status = 0;  // 0 = no substitute response (a pure delay)
    std::int64_t retryAfterSeconds = -1;
    std::int64_t delayMs = 0;
    bool reset = false;       // drop the connection without answering
    std::optional<int> code;  // error `code` in the body (default by status)
    std::string description;  // error `description` (default by status)
};

struct FaultRule {
    std::string name;
    RequestMatch match;
    FaultTrigger when;
    FaultResponse respond;
};

struct ThrottleRule {
    RequestMatch match;
    std::int64_t limit = 500;
    std::int64_t windowSeconds = 60;
};

struct Throttling {
    bool enabled = false;
    std::vector<ThrottleRule> rules;
    // The documented preset: 500 requests per minute per partner tenant on customer, order and
    // subscription endpoints.
    static Throttling documented();
};

struct Scenario {
    std::string name;
    std::string description;
    std::uint64_t seed = 0;
    Timestamp clockStart{};
    ClockMode clockMode = ClockMode::realtime;
    Partner partner;
    std::shared_ptr<const Catalog> catalog;
    std::vector<Customer> customers;
    std::vector<FaultRule> faults;
    Throttling throttling;
    Behaviour behaviour;
    TokenSettings tokens;
    std::string sourcePath;  // the file it was loaded from ("" when built in code)
    std::string sourceText;  // the YAML it was loaded from, kept so a sandbox can show and export it
};

}  // namespace pcsim::sim
