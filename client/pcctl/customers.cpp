// pcctl customers list | customers show CUSTOMER
#include "cli.hpp"
#include "table.hpp"

namespace pcctl {

namespace {

std::string company(const partnercenter::models::Customer& c) {
    return c.companyProfile ? c.companyProfile->companyName.value_or("") : "";
}
std::string domain(const partnercenter::models::Customer& c) {
    return c.companyProfile ? c.companyProfile->domain.value_or("") : "";
}

int listCustomers(const Cli& cli) {
    auto partner = cli.client();
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    Table table({"ID", "COMPANY", "DOMAIN", "RELATIONSHIP"});
    for (const auto& customer : partner.customers().list()) {
        if (cli.json) all.push_back(partnercenter::models::to_ordered_json(customer));
        else table.add({customer.id, company(customer), domain(customer), customer.relationshipToPartner.value_or("")});
    }
    if (cli.json) cli.printJson(all);
    else table.print(std::cout);
    return ok;
}

int showCustomer(const Cli& cli, const std::string& customerId) {
    auto customer = cli.client().customers().byId(customerId).get();
    if (cli.json) {
        cli.printJson(partnercenter::models::to_ordered_json(customer));
        return ok;
    }
    std::string country;
    if (customer.billingProfile && customer.billingProfile->defaultAddress)
        country = customer.billingProfile->defaultAddress->country.value_or("");
    Table table({"FIELD", "VALUE"});
    table.add({"id", customer.id});
    table.add({"company", company(customer)});
    table.add({"domain", domain(customer)});
    table.add({"country", country});
    table.add({"relationship", customer.relationshipToPartner.value_or("")});
    table.add({"commerceId", customer.commerceId.value_or("")});
    table.print(std::cout);
    return ok;
}

}  // namespace

void addCustomerCommands(CLI::App& app, Cli& cli) {
    auto* customers = app.add_subcommand("customers", "The partner's customers");
    customers->require_subcommand(1);
    customers->add_subcommand("list", "List every customer (all pages)")->callback([&cli] {
        cli.action = [&cli] { return listCustomers(cli); };
    });
    auto* show = customers->add_subcommand("show", "Show one customer");
    auto customerId = std::make_shared<std::string>();
    show->add_option("CUSTOMER", *customerId, "Customer (tenant) id")->required();
    show->callback([&cli, customerId] { cli.action = [&cli, customerId] { return showCustomer(cli, *customerId); }; });
}

}  // namespace pcctl
