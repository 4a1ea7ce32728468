// The `catalog:` section: market and currency, products written by hand, and `generate`.
#include <cctype>

#include "partnercenter/text.hpp"
#include "scenario/catalog_generator.hpp"
#include "scenario/catalog_naming.hpp"
#include "scenario/id_rules.hpp"
#include "scenario/sections.hpp"
#include "scenario/yaml_fields.hpp"
#include "sim/isf_tables.hpp"

namespace pcsim::scenario {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::toLower;
using partnercenter::text::toUpper;
namespace {

// Made-up regions beyond this many would exhaust the 4-character SKU id space of one product.
constexpr std::int64_t kMaxSyntheticRegions = 50000;

struct Currency {
    std::string code = "USD";
    std::string symbol = "$";
};

Currency readCurrency(const MapReader& catalog, LoadContext& ctx) {
    Currency out;
    MapReader currency(catalog.value("currency"), "catalog.currency", ctx.diags, {"code", "symbol"});
    if (auto code = currency.text("code")) {
        bool letters = code->size() == 3;
        for (char c : *code) letters = letters && std::isalpha(static_cast<unsigned char>(c));
        if (!letters) currency.error("code", "'code' must be a three-letter ISO 4217 currency code such as USD");
        out.code = toUpper(*code);
        out.symbol = currencySymbolOf(out.code);
    }
    if (auto symbol = currency.text("symbol")) out.symbol = *symbol;
    return out;
}

std::optional<sim::Product> readProduct(const YAML::Node& node, const std::string& path, LoadContext& ctx) {
    MapReader map(node, path, ctx.diags, {"id", "title", "description", "targetViews", "productType", "skus"});
    if (!map.isMapping()) return std::nullopt;
    sim::Product product;
    if (auto id = map.text("id")) {
        if (isCatalogId(*id)) product.id = *id;
        else
            map.error("id",
                      "'id' may contain only letters, digits, '-', '_' and '.' (it becomes part of a "
                      "catalogItemId and of URLs), not '" +
                          *id + "'");
    }
    product.targetViews =
        map.textList("targetViews").value_or(std::vector<std::string>{"AzureReservations", "AzureReservationsVM"});
    MapReader productType(map.value("productType"), map.pathOf("productType"), ctx.diags, {"id", "subType"});
    if (auto id = productType.text("id")) product.productTypeId = *id;
    if (auto subType = productType.text("subType")) product.productSubTypeId = *subType;

    if (YAML::Node skus = map.sequence("skus"); skus.IsDefined()) {
        UniqueIds skuIds("SKU id");
        for (std::size_t i = 0; i < skus.size(); ++i) {
            auto sku = readSku(skus[i], indexed(map.pathOf("skus"), i), ctx);
            if (!sku) continue;
            if (!sku->id.empty()) skuIds.add(sku->id, skus[i]["id"], ctx.diags);
            product.skus.push_back(std::move(*sku));
        }
    }
    const std::string group = product.skus.empty() ? "" : product.skus.front().isfGroup;
    product.title = map.text("title").value_or(defaultProductTitle(group));
    product.description = map.text("description").value_or(defaultProductDescription(group));
    return product;
}

// Draws an id for every product, SKU and availability in file order, whether or not the file gives
// one: adding an id by hand then never shifts the generated ids of the others.
std::string drawFreeId(sim::IdGenerator& ids, std::size_t length, const std::string& given, UniqueIds& taken) {
    std::string drawn = ids.catalogId(length);
    if (!given.empty()) return given;
    while (taken.contains(drawn)) drawn = ids.catalogId(length);
    taken.addGenerated(drawn);
    return drawn;
}

void assignMissingIds(std::vector<sim::Product>& products, LoadContext& ctx) {
    sim::IdGenerator ids = ctx.ids(IdStream::catalog);
    UniqueIds productIds("product id");
    for (const auto& product : products)
        if (!product.id.empty()) productIds.addGenerated(product.id);
    for (auto& product : products) {
        product.id = drawFreeId(ids, 12, product.id, productIds);
        UniqueIds skuIds("SKU id");
        for (const auto& sku : product.skus)
            if (!sku.id.empty()) skuIds.addGenerated(sku.id);
        for (auto& sku : product.skus) {
            sku.id = drawFreeId(ids, 4, sku.id, skuIds);
            sku.productId = product.id;
            UniqueIds availabilityIds("availability id");
            for (const auto& availability : sku.availabilities)
                if (!availability.id.empty()) availabilityIds.addGenerated(availability.id);
            for (auto& availability : sku.availabilities)
                availability.id = drawFreeId(ids, 12, availability.id, availabilityIds);
        }
    }
}

// Reads a list of choices, reporting an entry listed twice.
std::vector<std::string> readDistinctChoices(const MapReader& map, std::string_view key,
                                             const std::vector<std::string>& allowed, Need need) {
    std::vector<std::string> out;
    YAML::Node list = map.sequence(key, need);
    if (!list.IsDefined()) return out;
    UniqueIds seen("entry");
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto value = readChoice(list[i], indexed(std::string(key), i), map.diagnostics(), allowed);
        if (value && seen.add(*value, list[i], map.diagnostics())) out.push_back(*value);
    }
    return out;
}

std::vector<Region> readGeneratedRegions(const MapReader& generate, LoadContext& ctx) {
    std::vector<Region> regions;
    YAML::Node node = generate.value("regions");
    if (generate.has("regions") && node.IsScalar()) {
        if (equalsIgnoreCase(node.Scalar(), "all")) regions = knownRegions();
        else
            generate.error("regions", "'regions' must be a list of region names or 'all', not '" + node.Scalar() + "'");
    } else if (YAML::Node list = generate.sequence("regions"); list.IsDefined()) {
        UniqueIds seen("region");
        for (std::size_t i = 0; i < list.size(); ++i) {
            auto name = readText(list[i], "regions[" + std::to_string(i) + "]", ctx.diags);
            if (!name || !seen.add(*name, list[i], ctx.diags)) continue;
            const Region* known = findRegion(*name);
            regions.push_back(known ? *known : Region{toLower(*name), *name, 1.0});
        }
    }
    if (auto count = generate.integer("syntheticRegions", Need::optional, 0, kMaxSyntheticRegions))
        for (std::int64_t i = 1; i <= *count; ++i) regions.push_back(syntheticRegion(std::size_t(i)));
    if (regions.empty() && generate.isMapping())
        generate.error("'generate' needs at least one region: 'regions' (a list, or all) or 'syntheticRegions'");
    return regions;
}

std::optional<CatalogGeneration> readGeneration(const MapReader& catalog, LoadContext& ctx) {
    if (!catalog.has("generate")) return std::nullopt;
    MapReader generate(catalog.value("generate"), "catalog.generate", ctx.diags,
                       {"series", "regions", "syntheticRegions", "terms"});
    if (!generate.isMapping()) return std::nullopt;
    CatalogGeneration out;
    out.series = readDistinctChoices(generate, "series", sim::isfGroups(), Need::required);
    out.regions = readGeneratedRegions(generate, ctx);
    out.terms = generate.has("terms") ? readDistinctChoices(generate, "terms", reservationTerms(), Need::optional)
                                      : std::vector<std::string>{"P1Y", "P3Y"};
    return out;
}

}  // namespace

std::shared_ptr<const sim::Catalog> readCatalog(const YAML::Node& node, LoadContext& ctx) {
    MapReader catalog(node, "catalog", ctx.diags, {"country", "currency", "products", "generate"});
    std::string country = "US";
    if (auto value = catalog.text("country")) {
        if (!isCountryCode(*value)) catalog.error("country", "'country' must be a two-letter country code such as US");
        country = toUpper(*value);
    }
    Currency currency = readCurrency(catalog, ctx);

    std::vector<sim::Product> products;
    if (YAML::Node list = catalog.sequence("products"); list.IsDefined()) {
        UniqueIds productIds("product id");
        for (std::size_t i = 0; i < list.size(); ++i) {
            auto product = readProduct(list[i], indexed("catalog.products", i), ctx);
            if (!product) continue;
            if (!product->id.empty()) productIds.add(product->id, list[i]["id"], ctx.diags);
            products.push_back(std::move(*product));
        }
    }
    auto generation = readGeneration(catalog, ctx);
    if (!ctx.diags.empty()) return nullptr;  // ids and generation only matter for a file without problems

    assignMissingIds(products, ctx);
    if (generation) {
        sim::IdGenerator ids = ctx.ids(IdStream::generatedCatalog);
        generateCatalog(*generation, products, ids);
    }
    return std::make_shared<const sim::Catalog>(std::move(country), std::move(currency.code),
                                                std::move(currency.symbol), std::move(products));
}

}  // namespace pcsim::scenario
