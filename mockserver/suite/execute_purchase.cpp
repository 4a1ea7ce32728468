// `purchase:` — the documented purchase in one step, through the client library's PurchaseFlow
// against the case's sandbox: customer, subscription, registration, catalog search, inventory
// check, cart, checkout, order, reservations. Its result is a JSON document that `expect` and
// `save` read like an answer:
//
//   {"ok": true, "orderId", "status", "customerId", "subscriptionId", "cartId", "catalogItemId",
//    "total", "currencyCode", "order": {...}, "orders": [...], "reservations": [...],
//    "reservationsNote", "attempts", "retries"}
//   {"ok": false, "error": {"step", "kind", "status", "code", "description", "message", "request"},
//    "attempts", "retries"}
#include <atomic>
#include <charconv>

#include "partnercenter/partnercenter.hpp"
#include "suite/execute.hpp"

namespace pcsim::suite {
namespace {

namespace pc = partnercenter;

const char* kindName(pc::PartnerCenterError::Kind kind) {
    switch (kind) {
        case pc::PartnerCenterError::Kind::service: return "service";
        case pc::PartnerCenterError::Kind::transport: return "transport";
        case pc::PartnerCenterError::Kind::invalid_response: return "invalid_response";
        case pc::PartnerCenterError::Kind::purchase: return "purchase";
    }
    return "?";
}

pc::Credentials credentials(const PurchaseStep& purchase, const ScenarioFacts& facts) {
    if (!facts.hasApp)
        throw InterpolationError("the scenario '" + facts.name + "' has no app in partner.apps to buy with");
    if (purchase.auth == Auth::app) return pc::AppCredentials{facts.tenantId, facts.clientId, facts.clientSecret};
    if (facts.userRefreshToken.empty())
        throw InterpolationError("the scenario's first user has no refreshToken; buy with 'auth: app' or give it one");
    return pc::AppUserCredentials{facts.tenantId, facts.clientId, facts.clientSecret, facts.userRefreshToken};
}

pc::PurchasePlan planOf(const PurchaseStep& purchase, CaseRun& run) {
    auto lookup = run.lookup();
    pc::PurchasePlan plan;
    plan.customerId = interpolate(purchase.customer, lookup);
    if (purchase.subscription) plan.subscriptionId = interpolate(*purchase.subscription, lookup);
    if (purchase.country) plan.country = interpolate(*purchase.country, lookup);
    pc::ReservationLine line;
    line.size = interpolate(purchase.size, lookup);
    line.region = interpolate(purchase.region, lookup);
    line.term = interpolate(purchase.term, lookup);
    if (purchase.series) line.series = interpolate(*purchase.series, lookup);
    const std::string quantity = interpolate(purchase.quantity, lookup);
    auto [end, ec] = std::from_chars(quantity.data(), quantity.data() + quantity.size(), line.quantity);
    if (ec != std::errc{} || end != quantity.data() + quantity.size())
        throw InterpolationError("quantity '" + quantity + "' is not a whole number");
    const std::string scope = interpolate(purchase.scope, lookup);
    if (scope != "shared" && scope != "single")
        throw InterpolationError("scope '" + scope + "' is not shared or single");
    line.scope = scope == "single" ? pc::ReservationScope::single : pc::ReservationScope::shared;
    plan.lines.push_back(line);
    return plan;
}

std::string describePlan(const pc::PurchasePlan& plan) {
    const auto& line = plan.lines.front();
    return "purchase " + std::to_string(line.quantity) + " x " + line.size + " in " + line.region + " (" + line.term +
           ", " + std::string(pc::to_string(line.scope)) + ") for customer " + plan.customerId +
           (plan.subscriptionId ? ", subscription " + *plan.subscriptionId : std::string());
}

nlohmann::json resultDocument(const pc::PurchaseReview& review, const pc::PurchaseResult& result) {
    nlohmann::json document = {
        {"ok", true},
        {"orderId", result.orderId},
        {"status", result.status},
        {"customerId", review.customer.id},
        {"subscriptionId", review.subscription.id},
        {"cartId", review.cart.id.value_or("")},
        {"catalogItemId", review.lines.empty() ? "" : review.lines.front().offer.catalogItemId()},
        {"currencyCode", review.currencyCode}};
    document["total"] = review.total ? nlohmann::json(*review.total) : nlohmann::json(nullptr);
    document["orders"] = nlohmann::json::array();
    for (const auto& order : result.orders) document["orders"].push_back(order);
    document["order"] = result.orders.empty() ? nlohmann::json(nullptr) : document["orders"][0];
    document["reservations"] = nlohmann::json::array();
    for (const auto& reservation : result.reservations) document["reservations"].push_back(reservation);
    document["reservationsNote"] =
        result.reservationsNote ? nlohmann::json(*result.reservationsNote) : nlohmann::json(nullptr);
    return document;
}

nlohmann::json errorDocument(const pc::PartnerCenterError& e) {
    return {{"ok", false},
            {"error",
             {{"step", e.step()},
              {"kind", kindName(e.kind())},
              {"status", e.httpStatus()},
              {"code", e.code()},
              {"description", e.description()},
              {"message", e.what()},
              {"request", e.request()}}}};
}

}  // namespace

StepOutcome executePurchase(const Step& step, const PurchaseStep& purchase, CaseRun& run) {
    StepOutcome outcome;
    const pc::PurchasePlan plan = planOf(purchase, run);
    outcome.request = describePlan(plan);

    // The simulated world needs no wall-clock waiting: retries and polls go at once.
    auto noWait = [](std::chrono::milliseconds) {};
    auto attempts = std::make_shared<std::atomic<int>>(0);
    auto retries = std::make_shared<std::atomic<int>>(0);
    pc::ClientOptions options;
    options.endpoint = run.baseUrl();
    options.authority = run.baseUrl();
    options.timeout = run.timeout();
    options.caBundle = run.http().caFile();  // the runner's trust, --cacert or the CA variables
    options.retry.maxRetries = purchase.retries;
    options.retry.sleeper = noWait;
    options.observer = [attempts, retries](const pc::Attempt& attempt) {
        ++*attempts;
        if (attempt.number > 1) ++*retries;
    };
    pc::PurchaseOptions flowOptions;
    flowOptions.pollInterval = std::chrono::milliseconds(0);
    flowOptions.maxRegistrationPolls = 20;
    flowOptions.maxOrderPolls = 20;
    flowOptions.maxReservationPolls = 20;
    flowOptions.sleeper = noWait;

    nlohmann::json document;
    try {
        pc::PurchaseFlow flow(pc::PartnerClient(credentials(purchase, run.scenario()), options), flowOptions);
        auto review = flow.prepare(plan);
        auto result = flow.complete(review);
        document = resultDocument(review, result);
    } catch (const pc::PartnerCenterError& e) {
        document = errorDocument(e);
    }
    document["attempts"] = attempts->load();
    document["retries"] = retries->load();
    // What a reader of a failure wants first: the outcome and the reservations, not every order field.
    nlohmann::json summary = document;
    summary.erase("orders");
    if (summary.contains("order") && summary["order"].is_object())
        summary["order"] = {{"id", summary["order"].value("id", "")}, {"status", summary["order"].value("status", "")}};
    outcome.response = excerpt(summary, 600);

    const bool ok = document["ok"].get<bool>();
    if (ok != purchase.expectSuccess) {
        if (ok)
            outcome.mismatches.push_back(
                {"purchase", "fails", "succeeded: order " + document["orderId"].get<std::string>()});
        else outcome.error = "the purchase failed: " + document["error"]["message"].get<std::string>();
        return outcome;
    }
    if (step.expect) outcome.mismatches = judgeDocument(step.expect->json, document, run.lookup());
    if (outcome.passed()) applySaves(step.save, nullptr, document, run, outcome);
    return outcome;
}

}  // namespace pcsim::suite
