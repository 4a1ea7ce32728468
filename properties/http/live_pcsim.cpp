#include "http/live_pcsim.hpp"

#include <sstream>
#include <stdexcept>

#include "http/purchase_world.hpp"
#include "sim/world.hpp"

namespace pcsim::properties {

LivePcsim::LivePcsim(const std::string& scenarioFile) : server_(scenarioFile) {}

void LivePcsim::reset() {
    auto response = http_.send("POST", url("/_pcsim/reset"));
    if (response.status != 200)
        throw std::runtime_error("POST /_pcsim/reset answered " + std::to_string(response.status));
    token_.clear();
}

void LivePcsim::advanceClock(std::int64_t seconds) {
    const std::string body = nlohmann::json{{"advance", "PT" + std::to_string(seconds) + "S"}}.dump();
    auto response = http_.send("POST", url("/_pcsim/clock"), body, {{"Content-Type", "application/json"}});
    if (response.status != 200) throw std::runtime_error("POST /_pcsim/clock answered " + response.body);
    token_.clear();  // it may have expired in the jump
}

bool LivePcsim::healthy() { return http_.send("GET", url("/_pcsim/health")).status == 200; }

std::string LivePcsim::token() {
    if (!token_.empty()) return token_;
    auto response =
        http_.send("POST", url("/" + world::kTenant + "/oauth2/token"),
                   "grant_type=refresh_token&client_id=" + world::kClientId + "&refresh_token=" + world::kRefreshToken,
                   {{"Content-Type", "application/x-www-form-urlencoded"}});
    if (response.status != 200) throw std::runtime_error("token request answered " + response.body);
    token_ = response.json().at("access_token").get<std::string>();
    return token_;
}

pcsim::testing::RawResponse LivePcsim::send(const std::string& method, const std::string& path, const std::string& body,
                                            std::map<std::string, std::string> headers) {
    headers.emplace("Authorization", "Bearer " + token());
    headers.emplace("Accept", "application/json");
    return http_.send(method, url(path), body, headers);
}

std::string LivePcsim::fingerprint() {
    auto state = server_.app().sandbox().current();
    const sim::World& world = state->world;
    std::lock_guard lock(world.mutex);
    std::ostringstream out;
    out << "now " << sim::formatTimestamp(world.now()) << "\n";
    for (const auto& customer : world.customers()) {
        out << "customer " << customer.customer.id << "\n";
        for (const auto& subscription : customer.customer.subscriptions)
            out << " subscription " << subscription.id << " " << sim::toString(subscription.registrationAt(world.now()))
                << " " << sim::toString(subscription.status) << "\n";
        for (const auto& [id, cart] : customer.carts) {
            out << " cart " << id << " " << (cart.status == sim::CartStatus::ordered ? "ordered" : "active") << " "
                << sim::formatTimestamp(cart.lastModifiedTimestamp) << " orders " << cart.checkoutOrderIds.size()
                << "\n";
            for (const auto& line : cart.lines)
                out << "  line " << line.id << " " << line.catalogItemId << " x" << line.quantity << " error "
                    << (line.error ? line.error->errorCode : 0) << "\n";
        }
        for (const auto& id : customer.orderSequence) {
            const sim::Order& order = customer.orders.at(id);
            out << " order " << id << " " << sim::toString(order.statusAt(world.now())) << " lines "
                << order.lines.size() << "\n";
        }
    }
    for (const auto& [id, reservationOrder] : world.reservationOrders()) {
        out << "reservation order " << id << "\n";
        for (const auto& reservation : reservationOrder.reservations)
            out << " reservation " << reservation.id << " x" << reservation.quantity << " "
                << sim::toString(reservation.scope) << " " << reservation.appliedScopes.size() << " "
                << reservation.provisioningState << "\n";
    }
    return out.str();
}

}  // namespace pcsim::properties
