#include "http/purchase_sut.hpp"

#include <chrono>

#include "http/purchase_world.hpp"

namespace pcsim::properties {
namespace {

// Short enough that a held-back answer (the lost-checkout-answer fault, 400 ms) times out and is
// retried; long enough for any ordinary answer. A spurious timeout is harmless: the retry carries
// the same MS-RequestId, and pcsim answers it as the first.
constexpr std::chrono::milliseconds kClientTimeout{150};

bool isFlakyCheckout(const partnercenter::Attempt& attempt) {
    const std::string flakyCarts = "/customers/" + world::kCustomers[1].id + "/carts/";
    const std::string suffix = "/checkout";
    return attempt.method == "POST" && attempt.url.find(flakyCarts) != std::string::npos &&
           attempt.url.size() > suffix.size() &&
           attempt.url.compare(attempt.url.size() - suffix.size(), suffix.size(), suffix) == 0;
}

partnercenter::PartnerClient makeClient(LivePcsim& pcsim, std::shared_ptr<std::atomic<std::int64_t>> offset,
                                        std::shared_ptr<std::atomic<int>> faulted,
                                        std::shared_ptr<std::atomic<int>> flakyCheckouts) {
    partnercenter::ClientOptions options;
    options.endpoint = pcsim.url("");
    options.authority = pcsim.url("");
    options.timeout = kClientTimeout;
    options.retry.sleeper = [](std::chrono::milliseconds) {};  // back-off costs no real time
    options.clock = [offset] { return std::chrono::system_clock::now() + std::chrono::seconds{offset->load()}; };
    options.observer = [faulted, flakyCheckouts](const partnercenter::Attempt& attempt) {
        if (attempt.status == 0 || attempt.status >= 500) ++*faulted;
        if (isFlakyCheckout(attempt)) ++*flakyCheckouts;
    };
    return partnercenter::PartnerClient(
        partnercenter::AppUserCredentials{world::kTenant, world::kClientId, world::kSecret, world::kRefreshToken},
        std::move(options));
}

}  // namespace

PurchaseSut::PurchaseSut(LivePcsim& live)
    : pcsim(live), client(makeClient(live, clockOffsetSeconds, faultedAttempts, flakyCheckouts)) {}

partnercenter::CartCollection PurchaseSut::carts(int customer) const {
    return client.customers().byId(world::kCustomers[std::size_t(customer)].id).carts();
}

partnercenter::OrderCollection PurchaseSut::orders(int customer) const {
    return client.customers().byId(world::kCustomers[std::size_t(customer)].id).orders();
}

void PurchaseSut::advanceClock(std::int64_t seconds) {
    pcsim.advanceClock(seconds);
    *clockOffsetSeconds += seconds;
}

}  // namespace pcsim::properties
