#include "sim/customers_ops.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>

#include "partnercenter/text.hpp"
#include "sim/lookup.hpp"

namespace pcsim::sim {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::startsWithIgnoreCase;
namespace {

// Continuation tokens are the hex of "pcsim.customers.<worldTag>.<offset>": opaque to a client, yet
// this world can tell its own tokens from garbage and from another scenario's (whose offsets would
// page through a different customer list without anyone noticing).
constexpr std::string_view tokenPrefix = "pcsim.customers.";

std::string worldTag(const Scenario& scenario) {
    std::uint64_t hash = 1469598103934665603ULL;  // FNV-1a over the scenario name, then the seed
    for (unsigned char c : scenario.name) hash = (hash ^ c) * 1099511628211ULL;
    hash = (hash ^ scenario.seed) * 1099511628211ULL;
    static constexpr char digits[] = "0123456789abcdef";
    std::string tag(16, '0');
    for (auto& c : tag) {
        c = digits[hash & 15];
        hash >>= 4;
    }
    return tag;
}

std::string toHex(std::string_view text) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size() * 2);
    for (unsigned char c : text) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

std::optional<std::string> fromHex(std::string_view hex) {
    if (hex.size() % 2 != 0) return std::nullopt;
    std::string out;
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        unsigned value = 0;
        auto [end, ec] = std::from_chars(hex.data() + i, hex.data() + i + 2, value, 16);
        if (ec != std::errc{} || end != hex.data() + i + 2) return std::nullopt;
        out += char(value);
    }
    return out;
}

std::string encodeToken(const World& world, std::size_t offset) {
    return toHex(std::string(tokenPrefix) + worldTag(world.scenario()) + "." + std::to_string(offset));
}

// The offset a token carries, if this world issued it (offsets always point inside the list).
std::optional<std::size_t> decodeToken(const World& world, std::string_view token) {
    auto text = fromHex(token);
    std::string expected = std::string(tokenPrefix) + worldTag(world.scenario()) + ".";
    if (!text || text->rfind(expected, 0) != 0) return std::nullopt;
    std::string_view digits = std::string_view(*text).substr(expected.size());
    std::size_t offset = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), offset);
    if (ec != std::errc{} || end != digits.data() + digits.size() || digits.empty()) return std::nullopt;
    if (offset == 0 || offset >= world.customers().size()) return std::nullopt;
    return offset;
}

// The customer field a filter compares, or 400 800002 for a field the service does not filter on.
Result<const std::string Customer::*> filterField(const CustomerFilter& filter) {
    if (equalsIgnoreCase(filter.field, "CompanyName")) return &Customer::companyName;
    if (equalsIgnoreCase(filter.field, "Domain")) return &Customer::domain;
    return badRequest(customer_error::invalidInput,
                      "filter: Field '" + filter.field + "' is not supported (CompanyName or Domain).");
}

std::optional<ApiError> filterOperatorProblem(const CustomerFilter& filter) {
    if (filter.operatorName.empty() || equalsIgnoreCase(filter.operatorName, "starts_with")) return std::nullopt;
    return badRequest(customer_error::invalidInput,
                      "filter: Operator '" + filter.operatorName + "' is not supported (starts_with).");
}

}  // namespace

Result<int> readPageSize(const std::optional<std::string>& text) {
    if (!text || text->empty()) return 0;
    // An explicit '+' is read as the service's .NET parser reads it; from_chars itself takes only '-'.
    const std::string_view digits = std::string_view(*text).substr(text->front() == '+' ? 1 : 0);
    const bool signedTwice = text->front() == '+' && !digits.empty() && digits.front() == '-';
    long value = 0;
    const auto [stop, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (!signedTwice && ec == std::errc::result_out_of_range)
        return digits.front() == '-' ? -1 : maxCustomerPageSize + 1;
    if (signedTwice || ec != std::errc{} || stop != digits.data() + digits.size())
        return badRequest(customer_error::invalidInput,
                          "The query parameter 'size' must be an integer, got '" + *text + "'.");
    return int(std::clamp<long>(value, -1, maxCustomerPageSize + 1));
}

Result<CustomerPage> listCustomers(const World& world, int size, const std::optional<CustomerFilter>& filter,
                                   std::optional<std::string_view> continuationToken) {
    const std::string Customer::*field = nullptr;
    if (filter) {
        if (auto problem = filterOperatorProblem(*filter)) return *problem;
        auto resolved = filterField(*filter);
        if (!resolved) return resolved.error();
        field = *resolved;
    }
    auto matches = [&](const CustomerState& state) {
        return !filter || startsWithIgnoreCase(state.customer.*field, filter->value);
    };

    std::size_t pageSize = size <= 0 ? defaultCustomerPageSize : std::size_t(std::min(size, maxCustomerPageSize));
    std::size_t position = 0;
    if (continuationToken) {
        auto offset = decodeToken(world, *continuationToken);
        if (!offset) return badRequest(customer_error::invalidInput, "MS-ContinuationToken is not valid.");
        position = *offset;
    }

    const auto& customers = world.customers();
    CustomerPage page;
    page.size = int(pageSize);
    for (; position < customers.size() && page.items.size() < pageSize; ++position)
        if (matches(customers[position])) page.items.push_back(customers[position].customer);
    // A next page exists only if a match remains; then the token resumes the scan where this one stopped.
    if (std::any_of(customers.begin() + std::ptrdiff_t(position), customers.end(), matches))
        page.continuationToken = encodeToken(world, position);
    return page;
}

Result<Customer> getCustomer(const World& world, std::string_view customerId) {
    auto state = customerOr404(world, customerId);
    if (!state) return state.error();
    return (*state)->customer;
}

Result<std::vector<Subscription>> listSubscriptions(const World& world, std::string_view customerId) {
    auto state = customerOr404(world, customerId);
    if (!state) return state.error();
    return (*state)->customer.subscriptions;
}

Result<Subscription> getSubscription(const World& world, std::string_view customerId, std::string_view subscriptionId) {
    auto state = customerOr404(world, customerId);
    if (!state) return state.error();
    auto subscription = subscriptionOr404((*state)->customer, subscriptionId);
    if (!subscription) return subscription.error();
    return **subscription;
}

Result<Done> registerSubscription(World& world, std::string_view customerId, std::string_view subscriptionId) {
    auto state = customerOr404(world, customerId);
    if (!state) return state.error();
    auto found = subscriptionOr404((*state)->customer, subscriptionId);
    if (!found) return found.error();
    Subscription& subscription = **found;
    if (!subscription.isAzure())
        return badRequest(customer_error::notAzureSubscription,
                          "Subscription " + subscription.id + " is not a valid Azure subscription.");
    if (subscription.status != SubscriptionStatus::active)
        return badRequest(customer_error::notActiveSubscription,
                          "Subscription " + subscription.id + " is not an active subscription.");

    const Timestamp now = world.now();
    switch (subscription.registrationAt(now)) {
        case RegistrationState::registered:
            // Settle a completed `registering` so that later reads need not know about the delay.
            subscription.registration = RegistrationState::registered;
            subscription.registrationCompletesAt.reset();
            break;
        case RegistrationState::registering:
            break;  // accepted again; the registration already under way keeps its completion time
        case RegistrationState::notregistered: {
            const auto delay = std::chrono::seconds{world.behaviour().registrationDelaySeconds};
            if (delay.count() <= 0) {
                subscription.registration = RegistrationState::registered;
            } else {
                subscription.registration = RegistrationState::registering;
                subscription.registrationCompletesAt = now + delay;
            }
            break;
        }
    }
    return Done{};
}

Result<RegistrationState> registrationStatus(const World& world, std::string_view customerId,
                                             std::string_view subscriptionId) {
    auto state = customerOr404(world, customerId);
    if (!state) return state.error();
    auto subscription = subscriptionOr404((*state)->customer, subscriptionId);
    if (!subscription) return subscription.error();
    return (*subscription)->registrationAt(world.now());
}

}  // namespace pcsim::sim
