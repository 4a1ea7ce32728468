#include "gen/cart_request_gen.hpp"

#include <vector>

namespace pcsim::properties {

namespace gen = rc::gen;
using J = nlohmann::json;

rc::Gen<CartRequestMistake> genCartRequestMistake() {
    auto wrong = [](std::string field, std::vector<J> values, bool removable) {
        auto replaced = gen::map(gen::pair(gen::elementOf(values), gen::inRange<std::size_t>(0, 3)), [field](auto p) {
            return CartRequestMistake{field, false, p.first, p.second};
        });
        if (!removable) return replaced;
        auto removed = gen::map(gen::inRange<std::size_t>(0, 3), [field](std::size_t line) {
            return CartRequestMistake{field, true, J(), line};
        });
        return gen::oneOf(removed, replaced);
    };
    return gen::oneOf(wrong("", {J::object(), J("lineItems"), J(3), J()}, true),
                      wrong("catalogItemId", {J(), J(42), J(true), J::array({"a"}), J::object()}, true),
                      wrong("quantity", {J(), J("2"), J(2.5), J(true), J::array({2}), J(4294967296LL)}, true),
                      wrong("id", {J("zero"), J(true), J(1.5), J::object()}, false),
                      wrong("friendlyName", {J(5), J::array(), J(false)}, false),
                      wrong("billingCycle", {J("weekly"), J(true), J(99), J::object()}, false),
                      wrong("termDuration", {J(1), J::array({"P1Y"}), J(true)}, false),
                      wrong("provisioningContext", {J("shared"), J::array(), J(7)}, false),
                      wrong("participants", {J("reseller"), J(1), J::object()}, false));
}

J validCartRequest(std::size_t lines, const std::string& subscriptionId) {
    J items = J::array();
    for (std::size_t i = 0; i < lines; ++i)
        items.push_back({{"id", i},
                         {"catalogItemId", "DZH318Z0BQ3Q:00G1:DZH318XZXK7M"},
                         {"friendlyName", "line " + std::to_string(i)},
                         {"quantity", 1 + i},
                         {"billingCycle", "one_time"},
                         {"termDuration", "P1Y"},
                         {"participants", J::array()},
                         {"provisioningContext", {{"subscriptionId", subscriptionId}, {"scope", "shared"}}}});
    return {{"lineItems", items}};
}

std::string makeMistake(J& request, const CartRequestMistake& mistake) {
    if (mistake.field.empty()) {
        if (mistake.remove) request.erase("lineItems");
        else request["lineItems"] = mistake.replacement;
        return "lineItems";
    }
    const std::size_t line = mistake.line % request["lineItems"].size();
    J& item = request["lineItems"][line];
    if (mistake.remove) item.erase(mistake.field);
    else item[mistake.field] = mistake.replacement;
    return "lineItems[" + std::to_string(line) + "]." + mistake.field;
}

void showValue(const CartRequestMistake& mistake, std::ostream& os) {
    os << (mistake.field.empty() ? "lineItems" : "lineItems[" + std::to_string(mistake.line) + "]." + mistake.field)
       << (mistake.remove ? " removed" : " = " + mistake.replacement.dump());
}

}  // namespace pcsim::properties
