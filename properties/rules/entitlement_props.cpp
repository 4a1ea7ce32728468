// Orders and entitlements agree: every fulfilled order line has exactly one entitlement with the
// same product, SKU and quantity, and no entitlement exists without a fulfilled order line.
#include "support/property.hpp"

#include "rules/shop.hpp"

namespace pcsim::properties {
namespace {

namespace gen = rc::gen;

// A few purchases by customer 0 of a shop world, with time passing after each (provisioning may
// still be under way at the end).
struct PurchaseStep {
    std::vector<LinePick> lines;
    std::int64_t secondsAfter = 0;
};

void showValue(const PurchaseStep& step, std::ostream& os) {
    os << "buy {";
    for (const auto& line : step.lines) {
        showValue(line, os);
        os << " ";
    }
    os << "} then wait " << step.secondsAfter << " s";
}

rc::Gen<PurchaseStep> genPurchaseStep() {
    return gen::exec([=] {
        PurchaseStep value{};
        value.lines = *smallVector(1, 3, genValidLine());
        value.secondsAfter = *gen::element<std::int64_t>(0, 60, 299, 300, 3600, 86400, 90000);
        return value;
    });
}

std::unique_ptr<sim::World> buyAll(const WorldSpec& spec, const std::vector<PurchaseStep>& steps) {
    auto world = buildWorld(spec);
    for (const auto& step : steps) {
        auto cart = sim::createCart(*world, customerId(0), cartOfPicks(validLines(spec, step.lines)), kUser);
        RC_ASSERT(cart.ok());
        RC_ASSERT(sim::checkout(*world, customerId(0), cart->id).ok());
        world->clock.advance(std::chrono::seconds{step.secondsAfter});
    }
    return world;
}

std::vector<sim::EntitlementView> entitlementsOf(const sim::World& world) {
    auto entitlements = sim::listEntitlements(world, customerId(0), std::nullopt);
    RC_ASSERT(entitlements.ok());
    return *entitlements;
}

PCSIM_PROPERTY(Entitlements, EveryFulfilledOrderLineHasExactlyOne, ()) {
    const WorldSpec spec = *genShopWorld();
    const auto world = buyAll(spec, *smallVector(1, 4, genPurchaseStep()));
    const auto entitlements = entitlementsOf(*world);
    const sim::CustomerState& customer = *world->findCustomer(customerId(0));
    RC_CLASSIFY(entitlements.size() < world->reservationOrders().size(), "some orders still provisioning");
    for (const auto& [id, order] : customer.orders) {
        const bool fulfilled = order.statusAt(world->now()) == sim::OrderStatus::completed;
        for (const auto& line : order.lines) {
            std::vector<const sim::EntitlementView*> matches;
            for (const auto& entitlement : entitlements)
                if (entitlement.orderId == order.id && entitlement.lineItemNumber == line.lineItemNumber)
                    matches.push_back(&entitlement);
            RC_ASSERT(matches.size() == (fulfilled ? 1u : 0u));
            if (!fulfilled) continue;
            RC_ASSERT(matches[0]->productId == line.productId);
            RC_ASSERT(matches[0]->skuId == line.skuId);
            RC_ASSERT(matches[0]->quantity == line.quantity);
        }
    }
}

PCSIM_PROPERTY(Entitlements, NoneWithoutAFulfilledOrderLine, ()) {
    const WorldSpec spec = *genShopWorld();
    const auto world = buyAll(spec, *smallVector(1, 4, genPurchaseStep()));
    const sim::CustomerState& customer = *world->findCustomer(customerId(0));
    const auto entitlements = entitlementsOf(*world);
    // As many as there are lines of completed orders, so that an empty list passes only when
    // nothing has been fulfilled yet.
    std::size_t fulfilledLines = 0;
    for (const auto& [id, order] : customer.orders)
        if (order.statusAt(world->now()) == sim::OrderStatus::completed) fulfilledLines += order.lines.size();
    RC_CLASSIFY(entitlements.empty(), "no entitlements yet");
    RC_ASSERT(entitlements.size() == fulfilledLines);
    for (const auto& entitlement : entitlements) {
        auto order = customer.orders.find(entitlement.orderId);
        RC_ASSERT(order != customer.orders.end());
        RC_ASSERT(order->second.statusAt(world->now()) == sim::OrderStatus::completed);
        RC_ASSERT(entitlement.lineItemNumber >= 0);
        RC_ASSERT(std::size_t(entitlement.lineItemNumber) < order->second.lines.size());
        const sim::OrderLine& line = order->second.lines[std::size_t(entitlement.lineItemNumber)];
        RC_ASSERT(entitlement.quantity == line.quantity);
        // The artifact behind it is the reservation order that line created, with that quantity.
        auto artifact = sim::reservationArtifact(*world, customerId(0), entitlement.reservationOrder.id);
        RC_ASSERT(artifact.ok());
        RC_ASSERT(artifact->id == line.reservationOrderId);
        RC_ASSERT(artifact->reservations.at(0).quantity == line.quantity);
    }
}

}  // namespace
}  // namespace pcsim::properties
