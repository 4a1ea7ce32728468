#include "http/purchase_commands.hpp"

#include <cmath>
#include <thread>

#include "gen/world_gen.hpp"

namespace pcsim::properties {

namespace gen = rc::gen;
namespace models = partnercenter::models;
using partnercenter::PartnerCenterError;

namespace {

constexpr int kInvalidInput = 800002;
constexpr int kCartNotFound = 800008;
constexpr int kCartHasErrors = 800009;
constexpr int kNotAzureSubscription = 800011;
constexpr int kNotActiveSubscription = 800012;
constexpr int kCartBeingProcessed = 800064;
constexpr int kCartAlreadySubmitted = 800065;

int subscriptionCount(int customer) { return int(world::kCustomers[std::size_t(customer)].subscriptions.size()); }
const std::string& customerName(int customer) { return world::kCustomers[std::size_t(customer)].name; }

// Mostly lines that can be bought (registered subscription, quantity within bounds), some that
// break a rule: unknown item or subscription, unregistered, suspended or non-Azure subscription,
// quantity out of bounds.
rc::Gen<ModelLine> genLine(int customer) {
    auto buyable = gen::mapcat(gen::inRange(0, int(world::kItems.size())), [](int item) {
        const world::Item& it = world::kItems[std::size_t(item)];
        return gen::exec([=] {
            ModelLine value{};
            value.item = *gen::just(item);
            value.subscription = *gen::just(0);
            value.quantity = *gen::inRange(int(it.minimum), int(it.maximum) + 1);
            value.single = *gen::arbitrary<decltype(value.single)>();
            value.lowerCaseIds = *gen::arbitrary<decltype(value.lowerCaseIds)>();
            return value;
        });
    });
    auto any = gen::exec([=] {
        ModelLine value{};
        value.item = *gen::weightedElement<int>({{5, 0}, {5, 1}, {1, -1}});
        value.subscription = *gen::inRange(-1, subscriptionCount(customer));
        value.quantity = *gen::inRange(1, 12);
        value.single = *gen::arbitrary<decltype(value.single)>();
        value.lowerCaseIds = *gen::arbitrary<decltype(value.lowerCaseIds)>();
        return value;
    });
    return gen::weightedOneOf<ModelLine>({{3, buyable}, {1, any}});
}

rc::Gen<std::vector<ModelLine>> genLines(int customer) { return smallVector(1, 2, genLine(customer)); }

bool linesFit(const std::vector<ModelLine>& lines, int customer) {
    for (const auto& line : lines)
        if (line.subscription >= subscriptionCount(customer)) return false;
    return true;
}

std::string lower(std::string text) {
    for (char& c : text) c = char(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

models::Cart wireCart(int customer, const std::vector<ModelLine>& lines) {
    models::Cart cart;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const ModelLine& line = lines[i];
        std::string catalogItemId =
            line.item < 0 ? world::kUnknownItem : world::kItems[std::size_t(line.item)].catalogItemId;
        std::string subscriptionId =
            line.subscription < 0
                ? world::kUnknownSubscription
                : world::kCustomers[std::size_t(customer)].subscriptions[std::size_t(line.subscription)].id;
        models::CartLineItem item;
        item.id = int(i);
        item.catalogItemId = line.lowerCaseIds ? lower(catalogItemId) : catalogItemId;
        item.friendlyName = "model line " + std::to_string(i);
        item.quantity = line.quantity;
        item.billingCycle = models::BillingCycle::one_time;
        item.termDuration = line.item < 0 ? "P1Y" : world::kItems[std::size_t(line.item)].term;
        item.provisioningContext = std::map<std::string, std::string>{
            {"subscriptionId", line.lowerCaseIds ? lower(subscriptionId) : subscriptionId},
            {"scope", line.single ? "single" : "shared"}};
        cart.lineItems.push_back(std::move(item));
    }
    return cart;
}

template <class Call>
std::optional<PartnerCenterError> refusalOf(Call&& call) {
    try {
        call();
    } catch (const PartnerCenterError& e) {
        return e;
    }
    return std::nullopt;
}

void assertRefused(const std::optional<PartnerCenterError>& error, long status, int code) {
    RC_ASSERT(error.has_value());
    RC_LOG() << "  refused: " << error->what() << "\n";
    RC_ASSERT(error->kind() == PartnerCenterError::Kind::service);
    RC_ASSERT(error->httpStatus() == status);
    RC_ASSERT(error->code() == code);
}

void assertCartIs(const models::Cart& cart, const std::vector<ModelLine>& lines, const std::vector<int>& errors,
                  bool ordered) {
    RC_ASSERT(cart.status == std::optional<std::string>(ordered ? "Ordered" : "Active"));
    RC_ASSERT(cart.lineItems.size() == lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        RC_ASSERT(cart.lineItems[i].quantity == lines[i].quantity);
        const int code = cart.lineItems[i].error ? cart.lineItems[i].error->errorCode : 0;
        RC_ASSERT(code == errors[i]);
    }
}

void assertOrderHas(const models::Order& order, const std::vector<ModelLine>& lines) {
    RC_ASSERT(order.lineItems.size() == lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const world::Item& item = world::kItems[std::size_t(lines[i].item)];
        RC_ASSERT(order.lineItems[i].offerId == item.catalogItemId);
        RC_ASSERT(order.lineItems[i].quantity == lines[i].quantity);
        RC_ASSERT(order.lineItems[i].termDuration == std::optional<std::string>(item.term));
    }
}

// The order a successful checkout answered: the model's next order (its id recorded) or a replay
// of the cart's order.
void acceptCheckoutAnswer(const models::CartCheckoutResult& result, std::size_t orderIndex,
                          const std::vector<ModelLine>& lines, PurchaseSut& sut) {
    RC_ASSERT(result.orders.size() == 1u);
    RC_ASSERT(result.orderErrors.empty());
    RC_ASSERT(result.orders[0].id.has_value());
    if (orderIndex == sut.orderIds.size()) sut.orderIds.push_back(*result.orders[0].id);
    RC_ASSERT(*result.orders[0].id == sut.orderIds.at(orderIndex));
    assertOrderHas(result.orders[0], lines);
}

std::size_t pickCart(const PurchaseModel& model) {
    RC_PRE(!model.carts.empty());
    return *gen::inRange<std::size_t>(0, model.carts.size());
}

}  // namespace

// ---- CreateCart --------------------------------------------------------------------------------

CreateCart::CreateCart(const PurchaseModel&)
    : customer(*gen::inRange(0, int(world::kCustomers.size()))), lines(*genLines(customer)) {}

void CreateCart::apply(PurchaseModel& model) const {
    model.carts.push_back({customer, lines, model.now, model.lineErrors(customer, lines), std::nullopt});
}

void CreateCart::run(const PurchaseModel& model, PurchaseSut& sut) const {
    const models::Cart cart = sut.carts(customer).create(wireCart(customer, lines));
    RC_ASSERT(cart.id.has_value());
    assertCartIs(cart, lines, model.lineErrors(customer, lines), false);
    sut.cartIds.push_back(*cart.id);
}

void CreateCart::show(std::ostream& os) const {
    os << "CreateCart(" << customerName(customer) << ", ";
    showLines(lines, os);
    os << ")";
}

// ---- CreateMalformedCart -----------------------------------------------------------------------

CreateMalformedCart::CreateMalformedCart(const PurchaseModel&)
    : customer(*gen::inRange(0, int(world::kCustomers.size()))), lines(*genLines(customer)) {
    const auto bad = *gen::inRange<std::size_t>(0, lines.size());
    lines[bad].quantity = *gen::inRange(-3, 1);
}

void CreateMalformedCart::run(const PurchaseModel&, PurchaseSut& sut) const {
    assertRefused(refusalOf([&] { (void)sut.carts(customer).create(wireCart(customer, lines)); }), 400, kInvalidInput);
}

void CreateMalformedCart::show(std::ostream& os) const {
    os << "CreateMalformedCart(" << customerName(customer) << ", ";
    showLines(lines, os);
    os << ")";
}

// ---- UpdateCart --------------------------------------------------------------------------------

UpdateCart::UpdateCart(const PurchaseModel& model)
    : cart(pickCart(model)), lines(*genLines(model.carts[cart].customer)) {}

void UpdateCart::checkPreconditions(const PurchaseModel& model) const {
    RC_PRE(cart < model.carts.size());
    RC_PRE(linesFit(lines, model.carts[cart].customer));
}

void UpdateCart::apply(PurchaseModel& model) const {
    ModelCart& c = model.carts[cart];
    if (model.expired(c) || c.order) return;
    c.lines = lines;
    c.lineErrors = model.lineErrors(c.customer, lines);
}

void UpdateCart::run(const PurchaseModel& model, PurchaseSut& sut) const {
    const ModelCart& c = model.carts[cart];
    auto operations = sut.carts(c.customer).byId(sut.cartIds[cart]);
    const models::Cart body = wireCart(c.customer, lines);
    if (model.expired(c)) {
        assertRefused(refusalOf([&] { (void)operations.update(body); }), 404, kCartNotFound);
    } else if (c.order) {
        assertRefused(refusalOf([&] { (void)operations.update(body); }), 400, kCartAlreadySubmitted);
    } else {
        assertCartIs(operations.update(body), lines, model.lineErrors(c.customer, lines), false);
    }
}

void UpdateCart::show(std::ostream& os) const {
    os << "UpdateCart(cart " << cart << ", ";
    showLines(lines, os);
    os << ")";
}

// ---- GetCart -----------------------------------------------------------------------------------

GetCart::GetCart(const PurchaseModel& model) : cart(pickCart(model)) {}

void GetCart::checkPreconditions(const PurchaseModel& model) const { RC_PRE(cart < model.carts.size()); }

void GetCart::run(const PurchaseModel& model, PurchaseSut& sut) const {
    const ModelCart& c = model.carts[cart];
    auto operations = sut.carts(c.customer).byId(sut.cartIds[cart]);
    if (model.expired(c)) assertRefused(refusalOf([&] { (void)operations.get(); }), 404, kCartNotFound);
    else assertCartIs(operations.get(), c.lines, c.lineErrors, c.order.has_value());
}

void GetCart::show(std::ostream& os) const { os << "GetCart(cart " << cart << ")"; }

// ---- CheckoutCart ------------------------------------------------------------------------------

CheckoutCart::CheckoutCart(const PurchaseModel& model) : cart(pickCart(model)), repeats(*gen::inRange(0, 3)) {}

void CheckoutCart::checkPreconditions(const PurchaseModel& model) const { RC_PRE(cart < model.carts.size()); }

void CheckoutCart::apply(PurchaseModel& model) const { model.checkout(cart); }

void CheckoutCart::run(const PurchaseModel& model, PurchaseSut& sut) const {
    const ModelCart& c = model.carts[cart];
    auto operations = sut.carts(c.customer).byId(sut.cartIds[cart]);
    const CheckoutOutcome outcome = model.checkoutOutcome(cart);
    for (int attempt = 0; attempt <= repeats; ++attempt) {
        switch (outcome) {
            case CheckoutOutcome::notFound:
                assertRefused(refusalOf([&] { (void)operations.checkout(); }), 404, kCartNotFound);
                break;
            case CheckoutOutcome::refused:
                assertRefused(refusalOf([&] { (void)operations.checkout(); }), 400, kCartHasErrors);
                break;
            case CheckoutOutcome::ordered:
            case CheckoutOutcome::replayed:
                acceptCheckoutAnswer(operations.checkout(), c.order.value_or(model.orders.size()), c.lines, sut);
                break;
        }
    }
}

void CheckoutCart::show(std::ostream& os) const {
    os << "CheckoutCart(cart " << cart << (repeats ? ", then " + std::to_string(repeats) + " more times" : "") << ")";
}

// ---- ConcurrentCheckouts -----------------------------------------------------------------------

ConcurrentCheckouts::ConcurrentCheckouts(const PurchaseModel& model) : cart(0), threads(*gen::inRange(2, 5)) {
    // Fabrikam's carts only: Flaky's fault counters would let one thread's retry meet another fault.
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < model.carts.size(); ++i)
        if (model.carts[i].customer == 0) candidates.push_back(i);
    RC_PRE(!candidates.empty());
    cart = *gen::elementOf(candidates);
}

void ConcurrentCheckouts::checkPreconditions(const PurchaseModel& model) const {
    RC_PRE(cart < model.carts.size());
    RC_PRE(model.carts[cart].customer == 0);
}

void ConcurrentCheckouts::apply(PurchaseModel& model) const { model.checkout(cart); }

void ConcurrentCheckouts::run(const PurchaseModel& model, PurchaseSut& sut) const {
    const ModelCart& c = model.carts[cart];
    auto operations = sut.carts(c.customer).byId(sut.cartIds[cart]);
    std::vector<std::optional<models::CartCheckoutResult>> answers(static_cast<std::size_t>(threads));
    std::vector<std::optional<PartnerCenterError>> refusals(static_cast<std::size_t>(threads));
    std::atomic<bool> go{false};
    {
        std::vector<std::jthread> workers;
        for (std::size_t t = 0; t < std::size_t(threads); ++t)
            workers.emplace_back([&, t] {
                while (!go) std::this_thread::yield();
                try {
                    answers[t] = operations.checkout();
                } catch (const PartnerCenterError& e) {
                    refusals[t] = e;
                }
            });
        go = true;
    }
    const CheckoutOutcome outcome = model.checkoutOutcome(cart);
    std::size_t succeeded = 0;
    for (std::size_t t = 0; t < std::size_t(threads); ++t) {
        switch (outcome) {
            case CheckoutOutcome::notFound: assertRefused(refusals[t], 404, kCartNotFound); break;
            case CheckoutOutcome::refused: assertRefused(refusals[t], 400, kCartHasErrors); break;
            case CheckoutOutcome::ordered:
            case CheckoutOutcome::replayed:
                if (refusals[t]) {
                    assertRefused(refusals[t], 409, kCartBeingProcessed);
                } else {
                    RC_ASSERT(answers[t].has_value());
                    acceptCheckoutAnswer(*answers[t], c.order.value_or(model.orders.size()), c.lines, sut);
                    ++succeeded;
                }
                break;
        }
    }
    if (outcome == CheckoutOutcome::ordered || outcome == CheckoutOutcome::replayed) RC_ASSERT(succeeded >= 1u);
}

void ConcurrentCheckouts::show(std::ostream& os) const {
    os << "ConcurrentCheckouts(cart " << cart << ", " << threads << " threads)";
}

// ---- ListOrders, GetOrder ----------------------------------------------------------------------

ListOrders::ListOrders(const PurchaseModel&) : customer(*gen::inRange(0, int(world::kCustomers.size()))) {}

void ListOrders::run(const PurchaseModel& model, PurchaseSut& sut) const {
    const auto listed = sut.orders(customer).withPrices().get();
    const auto expected = model.ordersOf(customer);
    RC_ASSERT(listed.items.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const models::Order& order = listed.items[i];
        const ModelOrder& modelOrder = model.orders[expected[i]];
        RC_ASSERT(order.id == std::optional<std::string>(sut.orderIds.at(expected[i])));
        assertOrderHas(order, modelOrder.lines);
        RC_ASSERT(order.status == std::optional<std::string>("completed"));
        RC_ASSERT(order.currencyCode == std::optional<std::string>("USD"));
        RC_ASSERT(order.totalPrice.has_value());
        RC_ASSERT(std::llround(*order.totalPrice * 100) == model.totalCents(modelOrder));
    }
}

void ListOrders::show(std::ostream& os) const { os << "ListOrders(" << customerName(customer) << ")"; }

GetOrder::GetOrder(const PurchaseModel& model) : order(0) {
    RC_PRE(!model.orders.empty());
    order = *gen::inRange<std::size_t>(0, model.orders.size());
}

void GetOrder::checkPreconditions(const PurchaseModel& model) const { RC_PRE(order < model.orders.size()); }

void GetOrder::run(const PurchaseModel& model, PurchaseSut& sut) const {
    const ModelOrder& expected = model.orders[order];
    const models::Order answer = sut.orders(expected.customer).byId(sut.orderIds.at(order)).get();
    RC_ASSERT(answer.id == std::optional<std::string>(sut.orderIds[order]));
    assertOrderHas(answer, expected.lines);
}

void GetOrder::show(std::ostream& os) const { os << "GetOrder(order " << order << ")"; }

// ---- RegisterSubscription ----------------------------------------------------------------------

RegisterSubscription::RegisterSubscription(const PurchaseModel&)
    : customer(*gen::inRange(0, int(world::kCustomers.size()))),
      subscription(*gen::inRange(0, subscriptionCount(customer))) {}

void RegisterSubscription::apply(PurchaseModel& model) const {
    if (model.registrationOutcome(customer, subscription) == RegistrationOutcome::accepted)
        model.registered[std::size_t(customer)][std::size_t(subscription)] = true;
}

void RegisterSubscription::run(const PurchaseModel& model, PurchaseSut& sut) const {
    auto operations = sut.client.customers()
                          .byId(world::kCustomers[std::size_t(customer)].id)
                          .subscriptions()
                          .byId(world::kCustomers[std::size_t(customer)].subscriptions[std::size_t(subscription)].id);
    auto call = [&] { (void)operations.registerForReservedInstances(); };
    switch (model.registrationOutcome(customer, subscription)) {
        case RegistrationOutcome::accepted:
            call();
            RC_ASSERT(operations.registrationStatus().status == "registered");
            break;
        case RegistrationOutcome::notAzure: assertRefused(refusalOf(call), 400, kNotAzureSubscription); break;
        case RegistrationOutcome::notActive: assertRefused(refusalOf(call), 400, kNotActiveSubscription); break;
    }
}

void RegisterSubscription::show(std::ostream& os) const {
    os << "RegisterSubscription(" << customerName(customer) << ", subscription " << subscription << ")";
}

// ---- AdvanceClock ------------------------------------------------------------------------------

AdvanceClock::AdvanceClock(const PurchaseModel&)
    : seconds(*gen::element<std::int64_t>(3600, 86400, 3 * 86400, kCartLifetimeSeconds - 1, kCartLifetimeSeconds,
                                          8 * 86400)) {}

void AdvanceClock::apply(PurchaseModel& model) const { model.now += seconds; }

void AdvanceClock::run(const PurchaseModel&, PurchaseSut& sut) const { sut.advanceClock(seconds); }

void AdvanceClock::show(std::ostream& os) const { os << "AdvanceClock(" << seconds << " s)"; }

// ---- InjectLostCheckoutAnswer ------------------------------------------------------------------

void InjectLostCheckoutAnswer::run(const PurchaseModel&, PurchaseSut& sut) const {
    // Until the next checkout is the one whose answer the fault holds back.
    while ((*sut.flakyCheckouts + 1) % world::kLostCheckoutAnswerEvery != 0) {
        const auto response = sut.pcsim.send("POST", "/v1/customers/" + world::kCustomers[1].id +
                                                         "/carts/00000000-0000-4000-8000-00000000dead/checkout");
        RC_ASSERT(response.status == 404L);
        ++*sut.flakyCheckouts;
    }
}

void InjectLostCheckoutAnswer::show(std::ostream& os) const { os << "InjectLostCheckoutAnswer()"; }

// ---- the end state -----------------------------------------------------------------------------

void assertServerMatchesModel(const PurchaseModel& model, PurchaseSut& sut) {
    for (int customer = 0; customer < int(world::kCustomers.size()); ++customer) ListOrders(customer).run(model, sut);
    for (std::size_t cart = 0; cart < model.carts.size(); ++cart) GetCart(cart).run(model, sut);
}

}  // namespace pcsim::properties
