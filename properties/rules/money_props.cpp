// Money: an order's total is the sum of quantity × unit price of its lines, in the catalog currency,
// and each line's unit price is its availability's catalog price.
#include "support/property.hpp"

#include <cmath>

#include "rules/shop.hpp"

namespace pcsim::properties {
namespace {

PCSIM_PROPERTY(Money, OrderTotalIsSumOfQuantityTimesUnitPrice, ()) {
    const WorldSpec spec = *genShopWorld();
    const auto lines = validLines(spec, *smallVector(1, 5, genValidLine()));
    auto world = buildWorld(spec);
    auto cart = sim::createCart(*world, customerId(0), cartOfPicks(lines), kUser);
    RC_ASSERT(cart.ok());
    auto result = sim::checkout(*world, customerId(0), cart->id);
    RC_ASSERT(result.ok());
    const sim::Order& order = result->orders.at(0);

    RC_ASSERT(order.currencyCode == spec.currency);
    RC_ASSERT(order.lines.size() == lines.size());
    std::int64_t expectedCents = 0;  // exact, in whole cents
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::int64_t priceCents = availabilityOf(spec, lines[i].item).priceCents;
        RC_ASSERT(std::llround(order.lines[i].unitPrice * 100) == priceCents);
        RC_ASSERT(order.lines[i].quantity == lines[i].quantity);
        expectedCents += lines[i].quantity * priceCents;
    }
    RC_LOG() << "expected total " << expectedCents << " cents, order says " << order.totalPrice() << "\n";
    RC_ASSERT(std::llround(order.totalPrice() * 100) == expectedCents);
    // The stored order (what GET answers) carries the same total.
    auto stored = sim::getOrder(*world, customerId(0), order.id);
    RC_ASSERT(stored.ok());
    RC_ASSERT(std::llround(stored->totalPrice() * 100) == expectedCents);
}

}  // namespace
}  // namespace pcsim::properties
