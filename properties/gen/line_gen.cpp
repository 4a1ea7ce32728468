#include "gen/line_gen.hpp"

#include "gen/world_gen.hpp"
#include "partnercenter/text.hpp"
#include "sim/catalog.hpp"

namespace pcsim::properties {

using rc::Gen;
namespace gen = rc::gen;

namespace {

std::string respell(const std::string& text, int casing) {
    switch (casing % 3) {
        case 1: return partnercenter::text::toUpper(text);
        case 2: return text.empty() ? text : partnercenter::text::toUpper(text.substr(0, 1)) + text.substr(1);
        default: return text;
    }
}

// "P3Y" → "3Years" (the provisioningContext spelling of the docs).
std::string durationSpelling(const std::string& term) {
    const char years = term.size() > 1 ? term[1] : '1';
    return std::string(1, years) + (years == '1' ? "Year" : "Years");
}

}  // namespace

Gen<QuantityPick> genQuantity() {
    using Anchor = QuantityPick::Anchor;
    return gen::exec([=] {
        QuantityPick value{};
        value.anchor = *gen::element(Anchor::minimum, Anchor::maximum, Anchor::literal);
        value.offset = *gen::inRange<std::int64_t>(-3, 4);
        return value;
    });
}

Gen<QuantityPick> genQuantityWithinBounds() {
    using Anchor = QuantityPick::Anchor;
    return gen::oneOf(gen::just(QuantityPick{Anchor::minimum, 0}), gen::just(QuantityPick{Anchor::maximum, 0}),
                      gen::exec([=] {
                          QuantityPick value{};
                          value.anchor = *gen::just(Anchor::within);
                          value.offset = *gen::inRange<std::int64_t>(0, 13);
                          return value;
                      }));
}

Gen<std::string> genScopeSpelling() {
    return gen::apply(respell, gen::element<std::string>("shared", "single"), gen::inRange(0, 3));
}

Gen<std::string> genInvalidScope() {
    return gen::oneOf(gen::element<std::string>("", "resourcegroup", "ManagementGroup", "sharedd", "singles", " shared",
                                                "single ", "both", "null"),
                      gen::string<std::string>());
}

Gen<LinePick> genValidLine() {
    return gen::exec([=] {
        LinePick value{};
        value.item = *gen::inRange(0, 9);
        value.subscription = *gen::inRange(0, 4);
        value.quantity = *genQuantityWithinBounds();
        value.scope = *genScopeSpelling();
        value.termField = *gen::element(TermField::termDuration, TermField::duration, TermField::both);
        value.upperCaseTerm = *gen::arbitrary<decltype(value.upperCaseTerm)>();
        value.billToAzureId = *gen::arbitrary<decltype(value.billToAzureId)>();
        return value;
    });
}

Gen<LinePick> genAnyLine() {
    return gen::exec([=] {
        LinePick value{};
        value.item = *gen::inRange(0, 9);
        value.subscription = *gen::inRange(0, 4);
        value.quantity = *genQuantity();
        value.scope = *gen::weightedOneOf<std::string>({{4, genScopeSpelling()}, {1, genInvalidScope()}});
        value.termField = *gen::element(TermField::termDuration, TermField::duration, TermField::both);
        value.upperCaseTerm = *gen::arbitrary<decltype(value.upperCaseTerm)>();
        value.billToAzureId = *gen::arbitrary<decltype(value.billToAzureId)>();
        value.unknownItem = *gen::weightedElement<bool>({{9, false}, {1, true}});
        value.unknownSubscription = *gen::weightedElement<bool>({{9, false}, {1, true}});
        return value;
    });
}

std::int64_t quantityFor(const QuantityPick& pick, const SkuSpec& sku) {
    switch (pick.anchor) {
        case QuantityPick::Anchor::minimum: return sku.minimumQuantity + pick.offset;
        case QuantityPick::Anchor::maximum: return sku.maximumQuantity + pick.offset;
        case QuantityPick::Anchor::within:
            return sku.minimumQuantity + pick.offset % (sku.maximumQuantity - sku.minimumQuantity + 1);
        case QuantityPick::Anchor::literal: break;
    }
    return pick.offset;
}

ResolvedPick resolve(const WorldSpec& world, std::size_t customer, const LinePick& pick) {
    const auto items = catalogItems(world);
    const auto& subscriptions = world.customers.at(customer).subscriptions;
    ResolvedPick resolved;
    resolved.item = items.at(std::size_t(pick.item) % items.size());
    resolved.subscription = std::size_t(pick.subscription) % subscriptions.size();
    resolved.quantity = quantityFor(pick.quantity, world.skus.at(resolved.item.sku));

    const std::string term = availabilityOf(world, resolved.item).term;
    sim::CartLineInput& line = resolved.line;
    line.catalogItemId = pick.unknownItem ? kProductId + ":0S99:DZH318AV9999" : catalogItemId(resolved.item);
    line.friendlyName = "property line";
    line.quantity = resolved.quantity;
    line.billingCycle = "one_time";
    if (pick.termField != TermField::duration)
        line.termDuration = pick.upperCaseTerm ? term : partnercenter::text::toLower(term);
    if (pick.termField != TermField::termDuration) {
        const std::string duration = durationSpelling(term);
        line.provisioningContext["duration"] = pick.upperCaseTerm ? duration : partnercenter::text::toLower(duration);
    }
    line.provisioningContext["scope"] = pick.scope;
    line.provisioningContext["subscriptionId"] = pick.unknownSubscription ? "0BADBAD0-0000-4000-8000-000000000000"
                                                 : pick.billToAzureId
                                                     ? azureSubscriptionId(customer, resolved.subscription)
                                                     : subscriptionId(customer, resolved.subscription);
    return resolved;
}

LinePick onSubscription(LinePick pick, std::size_t subscription) {
    pick.subscription = int(subscription);
    pick.unknownSubscription = false;
    return pick;
}

sim::CartInput cartOf(std::vector<sim::CartLineInput> lines) { return sim::CartInput{std::move(lines)}; }

void showValue(const QuantityPick& value, std::ostream& os) {
    switch (value.anchor) {
        case QuantityPick::Anchor::minimum: os << "min"; break;
        case QuantityPick::Anchor::maximum: os << "max"; break;
        case QuantityPick::Anchor::within: os << "min+(" << value.offset << " mod span)"; return;
        case QuantityPick::Anchor::literal: os << "0"; break;
    }
    os << (value.offset < 0 ? "" : "+") << value.offset;
}

void showValue(const LinePick& value, std::ostream& os) {
    os << "line{item " << value.item << (value.unknownItem ? " (UNKNOWN id)" : "") << ", subscription "
       << value.subscription << (value.unknownSubscription ? " (UNKNOWN id)" : "")
       << (value.billToAzureId ? " by Azure id" : "") << ", quantity ";
    showValue(value.quantity, os);
    os << ", scope \"" << value.scope << "\", term via "
       << (value.termField == TermField::termDuration ? "termDuration"
           : value.termField == TermField::duration   ? "duration"
                                                      : "both")
       << (value.upperCaseTerm ? "" : " (lower case)") << "}";
}

std::ostream& operator<<(std::ostream& os, const ResolvedPick& value) {
    os << "resolved: " << value.line.catalogItemId << " x" << value.quantity << " on "
       << value.line.provisioningContext.at("subscriptionId") << " (subscription " << value.subscription << ")";
    for (const auto& [key, text] : value.line.provisioningContext) os << " " << key << "=" << text;
    if (value.line.termDuration) os << " termDuration=" << *value.line.termDuration;
    return os;
}

}  // namespace pcsim::properties
