// Quantity validation: a line is accepted exactly when its quantity is a whole number within the
// SKU's [minimumQuantity, maximumQuantity]; otherwise the documented error and no order.
#include "support/property.hpp"

#include <partnercenter/models/cart.hpp>

#include "rules/shop.hpp"

namespace pcsim::properties {
namespace {

namespace gen = rc::gen;
namespace models = partnercenter::models;

PCSIM_PROPERTY(Quantity, AcceptedExactlyWithinSkuBounds, ()) {
    const WorldSpec spec = *genShopWorld();
    LinePick pick = *genValidLine();
    pick.quantity = *genQuantity();
    const ResolvedPick line = resolve(spec, 0, eligiblePick(spec, pick));
    RC_LOG() << line << "\n";
    const SkuSpec& sku = spec.skus[line.item.sku];
    const bool within = line.quantity >= sku.minimumQuantity && line.quantity <= sku.maximumQuantity;
    RC_CLASSIFY(line.quantity < 1, "not positive");
    RC_CLASSIFY(line.quantity >= 1 && !within, "outside the bounds");
    RC_CLASSIFY(within, "within the bounds");

    auto world = buildWorld(spec);
    auto cart = sim::createCart(*world, customerId(0), cartOf({line.line}), kUser);
    if (line.quantity < 1) {  // not a positive whole number: a structural error naming the field
        RC_ASSERT(!cart.ok());
        RC_ASSERT(cart.error().http == 400);
        RC_ASSERT(cart.error().code == sim::cart_request_error::invalidInput);
        RC_ASSERT(cart.error().description.find("lineItems[0].quantity") != std::string::npos);
        RC_ASSERT(cartCount(*world) == 0u);
        return;
    }
    RC_ASSERT(cart.ok());
    const auto& error = cart->lines.at(0).error;
    RC_ASSERT(error.has_value() == !within);
    if (error) RC_ASSERT(error->errorCode == sim::cart_error::invalidInput);

    auto result = sim::checkout(*world, customerId(0), cart->id);
    RC_ASSERT(result.ok() == within);
    if (within) {
        RC_ASSERT(result->orders.at(0).lines.at(0).quantity == line.quantity);
    } else {
        RC_ASSERT(result.error().code == sim::checkout_error::cartHasErrors);
        RC_ASSERT(orderCount(*world) == 0u);
    }
}

// What a client may put in the JSON `quantity`: the reader takes a whole number in int32 range (an
// integral float too: 2.0 is 2), and refuses everything else with a ParseError naming the field.
struct WireQuantity {
    nlohmann::json value;
    std::optional<int> accepted;  // what it must read as, or nothing when it must be refused
};

void showValue(const WireQuantity& q, std::ostream& os) { os << "quantity " << q.value.dump(); }

rc::Gen<WireQuantity> genWireQuantity() {
    auto whole = gen::map(gen::inRange<std::int64_t>(-5'000'000'000LL, 5'000'000'000LL), [](std::int64_t n) {
        const bool fits = n >= INT32_MIN && n <= INT32_MAX;
        return WireQuantity{n, fits ? std::optional<int>(int(n)) : std::nullopt};
    });
    auto integralFloat = gen::map(gen::inRange(-1000, 1000), [](int n) { return WireQuantity{double(n), n}; });
    auto fractional = gen::map(gen::pair(gen::inRange(-1000, 1000), gen::inRange(1, 100)), [](auto p) {
        return WireQuantity{double(p.first) + double(p.second) / 100.0, std::nullopt};
    });
    auto notANumber = gen::map(gen::element<nlohmann::json>(nlohmann::json("3"), nlohmann::json(true), nlohmann::json(),
                                                            nlohmann::json::array({1}), nlohmann::json::object()),
                               [](nlohmann::json j) {
                                   return WireQuantity{std::move(j), std::nullopt};
                               });
    auto huge = gen::map(gen::element(1e10, -1e10, 1e300, 2147483648.0), [](double d) {
        return WireQuantity{d, std::nullopt};
    });
    return gen::oneOf(whole, integralFloat, fractional, notANumber, huge);
}

PCSIM_PROPERTY(Quantity, OnlyWholeNumbersParse, ()) {
    const WireQuantity quantity = *genWireQuantity();
    const int lines = *gen::inRange(1, 4);
    const int index = *gen::inRange(0, lines);
    nlohmann::json body = {{"lineItems", nlohmann::json::array()}};
    for (int i = 0; i < lines; ++i)
        body["lineItems"].push_back({{"catalogItemId", "DZH318Z0BQ3Q:00G1:DZH318XZXK7M"},
                                     {"quantity", i == index ? quantity.value : nlohmann::json(1)}});
    try {
        const auto cart = models::parse<models::Cart>(body);
        RC_ASSERT(quantity.accepted.has_value());
        RC_ASSERT(cart.lineItems.at(std::size_t(index)).quantity == *quantity.accepted);
    } catch (const models::ParseError& e) {
        RC_LOG() << e.what() << "\n";
        RC_ASSERT(!quantity.accepted.has_value());
        RC_ASSERT(e.path() == "lineItems[" + std::to_string(index) + "].quantity");
    }
}

}  // namespace
}  // namespace pcsim::properties
