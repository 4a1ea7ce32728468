#pragma once
// A suite file as the runner uses it (scenarios/README.md, "Suites", documents the format): the
// scenario its cases run in, variables, defaults, and cases made of steps. Plain values; the
// loader builds them, the executors read them. Texts may hold `${variables}`, filled when a step runs.
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "suite/interpolation.hpp"
#include "suite/json_path.hpp"

namespace pcsim::suite {

inline constexpr int kSuiteFormatVersion = 1;

// Where a step or case starts in its file, for messages.
struct Place {
    int line = 0;
    int column = 0;
};

// ---- expectations ------------------------------------------------------------------------------

enum class Check { equals, matches, exists, absent, length, contains, atLeast, atMost };

struct Assertion {
    Check check = Check::equals;
    JsonTemplate expected;  // equals/contains: any JSON; matches: the regex (a string); length/atLeast/atMost: a
                            // number; exists: true/false (`absent: x` is read as `exists: !x`)
};

// Every assertion written for one path (`$.items: { length: 2, contains: {...} }`).
struct PathAssertions {
    JsonPath path;
    std::vector<Assertion> assertions;
};

// A header's value, as a string (missing header: `exists: false` / `absent: true` hold).
struct HeaderAssertions {
    std::string name;
    std::vector<Assertion> assertions;
};

// `status: 201`, `status: [200, 201]`, `status: 4xx`.
struct StatusExpectation {
    std::vector<int> exact;
    std::vector<int> classes;  // 4 for "4xx"
    bool accepts(long status) const;
    std::string describe() const;
};

struct Expectation {
    std::optional<StatusExpectation> status;  // absent: any 2xx
    std::vector<PathAssertions> json;         // `code:` is written here as a check of `$.code`
    std::vector<HeaderAssertions> headers;
};

// `save: { cartId: $.id, requestId: { header: MS-RequestId } }`
struct Save {
    std::string variable;
    std::optional<JsonPath> path;  // from the response's JSON
    std::string header;            // or from a header (lower-cased)
};

// ---- requests ------------------------------------------------------------------------------------

enum class Auth { inherit, app, user, none };

struct RequestSpec {
    std::string method = "GET";
    std::string path;                                          // may hold a query string
    std::vector<std::pair<std::string, std::string>> query;    // appended, URL-encoded
    std::vector<std::pair<std::string, std::string>> headers;  // added to (and overriding) the suite's
    std::optional<JsonTemplate> body;                          // sent as JSON
    std::optional<std::string> rawBody;                        // sent as written (bad JSON, forms)
    Auth auth = Auth::inherit;
};

// ---- steps -----------------------------------------------------------------------------------------

struct RequestStep {
    RequestSpec request;
};

// The whole purchase through the client library's PurchaseFlow.
struct PurchaseStep {
    std::string customer;
    std::optional<std::string> subscription;
    std::string size;
    std::string region;
    std::string term = "P1Y";
    std::string quantity = "1";  // text: may be ${variable}
    std::string scope = "shared";
    std::optional<std::string> country;
    std::optional<std::string> series;
    Auth auth = Auth::user;  // App+User, so the reservations can be read back
    int retries = 3;         // the SDK's default
    bool expectSuccess = true;
};

struct AdvanceStep {
    std::optional<std::string> by;  // ISO 8601 duration
    std::optional<std::string> to;  // timestamp
};

struct FaultStep {
    std::optional<JsonTemplate> add;   // a rule in the scenario's `faults:` format
    std::optional<std::string> clear;  // a rule name, or "all"
};

struct VmsStep {
    std::string customer;
    std::string subscription;
    enum class Op { add, change, remove } op = Op::add;
    std::string vmId;                // change, remove
    std::optional<JsonTemplate> vm;  // add: the whole VM; change: the fields to change
};

// N copies of one request at once.
struct ParallelStep {
    int count = 2;
    RequestSpec request;
    std::optional<int> succeeded;  // 2xx answers
    std::optional<int> failed;     // everything else, transport errors included
    std::optional<int> orders;     // distinct order ids in the 2xx answers
    std::map<int, int> statuses;   // status -> how many
};

struct VerifyStep {
    JsonTemplate pattern;  // the journal request pattern
    std::optional<int> count, atLeast, atMost;
};

struct InvariantsStep {};

struct CoverageStep {
    std::string customer;
    std::optional<std::string> from, to, grain, vm;
};

// An explicit token request (the built-in ${appToken}/${userToken} need none).
struct LoginStep {
    bool user = false;  // App+User (refresh_token or password grant) rather than App
    std::optional<std::string> tenant, clientId, clientSecret, refreshToken, username, password;
};

using Action = std::variant<RequestStep, PurchaseStep, AdvanceStep, FaultStep, VmsStep, ParallelStep, VerifyStep,
                            InvariantsStep, CoverageStep, LoginStep>;
const char* actionName(const Action& action);  // "request", "purchase", ...

struct Step {
    std::string name;  // empty: described from the action
    Place place;
    Action action;
    std::optional<Expectation> expect;  // request-like steps; absent: the step's default
    std::vector<Save> save;
};

// ---- cases and suites ------------------------------------------------------------------------

struct Case {
    std::string name;
    std::string description;
    std::vector<std::string> tags;
    std::optional<std::string> skip;  // the reason ("" when `skip: true`)
    std::vector<std::pair<std::string, JsonTemplate>> variables;
    std::vector<Step> steps;
    Place place;
};

struct Defaults {
    Auth auth = Auth::app;
    std::vector<std::pair<std::string, std::string>> headers;
    std::chrono::milliseconds timeout{10'000};
};

struct Suite {
    std::string file;  // as given on the command line
    std::string name;
    std::string scenarioPath;  // resolved against the suite's folder; empty: the server's scenario
    std::vector<std::pair<std::string, JsonTemplate>> variables;
    Defaults defaults;
    std::vector<std::string> tags;  // added to every case's
    std::vector<Case> cases;
};

// The variables every case has without declaring them.
const std::vector<std::string>& builtinVariables();

}  // namespace pcsim::suite
