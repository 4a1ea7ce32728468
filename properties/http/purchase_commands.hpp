#pragma once
// The commands of the stateful HTTP property. Each one generates its arguments from the model,
// runs against pcsim through the client library, asserts that the answer (status, code, resulting
// state) is what the model predicts, and then applies itself to the model.
#include <rapidcheck.h>
#include <rapidcheck/state.h>

#include "http/purchase_model.hpp"
#include "http/purchase_sut.hpp"

namespace pcsim::properties {

using PurchaseCommand = rc::state::Command<PurchaseModel, PurchaseSut>;

struct CreateCart : PurchaseCommand {
    int customer;
    std::vector<ModelLine> lines;
    explicit CreateCart(const PurchaseModel& model);
    void apply(PurchaseModel& model) const override;
    void run(const PurchaseModel& model, PurchaseSut& sut) const override;
    void show(std::ostream& os) const override;
};

// A cart with a quantity below 1 on some line: refused whole (400 800002), nothing stored.
struct CreateMalformedCart : PurchaseCommand {
    int customer;
    std::vector<ModelLine> lines;
    explicit CreateMalformedCart(const PurchaseModel& model);
    void run(const PurchaseModel& model, PurchaseSut& sut) const override;
    void show(std::ostream& os) const override;
};

struct UpdateCart : PurchaseCommand {
    std::size_t cart;
    std::vector<ModelLine> lines;
    explicit UpdateCart(const PurchaseModel& model);
    void checkPreconditions(const PurchaseModel& model) const override;
    void apply(PurchaseModel& model) const override;
    void run(const PurchaseModel& model, PurchaseSut& sut) const override;
    void show(std::ostream& os) const override;
};

struct GetCart : PurchaseCommand {
    std::size_t cart;
    explicit GetCart(const PurchaseModel& model);
    explicit GetCart(std::size_t c) : cart(c) {}
    void checkPreconditions(const PurchaseModel& model) const override;
    void run(const PurchaseModel& model, PurchaseSut& sut) const override;
    void show(std::ostream& os) const override;
};

// Checkout, then the same checkout again `repeats` times: one order at most, every answer the same.
struct CheckoutCart : PurchaseCommand {
    std::size_t cart;
    int repeats;
    explicit CheckoutCart(const PurchaseModel& model);
    void checkPreconditions(const PurchaseModel& model) const override;
    void apply(PurchaseModel& model) const override;
    void run(const PurchaseModel& model, PurchaseSut& sut) const override;
    void show(std::ostream& os) const override;
};

// Several threads check the same cart out at once: exactly one order; the others get it replayed
// or 409 800064.
struct ConcurrentCheckouts : PurchaseCommand {
    std::size_t cart;
    int threads;
    explicit ConcurrentCheckouts(const PurchaseModel& model);
    void checkPreconditions(const PurchaseModel& model) const override;
    void apply(PurchaseModel& model) const override;
    void run(const PurchaseModel& model, PurchaseSut& sut) const override;
    void show(std::ostream& os) const override;
};

struct ListOrders : PurchaseCommand {
    int customer;
    explicit ListOrders(const PurchaseModel& model);
    explicit ListOrders(int c) : customer(c) {}
    void run(const PurchaseModel& model, PurchaseSut& sut) const override;
    void show(std::ostream& os) const override;
};

struct GetOrder : PurchaseCommand {
    std::size_t order;
    explicit GetOrder(const PurchaseModel& model);
    void checkPreconditions(const PurchaseModel& model) const override;
    void run(const PurchaseModel& model, PurchaseSut& sut) const override;
    void show(std::ostream& os) const override;
};

struct RegisterSubscription : PurchaseCommand {
    int customer;
    int subscription;
    explicit RegisterSubscription(const PurchaseModel& model);
    void apply(PurchaseModel& model) const override;
    void run(const PurchaseModel& model, PurchaseSut& sut) const override;
    void show(std::ostream& os) const override;
};

// Moves the simulated clock, sometimes past the expiry of the carts made so far.
struct AdvanceClock : PurchaseCommand {
    std::int64_t seconds;
    explicit AdvanceClock(const PurchaseModel& model);
    void apply(PurchaseModel& model) const override;
    void run(const PurchaseModel& model, PurchaseSut& sut) const override;
    void show(std::ostream& os) const override;
};

// Arms the lost-checkout-answer fault: the next checkout of a Flaky cart is carried out, but its
// answer is held back past the client's timeout (checkouts of a cart that does not exist use up the
// fault's count as needed). The model does not change: the client must retry and get the
// purchase's answer, and nothing may be bought twice.
struct InjectLostCheckoutAnswer : PurchaseCommand {
    explicit InjectLostCheckoutAnswer(const PurchaseModel&) {}
    void run(const PurchaseModel& model, PurchaseSut& sut) const override;
    void show(std::ostream& os) const override;
};

// Every command, for rc::state::gen::execOneOfWithArgs (repeats weight the purchase path).
inline auto genPurchaseCommand() {
    return rc::state::gen::execOneOfWithArgs<CreateCart, CreateCart, CreateMalformedCart, UpdateCart, GetCart,
                                             CheckoutCart, CheckoutCart, ConcurrentCheckouts, ListOrders, GetOrder,
                                             RegisterSubscription, AdvanceClock, InjectLostCheckoutAnswer>();
}

// After the commands: what pcsim holds (every customer's orders) is what the model holds.
void assertServerMatchesModel(const PurchaseModel& model, PurchaseSut& sut);

}  // namespace pcsim::properties
