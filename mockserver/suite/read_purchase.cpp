// `purchase:` — the whole purchase flow in one step — and its `expect:` (the order, the
// reservations, or the error of a purchase that must fail).
#include "suite/interpolation.hpp"
#include "suite/read_context.hpp"

namespace pcsim::suite {

void readPurchase(const YAML::Node& node, const std::string& path, ReadContext& ctx, Step& step) {
    PurchaseStep& purchase = step.action.emplace<PurchaseStep>();
    MapReader map(node, path, ctx.diags,
                  {"customer", "subscription", "size", "region", "term", "quantity", "scope", "country", "series",
                   "auth", "retries"});
    if (!map.isMapping()) return;
    purchase.customer = templateField(map, "customer", ctx, Need::required).value_or("");
    purchase.subscription = templateField(map, "subscription", ctx);
    purchase.size = templateField(map, "size", ctx, Need::required).value_or("");
    purchase.region = templateField(map, "region", ctx, Need::required).value_or("");
    purchase.term = templateField(map, "term", ctx).value_or("P1Y");
    if (map.has("quantity")) {
        auto text = templateField(map, "quantity", ctx);
        if (text && !hasVariables(*text)) map.integer("quantity", Need::optional, 1);
        purchase.quantity = text.value_or("1");
    }
    if (auto scope = templateField(map, "scope", ctx)) {
        if (!hasVariables(*scope)) map.choice("scope", {"shared", "single"});
        purchase.scope = *scope;
    }
    purchase.country = templateField(map, "country", ctx);
    purchase.series = templateField(map, "series", ctx);
    if (map.has("auth")) {
        auto auth = map.choice("auth", {"app", "user"});
        if (auth) purchase.auth = *auth == "app" ? Auth::app : Auth::user;
    }
    if (auto retries = map.integer("retries", Need::optional, 0, 10)) purchase.retries = int(*retries);
}

void readPurchaseExpectation(const MapReader& map, ReadContext& ctx, Step& step) {
    PurchaseStep& purchase = std::get<PurchaseStep>(step.action);
    Expectation& out = step.expect.emplace();
    if (auto ok = map.flag("ok")) purchase.expectSuccess = *ok;
    if (map.has("error")) {
        if (map.has("ok") && purchase.expectSuccess)
            map.error("ok", "'error' describes a purchase that fails; it cannot go with 'ok: true'");
        purchase.expectSuccess = false;
    }
    // Each key is a set of path assertions under one part of the purchase's result document.
    const std::pair<const char*, const char*> parts[] = {{"json", ""},
                                                         {"order", "$.order"},
                                                         {"reservation", "$.reservations[0]"},
                                                         {"reservations", "$.reservations"},
                                                         {"error", "$.error"}};
    for (const auto& [key, under] : parts) {
        if (!map.has(key)) continue;
        auto checks = readPathAssertions(map.value(key), key, ctx, under);
        out.json.insert(out.json.end(), checks.begin(), checks.end());
    }
}

}  // namespace pcsim::suite
