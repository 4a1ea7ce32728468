// Robustness: random bytes, random JSON and malformed purchase requests sent to every endpoint of
// the Partner Center surface never crash pcsim, are never answered 5xx, and — when refused — never
// change the simulated world.
#include "support/property.hpp"

#include <map>

#include "gen/cart_request_gen.hpp"
#include "gen/json_gen.hpp"
#include "gen/world_gen.hpp"
#include "http/live_pcsim.hpp"
#include "http/purchase_world.hpp"
#include "http/router.hpp"

namespace pcsim::properties {
namespace {

namespace gen = rc::gen;

struct RandomRequest {
    std::string method;
    std::string path;
    std::string body;
    std::string contentType;  // "" = no Content-Type header
};

void showValue(const RandomRequest& r, std::ostream& os) {
    os << r.method << " " << r.path << " (Content-Type: " << (r.contentType.empty() ? "none" : r.contentType)
       << ") body " << nlohmann::json(r.body).dump(-1, ' ', true, nlohmann::json::error_handler_t::replace);
}

// A world with a cart and an order in it, so that ids in paths can name real things. pcsim's ids
// come from the scenario's seed: after every reset, the same steps give the same ids.
class PopulatedPcsim {
public:
    PopulatedPcsim() : pcsim_(world::kScenario) { ids_ = populate(); }

    LivePcsim& pcsim() { return pcsim_; }
    // Values for each kind of path parameter that name something that exists. Customer Flaky is
    // left out: its paths carry injected faults, which answer 5xx by design.
    const std::map<std::string, std::vector<std::string>>& ids() const { return ids_; }

    void restore() {
        pcsim_.reset();
        if (populate() != ids_) throw std::runtime_error("pcsim gave different ids after a reset");
    }

private:
    std::map<std::string, std::vector<std::string>> populate() {
        const auto& fabrikam = world::kCustomers[0];
        const std::string carts = "/v1/customers/" + fabrikam.id + "/carts";
        auto open = pcsim_.send("POST", carts, validCartRequest(1).dump(), {{"Content-Type", "application/json"}});
        auto bought = pcsim_.send("POST", carts, validCartRequest(2).dump(), {{"Content-Type", "application/json"}});
        if (open.status != 201 || bought.status != 201) throw std::runtime_error("cannot create carts: " + open.body);
        const std::string boughtId = bought.json().at("id").get<std::string>();
        auto checkout = pcsim_.send("POST", carts + "/" + boughtId + "/checkout");
        if (checkout.status != 201) throw std::runtime_error("cannot check out: " + checkout.body);
        const auto order = checkout.json().at("orders").at(0);

        std::map<std::string, std::vector<std::string>> ids;
        ids["tenant"] = {world::kTenant};
        ids["customerId"] = {fabrikam.id};
        for (const auto& subscription : fabrikam.subscriptions) ids["subscriptionId"].push_back(subscription.id);
        ids["cartId"] = {open.json().at("id").get<std::string>(), boughtId};
        ids["orderId"] = {order.at("id").get<std::string>()};
        ids["productId"] = {"DZH318Z0BQ3Q", "DZH318Z0BQ4R"};
        ids["skuId"] = {"00G1", "00B1"};
        ids["availabilityId"] = {"DZH318XZXK7M", "DZH318XZXM2B"};
        return ids;
    }

    LivePcsim pcsim_;
    std::map<std::string, std::vector<std::string>> ids_;
};

rc::Gen<std::string> genSegment(const std::string& parameter, const PopulatedPcsim& world) {
    auto garbage = gen::element<std::string>("00000000-0000-4000-8000-000000000000", "x", "%00", "..", "%E2%9C%93", "-",
                                             std::string(300, 'a'), "%25", "null", "%7B%7D");
    auto known = world.ids().find(parameter);
    if (known == world.ids().end()) return garbage;
    return gen::weightedOneOf<std::string>({{4, gen::elementOf(known->second)}, {1, garbage}});
}

// Every route of the Partner Center surface (the /_pcsim control plane is excluded: changing state
// is its job), with parameters filled in.
rc::Gen<RandomRequest> genRequest(const PopulatedPcsim& world, LivePcsim& pcsim, rc::Gen<std::string> body) {
    std::vector<const http::Route*> routes;
    for (const auto& route : pcsim.server().app().router().routes())
        if (route.access != http::Access::control) routes.push_back(&route);
    return gen::mapcat(gen::elementOf(routes), [&world, body](const http::Route* route) {
        std::vector<rc::Gen<std::string>> segments;
        for (const auto& segment : route->segments) {
            if (segment.size() > 2 && segment.front() == '{' && segment.back() == '}')
                segments.push_back(genSegment(segment.substr(1, segment.size() - 2), world));
            else segments.push_back(gen::just(segment));
        }
        auto path = gen::just(std::string());
        for (const auto& segment : segments)
            path = gen::map(gen::pair(path, segment), [](const auto& p) { return p.first + "/" + p.second; });
        auto method = gen::weightedOneOf<std::string>(
            {{9, gen::just(route->method)}, {1, gen::element<std::string>("DELETE", "PATCH", "PUT", "POST", "GET")}});
        auto contentType = gen::weightedElement<std::string>(
            {{6, "application/json"}, {2, ""}, {1, "text/plain"}, {1, "application/json; charset=utf-8"}});
        return gen::exec([=] {
            RandomRequest value{};
            value.method = *method;
            value.path = *path;
            value.body = *body;
            value.contentType = *contentType;
            return value;
        });
    });
}

// Sends the request and checks: an answer (no crash, no dropped connection), not 5xx, and no change
// to the world when refused (or when only reading).
void assertHandledSafely(PopulatedPcsim& world, const RandomRequest& request) {
    LivePcsim& pcsim = world.pcsim();
    const std::string before = pcsim.fingerprint();
    std::map<std::string, std::string> headers;
    if (!request.contentType.empty()) headers["Content-Type"] = request.contentType;
    const auto response = pcsim.send(request.method, request.path, request.body, headers);
    RC_LOG() << "answer " << response.status << ": " << response.body.substr(0, 400) << "\n";
    RC_ASSERT(!response.transportError);
    RC_ASSERT(response.status < 500L);
    RC_TAG(response.status);
    const std::string after = pcsim.fingerprint();
    if (response.status >= 400 || request.method == "GET") RC_ASSERT(after == before);
    RC_ASSERT(pcsim.healthy());
    if (after != before) world.restore();  // a request that succeeded may change the world: start afresh
}

TEST(Robustness, RandomBytesNeverCrashNor5xxNorChangeState) {
    PopulatedPcsim world;
    const auto requests = genRequest(world, world.pcsim(), gen::container<std::string>(gen::arbitrary<char>()));
    checkProperty([&] { assertHandledSafely(world, *requests); });
}

TEST(Robustness, RandomJsonNeverCrashesNor5xxNorChangesState) {
    PopulatedPcsim world;
    const auto json = gen::map(genVocabularyJson(), [](const nlohmann::json& j) { return j.dump(); });
    const auto requests = genRequest(world, world.pcsim(), json);
    checkProperty([&] { assertHandledSafely(world, *requests); });
}

// Malformed purchase requests through HTTP: 400 800002 naming the field, and no cart.
TEST(Robustness, MalformedCartRequestsAre400AndCreateNothing) {
    PopulatedPcsim world;
    checkProperty([&] {
        const std::size_t lines = *gen::inRange<std::size_t>(1, 4);
        const CartRequestMistake mistake = *genCartRequestMistake();
        const auto casings = *genCasings();
        const bool update = *gen::arbitrary<bool>();
        nlohmann::json request = validCartRequest(lines);
        const std::string expectedPath = makeMistake(request, mistake);
        const std::string body = respellDocument(request, casings, false).dump();
        RC_LOG() << body << "\n";

        const std::string carts = "/v1/customers/" + world::kCustomers[0].id + "/carts";
        LivePcsim& pcsim = world.pcsim();
        const std::string before = pcsim.fingerprint();
        const auto response = update ? pcsim.send("PUT", carts + "/" + world.ids().at("cartId").at(0), body,
                                                  {{"Content-Type", "application/json"}})
                                     : pcsim.send("POST", carts, body, {{"Content-Type", "application/json"}});
        RC_LOG() << "answer " << response.status << ": " << response.body << "\n";
        RC_ASSERT(response.status == 400L);
        const auto fault = response.json();
        RC_ASSERT(fault.at("code").get<int>() == 800002);
        RC_ASSERT(fault.at("description").get<std::string>().find(expectedPath) != std::string::npos);
        RC_ASSERT(pcsim.fingerprint() == before);
    });
}

}  // namespace
}  // namespace pcsim::properties
