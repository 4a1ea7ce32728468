// The stateful, model-based property: random sequences of purchase commands, run by the client
// library against a live pcsim on port 0 — create/update/get cart, checkout and repeated checkout,
// concurrent checkouts, orders, registration, clock jumps past cart expiry, and faults injected on
// customer Flaky's paths (503s, dropped connections, answers lost after the purchase happened) —
// must each get exactly the answer PurchaseModel predicts. Exactly-once purchases under retries
// and races follow: the model has one order per successful checkout, and the server must agree.
#include "support/property.hpp"

#include <rapidcheck/state.h>

#include "http/purchase_commands.hpp"

namespace pcsim::properties {
namespace {

// Commands per case at most.
constexpr int kMaxCommands = 24;

TEST(StatefulPurchases, EveryAnswerMatchesTheModel) {
    LivePcsim pcsim(world::kScenario);
    checkProperty([&] {
        pcsim.reset();
        PurchaseSut sut(pcsim);
        const PurchaseModel initial = PurchaseModel::initial();
        // The sequence length follows the size; each command's arguments are generated at full size
        // (RapidCheck scales ranges down with the size).
        const auto commands =
            *rc::gen::resize(kMaxCommands, rc::state::gen::commands(initial, [](const PurchaseModel& model) {
                                 return rc::gen::resize(100, genPurchaseCommand()(model));
                             }));
        rc::state::runAll(commands, initial, sut);

        PurchaseModel final = initial;
        rc::state::applyAll(commands, final);
        assertServerMatchesModel(final, sut);
        RC_CLASSIFY(commands.size() >= 10, "10 or more commands");
        RC_CLASSIFY(*sut.flakyCheckouts >= 2, "2+ Flaky checkouts");
        RC_CLASSIFY(*sut.faultedAttempts > 0, "met an injected fault");
        RC_CLASSIFY(!final.orders.empty(), "bought something");
    });
}

}  // namespace
}  // namespace pcsim::properties
