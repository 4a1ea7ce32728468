// pcctl subscriptions list CUSTOMER
#include "cli.hpp"
#include "table.hpp"

namespace pcctl {

namespace {

int listSubscriptions(const Cli& cli, const std::string& customerId) {
    auto subscriptions = cli.client().customers().byId(customerId).subscriptions().get();
    if (cli.json) {
        cli.printJson(subscriptions.items);
        return ok;
    }
    Table table({"ID", "NAME", "OFFER", "STATUS"});
    for (const auto& s : subscriptions.items)
        table.add({s.id, s.friendlyName.value_or(""), s.offerId.value_or(""), s.status});
    table.print(std::cout);
    return ok;
}

}  // namespace

void addSubscriptionCommands(CLI::App& app, Cli& cli) {
    auto* subscriptions = app.add_subcommand("subscriptions", "A customer's subscriptions");
    subscriptions->require_subcommand(1);
    auto* list = subscriptions->add_subcommand("list", "List a customer's subscriptions");
    auto customerId = std::make_shared<std::string>();
    list->add_option("CUSTOMER", *customerId, "Customer (tenant) id")->required();
    list->callback(
        [&cli, customerId] { cli.action = [&cli, customerId] { return listSubscriptions(cli, *customerId); }; });
}

}  // namespace pcctl
