#pragma once
// The system under test of the stateful property: pcsim driven through the C++ client library
// (partnercenter::client), with the ids of what the commands created so far. The client's clock
// follows pcsim's simulated clock, so that it renews its token when the clock jumps days ahead.
#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include <partnercenter/partnercenter.hpp>

#include "http/live_pcsim.hpp"

namespace pcsim::properties {

struct PurchaseSut {
    explicit PurchaseSut(LivePcsim& pcsim);

    partnercenter::CartCollection carts(int customer) const;
    partnercenter::OrderCollection orders(int customer) const;
    // Moves pcsim's clock and the client's along with it.
    void advanceClock(std::int64_t seconds);

    LivePcsim& pcsim;
    std::shared_ptr<std::atomic<std::int64_t>> clockOffsetSeconds = std::make_shared<std::atomic<std::int64_t>>(0);
    // Attempts that met a fault (a 5xx answer or none at all) and were retried by the client.
    std::shared_ptr<std::atomic<int>> faultedAttempts = std::make_shared<std::atomic<int>>(0);
    // Checkout requests on customer Flaky's carts since the reset: the lost-checkout-answer fault
    // holds back the answer to every world::kLostCheckoutAnswerEvery-th one.
    std::shared_ptr<std::atomic<int>> flakyCheckouts = std::make_shared<std::atomic<int>>(0);
    partnercenter::PartnerClient client;
    std::vector<std::string> cartIds;   // parallel to PurchaseModel::carts
    std::vector<std::string> orderIds;  // parallel to PurchaseModel::orders
};

}  // namespace pcsim::properties
