#include "http/purchase_model.hpp"

#include <algorithm>

namespace pcsim::properties {

namespace {
constexpr int kCatalogItemIdIsNotValid = 10001;
constexpr int kSubscriptionIsNotValid = 10007;
constexpr int kLineInvalidInput = 10010;
constexpr int kSubscriptionNotRegistered = 10011;
}  // namespace

PurchaseModel PurchaseModel::initial() {
    PurchaseModel model;
    model.registered.resize(world::kCustomers.size());
    for (std::size_t c = 0; c < world::kCustomers.size(); ++c)
        for (const auto& subscription : world::kCustomers[c].subscriptions)
            model.registered[c].push_back(subscription.registered);
    return model;
}

int PurchaseModel::lineError(int customer, const ModelLine& line) const {
    if (line.item < 0) return kCatalogItemIdIsNotValid;
    if (line.subscription < 0) return kSubscriptionIsNotValid;
    const auto& subscription = world::kCustomers[std::size_t(customer)].subscriptions[std::size_t(line.subscription)];
    if (!subscription.active || !subscription.azure) return kSubscriptionIsNotValid;
    const world::Item& item = world::kItems[std::size_t(line.item)];
    if (item.requiresRegistration && !registered[std::size_t(customer)][std::size_t(line.subscription)])
        return kSubscriptionNotRegistered;
    if (line.quantity < item.minimum || line.quantity > item.maximum) return kLineInvalidInput;
    return 0;
}

std::vector<int> PurchaseModel::lineErrors(int customer, const std::vector<ModelLine>& lines) const {
    std::vector<int> errors;
    for (const auto& line : lines) errors.push_back(lineError(customer, line));
    return errors;
}

CheckoutOutcome PurchaseModel::checkoutOutcome(std::size_t index) const {
    const ModelCart& cart = carts.at(index);
    if (expired(cart)) return CheckoutOutcome::notFound;
    if (cart.order) return CheckoutOutcome::replayed;
    const auto errors = lineErrors(cart.customer, cart.lines);
    return std::all_of(errors.begin(), errors.end(), [](int e) { return e == 0; }) ? CheckoutOutcome::ordered
                                                                                   : CheckoutOutcome::refused;
}

RegistrationOutcome PurchaseModel::registrationOutcome(int customer, int subscription) const {
    const auto& s = world::kCustomers[std::size_t(customer)].subscriptions[std::size_t(subscription)];
    if (!s.azure) return RegistrationOutcome::notAzure;
    if (!s.active) return RegistrationOutcome::notActive;
    return RegistrationOutcome::accepted;
}

std::vector<std::size_t> PurchaseModel::ordersOf(int customer) const {
    std::vector<std::size_t> mine;
    for (std::size_t o = 0; o < orders.size(); ++o)
        if (orders[o].customer == customer) mine.push_back(o);
    return mine;
}

std::int64_t PurchaseModel::totalCents(const ModelOrder& order) const {
    std::int64_t total = 0;
    for (const auto& line : order.lines) total += line.quantity * world::kItems[std::size_t(line.item)].priceCents;
    return total;
}

void PurchaseModel::checkout(std::size_t index) {
    ModelCart& cart = carts.at(index);
    switch (checkoutOutcome(index)) {
        case CheckoutOutcome::notFound:
        case CheckoutOutcome::replayed: return;
        case CheckoutOutcome::refused: cart.lineErrors = lineErrors(cart.customer, cart.lines); return;
        case CheckoutOutcome::ordered:
            cart.lineErrors.assign(cart.lines.size(), 0);
            cart.order = orders.size();
            orders.push_back({cart.customer, cart.lines});
            return;
    }
}

void showValue(const ModelLine& line, std::ostream& os) {
    os << (line.item < 0 ? "unknown item" : world::kItems[std::size_t(line.item)].catalogItemId) << " x"
       << line.quantity << " on subscription " << line.subscription << (line.single ? " single" : " shared")
       << (line.lowerCaseIds ? " (ids in lower case)" : "");
}

void showLines(const std::vector<ModelLine>& lines, std::ostream& os) {
    os << "[";
    for (std::size_t i = 0; i < lines.size(); ++i) {
        os << (i ? "; " : "");
        showValue(lines[i], os);
    }
    os << "]";
}

}  // namespace pcsim::properties
