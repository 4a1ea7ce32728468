#pragma once
// The loader's parts, one file per section of the scenario file (read_*.cpp). Each reads its
// section into plain sim values and reports every problem it finds into the shared Diagnostics;
// what it returns is only used when the whole file had no problem. Internal to the loader.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "scenario/diagnostic.hpp"
#include "scenario/id_rules.hpp"
#include "sim/ids.hpp"
#include "sim/scenario.hpp"

namespace pcsim::scenario {

// Each section draws its generated ids from its own stream of the seed, so that editing one
// section never changes the generated ids of another.
enum class IdStream : std::uint64_t {
    partner = 0x70a27e3e5d1c0001ULL,
    catalog = 0xca7a1096e5d10002ULL,
    generatedCatalog = 0x9e3e4a7ed0ca0003ULL,
    customers = 0xc0570e45d1c00004ULL,
};

// What the catalog declares that later sections check against.
struct CatalogFacts {
    std::map<std::string, std::string> groups;  // lower-cased ISF group → spelling; groups of catalog SKUs
    std::unordered_set<std::string> sizes;      // lower-cased armSkuName of catalog SKUs written by hand
};

struct LoadContext {
    explicit LoadContext(Diagnostics& diagnostics) : diags(diagnostics) {}

    Diagnostics& diags;
    std::uint64_t seed = 0;
    sim::Timestamp clockStart{};
    sim::Behaviour behaviour;
    CatalogFacts catalog;

    sim::IdGenerator ids(IdStream stream) const { return sim::IdGenerator(seed ^ std::uint64_t(stream)); }
};

// clock: and behaviour: (read first: customers need the clock start and the registration delay)
void readClock(const YAML::Node& node, LoadContext& ctx, sim::Scenario& out);
sim::Behaviour readBehaviour(const YAML::Node& node, LoadContext& ctx);
sim::TokenSettings readTokens(const YAML::Node& node, LoadContext& ctx);
// partner:
sim::Partner readPartner(const YAML::Node& node, LoadContext& ctx);
// catalog: (fills ctx.catalog)
std::shared_ptr<const sim::Catalog> readCatalog(const YAML::Node& node, LoadContext& ctx);
// One SKU of a product, with its availabilities; a missing id stays empty (assigned by readCatalog).
std::optional<sim::Sku> readSku(const YAML::Node& node, const std::string& path, LoadContext& ctx);
// customers: (after the catalog: VM sizes and vCPU quota groups are checked against it)
std::vector<sim::Customer> readCustomers(const YAML::Node& node, LoadContext& ctx);
// faults: and throttling:
std::vector<sim::FaultRule> readFaults(const YAML::Node& node, LoadContext& ctx);
// One rule of `faults:` at `path`; `defaultName` names it when it gives no name ("" = the name is
// required, as for rules added at run time); `names` refuses a name given twice.
std::optional<sim::FaultRule> readFaultRule(const YAML::Node& node, const std::string& path, LoadContext& ctx,
                                            const std::string& defaultName, UniqueIds& names);
sim::Throttling readThrottling(const YAML::Node& node, LoadContext& ctx);

}  // namespace pcsim::scenario
