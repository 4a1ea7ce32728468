// Buys one reserved VM instance for a customer and prints the order number.
//
//   purchase_example CUSTOMER_ID [SIZE] [REGION]
//
// Credentials and endpoints come from the same environment variables as pcctl; leave
// PARTNERCENTER_ENDPOINT and PARTNERCENTER_AUTHORITY unset to talk to the real Partner Center.
#include <partnercenter/partnercenter.hpp>

#include <cstdlib>
#include <iostream>
#include <string>

namespace pc = partnercenter;

static std::string env(const char* name, const char* fallback = "") {
    const char* value = std::getenv(name);
    return value != nullptr ? value : fallback;
}

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: purchase_example CUSTOMER_ID [SIZE] [REGION]\n";
        return 2;
    }
    const std::string customerId = argv[1];

    // 1. Authenticate: App+User (refresh token), so reservations can be read back at the end.
    pc::ClientOptions options;
    options.endpoint = env("PARTNERCENTER_ENDPOINT", "https://api.partnercenter.microsoft.com");
    options.authority = env("PARTNERCENTER_AUTHORITY", "https://login.microsoftonline.com");
    pc::PartnerClient partner(
        pc::AppUserCredentials{env("PARTNERCENTER_TENANT"), env("PARTNERCENTER_CLIENT_ID"),
                               env("PARTNERCENTER_CLIENT_SECRET"), env("PARTNERCENTER_REFRESH_TOKEN")},
        options);
    try {
        // 2. Find the customer's active Azure subscription.
        std::string subscriptionId;
        for (const pc::models::Subscription& s : partner.customers().byId(customerId).subscriptions().get().items)
            if (pc::text::equalsIgnoreCase(s.status, "active") && s.offerId.value_or("").starts_with("MS-AZR-")) {
                subscriptionId = s.id;
                break;
            }
        if (subscriptionId.empty()) {
            std::cerr << "customer " << customerId << " has no active Azure subscription\n";
            return 1;
        }

        // 3. Buy one reservation: registration, catalog search, inventory check, cart, checkout and
        //    waiting for the order are the flow's steps.
        pc::PurchasePlan plan;
        plan.customerId = customerId;
        plan.subscriptionId = subscriptionId;
        plan.lines.push_back(pc::ReservationLine{.size = argc > 2 ? argv[2] : "Standard_D4s_v3",
                                                 .region = argc > 3 ? argv[3] : "eastus2",
                                                 .term = "P1Y",
                                                 .quantity = 1,
                                                 .scope = pc::ReservationScope::shared});
        pc::PurchaseFlow flow(partner);
        pc::PurchaseResult result = flow.buy(plan);

        // 4. The order number (and the reservations it created).
        std::cout << "order " << result.orderId << " " << result.status << "\n";
        for (const pc::models::Reservation& r : result.reservations)
            std::cout << "reservation " << r.reservationId << " x" << r.quantity << " " << r.scopeType << "\n";
        return 0;
    } catch (const pc::PartnerCenterError& e) {
        // e.step() names the purchase step that failed; e.requestId() is what support asks for.
        std::cerr << "purchase failed: " << e.what() << "\n";
        return 1;
    }
}
