// pcctl register CUSTOMER SUBSCRIPTION [--wait]
#include "cli.hpp"

namespace pcctl {

namespace {

struct RegisterArgs {
    std::string customerId;
    std::string subscriptionId;
    bool wait = false;
};

int registerSubscription(const Cli& cli, const RegisterArgs& args) {
    auto partner = cli.client();
    auto subscription = partner.customers().byId(args.customerId).subscriptions().byId(args.subscriptionId);
    if (args.wait) {
        partnercenter::PurchaseFlow flow(
            partner, {}, [](partnercenter::PurchaseStep, std::string_view message) { std::cerr << message << "\n"; });
        flow.ensureRegistered(args.customerId, args.subscriptionId);
    } else {
        subscription.registerForReservedInstances();
    }
    auto status = subscription.registrationStatus();
    if (cli.json) cli.printJson(partnercenter::models::to_ordered_json(status));
    else std::cout << "Subscription " << status.subscriptionId << ": " << status.status << "\n";
    return ok;
}

}  // namespace

void addRegisterCommand(CLI::App& app, Cli& cli) {
    auto args = std::make_shared<RegisterArgs>();
    auto* cmd = app.add_subcommand("register", "Register a subscription for reserved-instance purchases");
    cmd->add_option("CUSTOMER", args->customerId, "Customer (tenant) id")->required();
    cmd->add_option("SUBSCRIPTION", args->subscriptionId, "Subscription id")->required();
    cmd->add_flag("--wait", args->wait, "Poll until the registration is complete");
    cmd->callback([&cli, args] { cli.action = [&cli, args] { return registerSubscription(cli, *args); }; });
}

}  // namespace pcctl
