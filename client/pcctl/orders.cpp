// pcctl orders list CUSTOMER | orders show CUSTOMER ORDER
#include "cli.hpp"
#include "table.hpp"

namespace pcctl {

namespace {

int listOrders(const Cli& cli, const std::string& customerId) {
    auto orders = cli.client().customers().byId(customerId).orders().withPrices().get();
    if (cli.json) {
        cli.printJson(orders.items);
        return ok;
    }
    Table table({"ID", "CREATED", "STATUS", "LINES", "TOTAL"});
    for (const auto& o : orders.items)
        table.add({o.id.value_or(""), o.creationDate.value_or(""), o.status.value_or(""),
                   std::to_string(o.lineItems.size()), money(o.totalPrice, o.currencyCode.value_or(""))});
    table.print(std::cout);
    return ok;
}

int showOrder(const Cli& cli, const std::string& customerId, const std::string& orderId) {
    auto order = cli.client().customers().byId(customerId).orders().withPrices().byId(orderId).get();
    if (cli.json) {
        cli.printJson(partnercenter::models::to_ordered_json(order));
        return ok;
    }
    const std::string currency = order.currencyCode.value_or("");
    std::cout << "Order " << order.id.value_or("") << "\n"
              << "  status:   " << order.status.value_or("") << "\n"
              << "  created:  " << order.creationDate.value_or("") << "\n"
              << "  billing:  "
              << (order.billingCycle ? std::string(partnercenter::models::to_string(*order.billingCycle)) : "") << "\n"
              << "  total:    " << money(order.totalPrice, currency) << "\n\n";
    Table table({"LINE", "OFFER", "TERM", "QTY", "SCOPE", "UNIT PRICE", "LINE TOTAL"});
    for (const auto& line : order.lineItems) {
        std::string scope;
        if (line.provisioningContext)
            if (const auto* s = partnercenter::models::findCaseInsensitive(*line.provisioningContext, "scope"))
                scope = *s;
        auto pricing = line.pricing.value_or(partnercenter::models::Pricing{});
        table.add({std::to_string(line.lineItemNumber), line.offerId, line.termDuration.value_or(""),
                   std::to_string(line.quantity), scope, money(pricing.listPrice, currency),
                   money(pricing.extendedPrice, currency)});
    }
    table.print(std::cout, 2);
    return ok;
}

}  // namespace

void addOrderCommands(CLI::App& app, Cli& cli) {
    auto* orders = app.add_subcommand("orders", "A customer's orders");
    orders->require_subcommand(1);

    auto listCustomer = std::make_shared<std::string>();
    auto* list = orders->add_subcommand("list", "List a customer's orders, with prices");
    list->add_option("CUSTOMER", *listCustomer, "Customer (tenant) id")->required();
    list->callback(
        [&cli, listCustomer] { cli.action = [&cli, listCustomer] { return listOrders(cli, *listCustomer); }; });

    auto ids = std::make_shared<std::pair<std::string, std::string>>();
    auto* show = orders->add_subcommand("show", "Show one order and its lines");
    show->add_option("CUSTOMER", ids->first, "Customer (tenant) id")->required();
    show->add_option("ORDER", ids->second, "Order id")->required();
    show->callback([&cli, ids] { cli.action = [&cli, ids] { return showOrder(cli, ids->first, ids->second); }; });
}

}  // namespace pcctl
