// The cart state machine: Active → Ordered only through a successful checkout; an Ordered or
// expired cart refuses updates; expiry comes exactly 7 simulated days after creation.
#include "support/property.hpp"

#include "rules/shop.hpp"
#include "sim/customers_ops.hpp"

namespace pcsim::properties {
namespace {

namespace gen = rc::gen;

constexpr int kCartAlreadySubmitted = 800065;
constexpr auto kLifetime = std::chrono::days{7};

struct CartOp {
    enum class Kind { update, get, checkout, wait, registerSubscription } kind = Kind::get;
    std::vector<LinePick> lines;  // update
    int amount = 0;               // wait: hours; registerSubscription: which subscription
};

void showValue(const CartOp& op, std::ostream& os) {
    switch (op.kind) {
        case CartOp::Kind::update:
            os << "update to {";
            for (const auto& line : op.lines) showValue(line, os), os << " ";
            os << "}";
            return;
        case CartOp::Kind::get: os << "get"; return;
        case CartOp::Kind::checkout: os << "checkout"; return;
        case CartOp::Kind::wait: os << "wait " << op.amount << " h"; return;
        case CartOp::Kind::registerSubscription: os << "register subscription " << op.amount; return;
    }
}

rc::Gen<CartOp> genCartOp() {
    using Kind = CartOp::Kind;
    auto anyLineInBounds = gen::map(gen::pair(genAnyLine(), genQuantityWithinBounds()), [](auto p) {
        p.first.quantity = p.second;
        return p.first;
    });
    return gen::oneOf(gen::exec([=] {
                          CartOp value{};
                          value.kind = *gen::just(Kind::update);
                          value.lines = *smallVector(1, 3, anyLineInBounds);
                          return value;
                      }),
                      gen::exec([=] {
                          CartOp value{};
                          value.kind = *gen::element(Kind::get, Kind::checkout);
                          return value;
                      }),
                      gen::exec([=] {
                          CartOp value{};
                          value.kind = *gen::just(Kind::wait);
                          value.amount = *gen::inRange(1, 31);
                          return value;
                      }),
                      gen::exec([=] {
                          CartOp value{};
                          value.kind = *gen::just(Kind::registerSubscription);
                          value.amount = *gen::inRange(0, 4);
                          return value;
                      }));
}

sim::CartInput inputFor(const WorldSpec& spec, const std::vector<LinePick>& picks) {
    sim::CartInput input;
    for (const auto& pick : picks) input.lines.push_back(resolve(spec, 0, pick).line);
    return input;
}

PCSIM_PROPERTY(CartLifecycle, ActiveUntilCheckoutThenOrdered, ()) {
    const WorldSpec spec = *genWorld();
    const auto initial = validLines(asShopWorld(spec), *smallVector(1, 2, genValidLine()));
    const auto ops = *smallVector(1, 10, genCartOp());

    auto world = buildWorld(spec);
    auto cart = sim::createCart(*world, customerId(0), cartOfPicks(initial), kUser);
    RC_ASSERT(cart.ok());
    const std::string id = cart->id;
    bool ordered = false;
    sim::Ticks waited{};
    for (const auto& op : ops) {
        switch (op.kind) {
            case CartOp::Kind::update: {
                auto updated = sim::updateCart(*world, customerId(0), id, inputFor(spec, op.lines), kUser);
                RC_ASSERT(updated.ok() == !ordered);
                break;
            }
            case CartOp::Kind::get: RC_ASSERT(sim::getCart(*world, customerId(0), id).ok()); break;
            case CartOp::Kind::checkout: {
                auto result = sim::checkout(*world, customerId(0), id);
                if (ordered) RC_ASSERT(result.ok());  // a replay
                ordered = ordered || result.ok();
                break;
            }
            case CartOp::Kind::wait:
                // Stay within the cart's lifetime: expiry has its own property.
                if (waited + std::chrono::hours{op.amount} < kLifetime) {
                    world->clock.advance(std::chrono::hours{op.amount});
                    waited += std::chrono::hours{op.amount};
                }
                break;
            case CartOp::Kind::registerSubscription:
                (void)sim::registerSubscription(
                    *world, customerId(0),
                    subscriptionId(0, std::size_t(op.amount) % spec.customers[0].subscriptions.size()));
                break;
        }
        const auto stored = sim::getCart(*world, customerId(0), id);
        RC_ASSERT(stored.ok());
        RC_ASSERT(stored->status == (ordered ? sim::CartStatus::ordered : sim::CartStatus::active));
    }
    RC_CLASSIFY(ordered, "ordered in the end");
}

PCSIM_PROPERTY(CartLifecycle, OrderedOrExpiredCartRefusesUpdates, ()) {
    const WorldSpec spec = *genShopWorld();
    const auto lines = validLines(spec, *smallVector(1, 3, genValidLine()));
    const auto replacement = *smallVector(1, 3, genAnyLine());
    const bool checkedOut = *gen::arbitrary<bool>();
    const bool expired = !checkedOut || *gen::arbitrary<bool>();
    RC_LOG() << (checkedOut ? "checked out" : "not checked out") << (expired ? ", expired" : "") << "\n";

    auto world = buildWorld(spec);
    auto cart = sim::createCart(*world, customerId(0), cartOfPicks(lines), kUser);
    RC_ASSERT(cart.ok());
    if (checkedOut) RC_ASSERT(sim::checkout(*world, customerId(0), cart->id).ok());
    if (expired) world->clock.advance(kLifetime + std::chrono::seconds{*gen::inRange(0, 86400)});
    std::optional<sim::Cart> before;
    if (!expired) before = *sim::getCart(*world, customerId(0), cart->id);

    auto updated = sim::updateCart(*world, customerId(0), cart->id, inputFor(spec, replacement), kUser);
    RC_ASSERT(!updated.ok());
    if (expired) {
        RC_ASSERT(updated.error().http == 404);
        RC_ASSERT(updated.error().code == sim::cart_request_error::cartNotFound);
    } else {
        RC_ASSERT(updated.error().http == 400);
        RC_ASSERT(updated.error().code == kCartAlreadySubmitted);
        const auto after = sim::getCart(*world, customerId(0), cart->id);
        RC_ASSERT(after->lines == before->lines);
        RC_ASSERT(after->lastModifiedTimestamp == before->lastModifiedTimestamp);
    }
}

PCSIM_PROPERTY(CartLifecycle, ExpiresExactlySevenDaysAfterCreation, ()) {
    const WorldSpec spec = *genShopWorld();
    const auto lines = validLines(spec, *smallVector(1, 2, genValidLine()));
    const auto createdAfter = std::chrono::minutes{*gen::inRange(0, 60 * 24 * 30)};
    // How far from the 7-day mark we look, in 100 ns ticks: right at the edge, or hours away.
    const std::int64_t offset =
        *gen::oneOf(gen::inRange<std::int64_t>(-2, 3), gen::inRange<std::int64_t>(-36'000'000'000LL, 36'000'000'000LL));
    RC_LOG() << "created " << createdAfter.count() << " min after start; looked at 7 days " << (offset < 0 ? "" : "+ ")
             << offset << " ticks later\n";

    auto world = buildWorld(spec);
    world->clock.advance(createdAfter);
    auto cart = sim::createCart(*world, customerId(0), cartOfPicks(lines), kUser);
    RC_ASSERT(cart.ok());
    RC_ASSERT(cart->expirationTimestamp - cart->creationTimestamp == sim::Ticks{kLifetime});

    world->clock.advance(sim::Ticks{kLifetime} + sim::Ticks{offset});
    const bool expired = offset >= 0;
    RC_CLASSIFY(expired, "expired");
    RC_CLASSIFY(offset >= -2 && offset <= 2, "within 2 ticks of the 7-day mark");
    const auto get = sim::getCart(*world, customerId(0), cart->id);
    const auto update = sim::updateCart(*world, customerId(0), cart->id, cartOfPicks(lines), kUser);
    const auto checkout = sim::checkout(*world, customerId(0), cart->id);
    for (const sim::ApiError* error : {get.ok() ? nullptr : &get.error(), update.ok() ? nullptr : &update.error(),
                                       checkout.ok() ? nullptr : &checkout.error()}) {
        RC_ASSERT((error != nullptr) == expired);
        if (error) RC_ASSERT(*error == sim::notFound(sim::cart_request_error::cartNotFound, error->description));
    }
    RC_ASSERT(orderCount(*world) == (expired ? 0u : 1u));
}

}  // namespace
}  // namespace pcsim::properties
