// pcctl catalog search --country CC [--term P1Y|P3Y] [--region R] [--series S] [--size SIZE]
#include "cli.hpp"
#include "table.hpp"

#include <partnercenter/models/summary.hpp>

namespace pcctl {

namespace {

struct SearchArgs {
    std::string country;
    std::string term, region, series, size;
};

std::optional<std::string> given(const std::string& value) {
    return value.empty() ? std::nullopt : std::optional<std::string>(value);
}

partnercenter::models::OfferSummary summary(const partnercenter::ReservationOffer& o) {
    partnercenter::models::OfferSummary out;
    out.catalogItemId = o.catalogItemId();
    out.productId = o.product.id;
    out.skuId = o.sku.id;
    out.availabilityId = o.availability.id;
    out.product = o.product.title.value_or("");
    out.size = o.armSkuName();
    out.region = o.armRegionName();
    out.regionName = o.regionDisplayName();
    out.term = o.term();
    out.unitPrice = o.unitPrice();
    out.currencyCode = o.currencyCode();
    return out;
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
        std::vector<partnercenter::models::OfferSummary> rows;
        for (const auto& o : offers) rows.push_back(summary(o));
        cli.printJson(partnercenter::models::to_ordered_json(rows));
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
