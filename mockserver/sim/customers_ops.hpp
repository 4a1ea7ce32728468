#pragma once
// Customers and their subscriptions: listing with seek paging, lookup, and registration of a
// subscription for reserved-instance purchase.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/errors/partner_center.hpp"
#include "sim/result.hpp"
#include "sim/world.hpp"

namespace pcsim::sim {

// `filter` of GET /v1/customers: {"Field":"CompanyName"|"Domain","Value":"...","Operator":"starts_with"}.
struct CustomerFilter {
    std::string field;         // CompanyName or Domain (case-insensitive)
    std::string value;         // prefix, compared case-insensitively
    std::string operatorName;  // starts_with (case-insensitive); empty means starts_with
};

struct CustomerPage {
    std::vector<Customer> items;
    int size = 0;  // the page size used: the default, or the one asked for within the maximum
    // Set when more customers follow; the client sends it back as MS-ContinuationToken.
    std::optional<std::string> continuationToken;
};

inline constexpr int defaultCustomerPageSize = 100;
inline constexpr int maxCustomerPageSize = 500;

// The `size` query parameter: absent or empty is 0 (the default); text that is not an integer is
// 400 800002. Values far outside the range are kept just outside it (listCustomers clamps).
Result<int> readPageSize(const std::optional<std::string>& text);

// size <= 0 means the default; sizes above the maximum are clamped. A filter on another field or
// with another operator, or a continuation token that this world did not issue, is 400 800002.
// Customers keep the order of the scenario.
Result<CustomerPage> listCustomers(const World& world, int size, const std::optional<CustomerFilter>& filter,
                                   std::optional<std::string_view> continuationToken);
Result<Customer> getCustomer(const World& world, std::string_view customerId);

Result<std::vector<Subscription>> listSubscriptions(const World& world, std::string_view customerId);
Result<Subscription> getSubscription(const World& world, std::string_view customerId, std::string_view subscriptionId);

// POST .../registrations: 202 semantics. Already registered (or registering) is accepted again.
// The state becomes `registering` and turns `registered` after behaviour.registrationDelaySeconds
// (at once when 0).
Result<Done> registerSubscription(World& world, std::string_view customerId, std::string_view subscriptionId);
// The state as of now on the simulated clock.
Result<RegistrationState> registrationStatus(const World& world, std::string_view customerId,
                                             std::string_view subscriptionId);

}  // namespace pcsim::sim
