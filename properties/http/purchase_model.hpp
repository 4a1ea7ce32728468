#pragma once
// The model of the stateful HTTP property: what pcsim should hold after any sequence of purchase
// commands on purchase_world.yaml, and the outcome it predicts for each request. Pure: no HTTP.
#include <array>
#include <cstdint>
#include <optional>
#include <ostream>
#include <vector>

#include "http/purchase_world.hpp"

namespace pcsim::properties {

struct ModelLine {
    int item = 0;          // index into world::kItems; -1: a catalog item that does not exist
    int subscription = 0;  // index into the customer's subscriptions; -1: one that does not exist
    int quantity = 1;
    bool single = false;        // scope single (else shared)
    bool lowerCaseIds = false;  // ids sent in lower case (the service compares them without case)
};

struct ModelCart {
    int customer = 0;
    std::vector<ModelLine> lines;
    std::int64_t createdAt = 0;        // simulated seconds since the scenario's start
    std::vector<int> lineErrors;       // errorCode stored on each line, 0 = none
    std::optional<std::size_t> order;  // set by the checkout that ordered it
};

struct ModelOrder {
    int customer = 0;
    std::vector<ModelLine> lines;
};

enum class CheckoutOutcome { notFound, refused, ordered, replayed };
enum class RegistrationOutcome { accepted, notAzure, notActive };

inline constexpr std::int64_t kCartLifetimeSeconds = 7 * 24 * 3600;

struct PurchaseModel {
    std::int64_t now = 0;                       // simulated seconds since the scenario's start
    std::vector<std::vector<bool>> registered;  // [customer][subscription]
    std::vector<ModelCart> carts;
    std::vector<ModelOrder> orders;

    static PurchaseModel initial();

    // The errorCode the service gives this line now (0 = valid): the first failing rule of
    // DECISIONS.md in the order catalog item, subscription, registration, quantity.
    int lineError(int customer, const ModelLine& line) const;
    std::vector<int> lineErrors(int customer, const std::vector<ModelLine>& lines) const;
    bool expired(const ModelCart& cart) const { return now - cart.createdAt >= kCartLifetimeSeconds; }
    CheckoutOutcome checkoutOutcome(std::size_t cart) const;
    RegistrationOutcome registrationOutcome(int customer, int subscription) const;
    std::vector<std::size_t> ordersOf(int customer) const;
    std::int64_t totalCents(const ModelOrder& order) const;

    // State changes (the commands' apply()).
    void checkout(std::size_t cart);
};

void showValue(const ModelLine& line, std::ostream& os);
void showLines(const std::vector<ModelLine>& lines, std::ostream& os);

}  // namespace pcsim::properties
