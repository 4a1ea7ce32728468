// pcctl entitlements list CUSTOMER (App+User credentials)
#include "cli.hpp"
#include "table.hpp"

namespace pcctl {

namespace {

int listEntitlements(const Cli& cli, const std::string& customerId) {
    auto entitlements = cli.client().customers().byId(customerId).entitlements().get();
    if (cli.json) {
        cli.printJson(entitlements.items);
        return ok;
    }
    Table table({"ORDER", "LINE", "PRODUCT", "SKU", "QTY", "TYPE", "RESERVATION ORDER", "EXPIRES"});
    for (const auto& e : entitlements.items) {
        std::string reservationOrder;
        for (const auto& a : e.entitledArtifacts)
            if (a.resourceId) reservationOrder = *a.resourceId;
        table.add({e.referenceOrder ? e.referenceOrder->id : "", e.referenceOrder ? e.referenceOrder->lineItemId : "",
                   e.productId.value_or(""), e.skuId.value_or(""), e.quantity ? std::to_string(*e.quantity) : "",
                   e.entitlementType, reservationOrder, e.expiryDate.value_or("")});
    }
    table.print(std::cout);
    return ok;
}

}  // namespace

void addEntitlementCommands(CLI::App& app, Cli& cli) {
    auto* entitlements = app.add_subcommand("entitlements", "A customer's entitlements (App+User credentials)");
    entitlements->require_subcommand(1);
    auto customerId = std::make_shared<std::string>();
    auto* list = entitlements->add_subcommand("list", "List a customer's entitlements");
    list->add_option("CUSTOMER", *customerId, "Customer (tenant) id")->required();
    list->callback(
        [&cli, customerId] { cli.action = [&cli, customerId] { return listEntitlements(cli, *customerId); }; });
}

}  // namespace pcctl
