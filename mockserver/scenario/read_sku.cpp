// One SKU of `catalog.products[].skus` with its availabilities. What the file leaves out is taken
// from the built-in ISF tables (group, ratio, cores, memory) and region table (display name).
#include "partnercenter/text.hpp"
#include "scenario/catalog_naming.hpp"
#include "scenario/id_rules.hpp"
#include "scenario/regions.hpp"
#include "scenario/sections.hpp"
#include "scenario/yaml_fields.hpp"
#include "sim/isf_tables.hpp"

namespace pcsim::scenario {

using partnercenter::text::toLower;
namespace {

const std::vector<std::string> kPrerequisites = {"AzureSubscriptionRegistration", "InventoryCheck"};
const std::vector<std::string> kSegments = {"commercial", "education", "government", "nonprofit"};

std::optional<std::string> readCatalogId(const MapReader& map) {
    auto id = map.text("id");
    if (id && !isCatalogId(*id)) {
        map.error("id",
                  "'id' may contain only letters, digits, '-', '_' and '.' (it becomes part of a "
                  "catalogItemId and of URLs), not '" +
                      *id + "'");
        return std::nullopt;
    }
    return id;
}

std::optional<sim::Availability> readAvailability(const YAML::Node& node, const std::string& path, LoadContext& ctx) {
    MapReader map(node, path, ctx.diags, {"id", "term", "price", "isPurchasable", "reservationScope", "segment"});
    if (!map.isMapping()) return std::nullopt;
    sim::Availability out;
    bool ok = true;
    if (auto id = readCatalogId(map)) out.id = *id;
    if (auto term = map.choice("term", reservationTerms(), Need::required)) out.term = *term;
    else ok = false;
    if (auto price = map.number("price", Need::required)) {
        if (*price < 0) {
            map.error("price", "'price' must not be negative");
            ok = false;
        }
        out.price = *price;
    } else {
        ok = false;
    }
    if (auto purchasable = map.flag("isPurchasable")) out.isPurchasable = *purchasable;
    if (auto scope = map.choice("reservationScope", {"AzurePlan"})) out.reservationScope = *scope;
    if (auto segment = map.choice("segment", kSegments)) out.segment = *segment;
    if (!ok) return std::nullopt;
    return out;
}

// Group and ratio: given ones win, else the built-in tables' (requireSizeKeys reports a size the tables lack).
void resolveIsf(const MapReader& map, const sim::IsfEntry* known, LoadContext& ctx, sim::Sku& sku) {
    auto group = map.text("isfGroup");
    // 0 stands for "not given" below: a given ratio must be greater than 0.
    const auto given = map.number("isfRatio");
    const double ratio = given.value_or(0.0);
    if (given && ratio <= 0) map.error("isfRatio", "'isfRatio' must be greater than 0");
    if (group) {
        std::string_view canonical = sim::canonicalIsfGroup(*group);
        sku.isfGroup = canonical.empty() ? *group : std::string(canonical);
    } else if (known) {
        sku.isfGroup = known->group;
    }
    if (ratio > 0) sku.isfRatio = ratio;
    else if (known) sku.isfRatio = known->ratio;

    if (!sku.isfGroup.empty()) ctx.catalog.groups.emplace(toLower(sku.isfGroup), sku.isfGroup);
}

void readSizeAttributes(const MapReader& map, const sim::IsfEntry* known, sim::Sku& sku) {
    if (auto cores = map.integer("cores", Need::optional, 1, 100000)) sku.cores = int(*cores);
    else if (known) sku.cores = known->cores;
    if (auto ram = map.number("ram", Need::optional, 0)) sku.ram = *ram;
    else if (known) sku.ram = known->ramGb;
}

// A size the built-in tables do not know must say everything the tables would have given.
void requireSizeKeys(const MapReader& map, const sim::Sku& sku) {
    std::vector<std::string> missing;
    for (const char* key : {"isfGroup", "isfRatio", "cores", "ram"})
        if (!map.has(key)) missing.push_back(key);
    if (missing.empty()) return;
    map.error("armSkuName", "'" + sku.armSkuName + "' is not in the built-in instance size flexibility tables; give " +
                                joinNames(missing) + " (built-in groups: " + joinNames(sim::isfGroups()) + ")");
}

void readQuantities(const MapReader& map, sim::Sku& sku) {
    auto minimum = map.integer("minimumQuantity", Need::optional, 1);
    auto maximum = map.integer("maximumQuantity", Need::optional, 1);
    if (minimum) sku.minimumQuantity = *minimum;
    if (maximum) sku.maximumQuantity = *maximum;
    if (sku.minimumQuantity > sku.maximumQuantity)
        map.error(minimum ? "minimumQuantity" : "maximumQuantity",
                  "'minimumQuantity' (" + std::to_string(sku.minimumQuantity) +
                      ") is greater than 'maximumQuantity' (" + std::to_string(sku.maximumQuantity) + ")");
}

void readAvailabilities(const MapReader& map, LoadContext& ctx, sim::Sku& sku) {
    YAML::Node list = map.sequence("availabilities", Need::required);
    if (!list.IsDefined()) return;
    UniqueIds ids("availability id");
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto availability = readAvailability(list[i], indexed(map.pathOf("availabilities"), i), ctx);
        if (!availability) continue;
        if (!availability->id.empty()) ids.add(availability->id, list[i]["id"], ctx.diags);
        sku.availabilities.push_back(std::move(*availability));
    }
}

}  // namespace

std::optional<sim::Sku> readSku(const YAML::Node& node, const std::string& path, LoadContext& ctx) {
    MapReader map(node, path, ctx.diags,
                  {"id", "title", "description", "armSkuName", "armRegionName", "region", "cores", "ram", "isfGroup",
                   "isfRatio", "category", "diskType", "minimumQuantity", "maximumQuantity", "purchasePrerequisites",
                   "payAsYouGoHourly", "availabilities"});
    if (!map.isMapping()) return std::nullopt;
    sim::Sku sku;
    if (auto id = readCatalogId(map)) sku.id = *id;

    const sim::IsfEntry* known = nullptr;
    if (auto name = map.text("armSkuName", Need::required)) {
        known = sim::findIsf(*name);
        sku.armSkuName = known ? sim::armSkuNameOf(*known) : *name;  // canonical spelling when known
        ctx.catalog.sizes.insert(toLower(sku.armSkuName));
    }
    if (auto region = map.text("armRegionName", Need::required)) sku.armRegionName = toLower(*region);
    sku.region = map.text("region").value_or(regionDisplayName(sku.armRegionName));

    resolveIsf(map, known, ctx, sku);
    readSizeAttributes(map, known, sku);
    if (!known && !sku.armSkuName.empty()) requireSizeKeys(map, sku);
    readQuantities(map, sku);
    sku.category = map.text("category").value_or(categoryOfGroup(sku.isfGroup));
    if (auto diskType = map.text("diskType")) sku.diskType = *diskType;

    if (YAML::Node list = map.sequence("purchasePrerequisites"); list.IsDefined()) {
        sku.purchasePrerequisites.clear();
        for (std::size_t i = 0; i < list.size(); ++i)
            if (auto p =
                    readChoice(list[i], "purchasePrerequisites[" + std::to_string(i) + "]", ctx.diags, kPrerequisites))
                sku.purchasePrerequisites.push_back(*p);
    }
    if (auto hourly = map.number("payAsYouGoHourly")) {
        if (*hourly < 0) map.error("payAsYouGoHourly", "'payAsYouGoHourly' must not be negative");
        sku.payAsYouGoHourly = *hourly;
    }
    readAvailabilities(map, ctx, sku);

    std::vector<std::string> terms;
    for (const auto& availability : sku.availabilities) terms.push_back(availability.term);
    sku.title = map.text("title").value_or(defaultSkuTitle(sku.armSkuName, sku.region, terms));
    sku.description = map.text("description").value_or(defaultSkuDescription(sku.armSkuName, sku.region, terms));
    return sku;
}

}  // namespace pcsim::scenario
