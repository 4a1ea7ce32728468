// pcctl catalog search --country CC [--term P1Y|P3Y] [--region R] [--series S] [--size SIZE]
#include "cli.hpp"
#include "table.hpp"

namespace pcctl {

namespace {

struct SearchArgs {
    std::string country;
    std::string term, region, series, size;
};

std::optional<std::string> given(const std::string& value) {
    return value.empty() ? std::nullopt : std::optional<std::string>(value);
}

nlohmann::ordered_json offerJson(const partnercenter::ReservationOffer& o) {
    nlohmann::ordered_json j;
    j["catalogItemId"] = o.catalogItemId();
    j["productId"] = o.product.id;
    j["skuId"] = o.sku.id;
    j["availabilityId"] = o.availability.id;
    j["product"] = o.product.title.value_or("");
    j["size"] = o.armSkuName();
    j["region"] = o.armRegionName();
    j["regionName"] = o.regionDisplayName();
    j["term"] = o.term();
    j["unitPrice"] = o.unitPrice() ? nlohmann::ordered_json(*o.unitPrice()) : nlohmann::ordered_json(nullptr);
    j["currencyCode"] = o.currencyCode();
    return j;
}

int search(const Cli& cli, const SearchArgs& args) {
    partnercenter::ReservationQuery query;
    query.country = args.country;
    query.term = given(args.term);
    query.region = given(args.region);
    query.series = given(args.series);
    query.size = given(args.size);
    auto offers = partnercenter::searchReservations(cli.client(), query);
    if (cli.json) {
        nlohmann::ordered_json all = nlohmann::ordered_json::array();
        for (const auto& o : offers) all.push_back(offerJson(o));
        cli.printJson(all);
        return ok;
    }
    Table table({"CATALOG ITEM", "SIZE", "REGION", "TERM", "PRICE"});
    for (const auto& o : offers)
        table.add({o.catalogItemId(), o.armSkuName(), o.armRegionName(), o.term(),
                   money(o.unitPrice(), o.currencyCode(), "shown after checkout")});
    table.print(std::cout);
    return ok;
}

}  // namespace

void addCatalogCommands(CLI::App& app, Cli& cli) {
    auto* catalog = app.add_subcommand("catalog", "The reserved VM instance catalog");
    catalog->require_subcommand(1);
    auto args = std::make_shared<SearchArgs>();
    auto* cmd = catalog->add_subcommand("search", "Find reserved VM instances by market, term, region, series, size");
    cmd->add_option("--country", args->country, "Market, ISO 3166 two letters (e.g. US)")->required();
    cmd->add_option("--term", args->term, "P1Y or P3Y")->check(CLI::IsMember({"P1Y", "P3Y"}, CLI::ignore_case));
    cmd->add_option("--region", args->region, "ARM region name (e.g. eastus2)");
    cmd->add_option("--series", args->series, "VM series (e.g. DSv3)");
    cmd->add_option("--size", args->size, "VM size (e.g. Standard_D4s_v3)");
    cmd->callback([&cli, args] { cli.action = [&cli, args] { return search(cli, *args); }; });
}

}  // namespace pcctl
