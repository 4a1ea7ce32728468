// pcctl buy --customer C --subscription S --size SIZE --region R --term P1Y|P3Y --quantity N
//           --scope shared|single [--country CC] [--yes]
// Shows the review, asks for confirmation (unless --yes), shows progress, ends with the order number.
#include "cli.hpp"
#include "table.hpp"

#include <partnercenter/models/summary.hpp>

#include <string>

#include <unistd.h>

namespace pcctl {

namespace {

namespace pc = partnercenter;

struct BuyArgs {
    std::string customerId, subscriptionId, size, region, term, scope, country;
    int quantity = 1;
    bool yes = false;
};

std::string nameAndId(const std::optional<std::string>& name, const std::string& id) {
    return name && !name->empty() ? *name + " (" + id + ")" : id;
}

void printReview(std::ostream& out, const pc::PurchaseReview& review) {
    const auto& company = review.customer.companyProfile;
    out << "Review\n";
    out << "  Customer:      " << nameAndId(company ? company->companyName : std::nullopt, review.customer.id) << "\n";
    out << "  Subscription:  " << nameAndId(review.subscription.friendlyName, review.subscription.id) << "\n";
    out << "  Cart:          " << review.cart.id.value_or("") << "\n\n";
    Table table({"LINE", "RESERVATION", "REGION", "TERM", "QTY", "SCOPE", "UNIT PRICE", "LINE TOTAL"});
    for (std::size_t i = 0; i < review.lines.size(); ++i) {
        const auto& line = review.lines[i];
        const std::string currency = line.offer.currencyCode();
        table.add({std::to_string(i), line.offer.armSkuName() + " " + line.offer.catalogItemId(),
                   line.offer.armRegionName(), line.offer.term(), std::to_string(line.quantity),
                   std::string(pc::to_string(line.scope)), money(line.unitPrice, currency, "after checkout"),
                   money(line.lineTotal, currency, "after checkout")});
    }
    table.print(out, 2);
    out << "\n";
    for (const auto& line : review.lines) out << "  Scope: " << line.scopeMeaning << "\n";
    out << "  Total: " << money(review.total, review.currencyCode, "price shown after checkout") << "\n";
}

bool confirmed() {
    std::cerr << "Buy these reservations? [y/N] " << std::flush;
    std::string answer;
    if (!std::getline(std::cin, answer)) return false;
    if (isatty(STDIN_FILENO) == 0) std::cerr << answer << "\n";  // a piped answer is not echoed
    return !answer.empty() && (answer[0] == 'y' || answer[0] == 'Y');
}

pc::models::PurchaseSummary summary(const pc::PurchaseReview& review, const pc::PurchaseResult& result) {
    const auto& order = result.orders.front();
    pc::models::PurchaseSummary out;
    out.orderId = result.orderId;
    out.status = result.status;
    out.customerId = review.customer.id;
    out.subscriptionId = review.subscription.id;
    out.cartId = review.cart.id.value_or("");
    out.totalPrice = order.totalPrice;
    out.currencyCode = order.currencyCode.value_or(review.currencyCode);
    out.reservations = result.reservations;
    out.reservationsNote = result.reservationsNote;
    out.orders = result.orders;
    return out;
}

void printResult(const pc::PurchaseResult& result) {
    const auto& order = result.orders.front();
    std::cout << "\nOrder " << result.orderId << " " << result.status << ", total "
              << money(order.totalPrice, order.currencyCode.value_or(""), "not given") << "\n";
    if (!result.reservations.empty()) {
        std::cout << "Reservations:\n";
        Table table({"ID", "NAME", "SCOPE", "QTY", "EFFECTIVE", "EXPIRES"});
        for (const auto& r : result.reservations)
            table.add({r.reservationId, r.displayName, r.scopeType, std::to_string(r.quantity), r.effectiveDateTime,
                       r.expiryDateTime});
        table.print(std::cout, 2);
    }
    if (result.reservationsNote) std::cout << "Note: " << *result.reservationsNote << "\n";
    std::cout << "Order number: " << result.orderId << "\n";
}

int buy(const Cli& cli, const BuyArgs& args) {
    pc::PurchasePlan plan;
    plan.customerId = args.customerId;
    plan.subscriptionId = args.subscriptionId;
    if (!args.country.empty()) plan.country = args.country;
    pc::ReservationLine line;
    line.size = args.size;
    line.region = args.region;
    line.term = args.term;
    line.quantity = args.quantity;
    line.scope = args.scope == "single" ? pc::ReservationScope::single : pc::ReservationScope::shared;
    plan.lines.push_back(line);

    // Progress goes to stderr, so that --json leaves stdout to the one document.
    auto progress = [](pc::PurchaseStep step, std::string_view message) {
        const int number = static_cast<int>(step) + 1;
        if (message == pc::describe(step)) std::cerr << "[" << number << "/10] " << message << "\n";
        else std::cerr << "       " << message << "\n";
    };
    pc::PurchaseFlow flow(cli.client(), {}, progress);
    auto review = flow.prepare(plan);
    printReview(cli.json ? std::cerr : std::cout, review);

    if (!args.yes && !confirmed()) {
        std::cerr << "Nothing was bought. Cart " << review.cart.id.value_or("") << " stays open until it expires.\n";
        return declined;
    }
    auto result = flow.complete(review);
    if (cli.json) cli.printJson(pc::models::to_ordered_json(summary(review, result)));
    else printResult(result);
    return ok;
}

}  // namespace

void addBuyCommand(CLI::App& app, Cli& cli) {
    auto args = std::make_shared<BuyArgs>();
    auto* cmd = app.add_subcommand("buy", "Buy reserved VM instances: review, confirm, check out, wait for the order");
    cmd->add_option("--customer", args->customerId, "Customer (tenant) id")->required();
    cmd->add_option("--subscription", args->subscriptionId, "Azure subscription to buy for")->required();
    cmd->add_option("--size", args->size, "VM size, e.g. Standard_D4s_v3")->required();
    cmd->add_option("--region", args->region, "ARM region name, e.g. eastus2")->required();
    cmd->add_option("--term", args->term, "P1Y or P3Y")->required()->check(CLI::IsMember({"P1Y", "P3Y"}));
    cmd->add_option("--quantity", args->quantity, "Number of instances")->required()->check(CLI::PositiveNumber);
    cmd->add_option("--scope", args->scope, "shared (all the customer's subscriptions) or single (this one)")
        ->required()
        ->check(CLI::IsMember({"shared", "single"}));
    cmd->add_option("--country", args->country, "Market whose catalog to search (default: the customer's)");
    cmd->add_flag("--yes", args->yes, "Do not ask for confirmation");
    cmd->callback([&cli, args] { cli.action = [&cli, args] { return buy(cli, *args); }; });
}

}  // namespace pcctl
