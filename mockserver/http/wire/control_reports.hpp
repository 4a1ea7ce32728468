#pragma once
// Small control-plane answers: GET /_pcsim/invariants, GET /_pcsim/sandboxes and the scenario's
// GET and PUT /_pcsim/scenario.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "http/wire/fields.hpp"

namespace pcsim::http {

struct InvariantViolationDocument {
    std::string invariant;
    std::string description;
    std::string subject;
};

struct InvariantsAnswer {
    bool ok = true;
    std::vector<std::string> checked;
    std::vector<InvariantViolationDocument> violations;
    std::optional<std::uint64_t> omitted;  // only when violations were left out
};

struct SandboxDocument {
    std::string name;
    std::string scenario;
    sim::Timestamp createdAt{};
    sim::Timestamp lastUsedAt{};
    std::uint64_t requests = 0;
};

struct SandboxList {
    std::uint64_t totalCount = 0;
    std::uint64_t limit = 0;
    std::int64_t idleSeconds = 0;
    std::uint64_t journalCapacity = 0;
    std::uint64_t operationLogCapacity = 0;
    std::vector<SandboxDocument> items;
};

// GET /_pcsim/scenario: the loaded scenario; `source` is its YAML text with secrets masked.
struct ScenarioDocument {
    std::string name;
    std::string description;
    std::uint64_t seed = 0;
    std::string sandbox;
    std::string source;
};

// PUT /_pcsim/scenario.
struct ScenarioLoaded {
    std::string status = "loaded";
    std::string name;
    std::uint64_t seed = 0;
    std::string sandbox;
};

// POST /_pcsim/reset.
struct ResetAnswer {
    std::string status = "reset";
    std::string scope;
    std::string scenario;
};

// POST /_pcsim/bundle.
struct BundleImported {
    std::string status = "imported";
    std::uint64_t replayed = 0;
    std::string sandbox;
    std::string scenario;
};

// ARM's error body: {"error": {"code", "message"}}.
struct ArmErrorDetail {
    std::string code;
    std::string message;
};
struct ArmErrorBody {
    ArmErrorDetail error;
};

// POST /_pcsim/tokens/expire: every access token minted before `generation` is now expired.
// POST /_pcsim/tokens/expire: which tokens ("access", "refresh" or "all"), default access.
struct TokensExpireRequest {
    std::optional<std::string> tokens;
};

struct TokensExpiredAnswer {
    std::string expired = "access";
    std::int64_t generation = 0;         // access tokens of earlier generations are expired
    std::int64_t refreshGeneration = 0;  // refresh tokens of earlier generations are revoked
};

PCSIM_WIRE_DECLARE_JSON(ResetAnswer);
PCSIM_WIRE_DECLARE_JSON(BundleImported);
PCSIM_WIRE_DECLARE_JSON(ArmErrorDetail);
PCSIM_WIRE_DECLARE_JSON(ArmErrorBody);
PCSIM_WIRE_DECLARE_JSON(TokensExpireRequest);
PCSIM_WIRE_DECLARE_JSON(TokensExpiredAnswer);
PCSIM_WIRE_DECLARE_JSON(InvariantViolationDocument);
PCSIM_WIRE_DECLARE_JSON(InvariantsAnswer);
PCSIM_WIRE_DECLARE_JSON(SandboxDocument);
PCSIM_WIRE_DECLARE_JSON(SandboxList);
PCSIM_WIRE_DECLARE_JSON(ScenarioDocument);
PCSIM_WIRE_DECLARE_JSON(ScenarioLoaded);

}  // namespace pcsim::http
