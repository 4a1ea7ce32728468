#include "gen/model_gen.hpp"

#include "gen/world_gen.hpp"

namespace pcsim::properties {

using rc::Gen;
namespace gen = rc::gen;

namespace {

template <class T>
Gen<std::optional<T>> maybe(Gen<T> g) {
    return optionalOf(std::move(g));
}

Gen<std::optional<std::string>> maybeText() { return maybe(genText()); }

Gen<double> genMoney() {
    return gen::map(gen::inRange<std::int64_t>(-100'000'000, 100'000'000), [](std::int64_t cents) {
        return double(cents) / 100.0;
    });
}

Gen<std::string> genTimestamp() {
    return gen::element<std::string>("2026-01-05T09:00:00.0000000Z", "2024-05-06T09:12:30.5550000Z",
                                     "2027-02-28T00:00:00Z");
}

Gen<models::BillingCycle> genBillingCycle() {
    using B = models::BillingCycle;
    return gen::element(B::unknown, B::monthly, B::annual, B::none, B::one_time, B::triennial, B::biennial);
}

Gen<std::map<std::string, std::string>> genContext() {
    return gen::container<std::map<std::string, std::string>>(
        gen::resize(3, gen::element<std::string>("subscriptionId", "scope", "duration", "Scope", "customKey")),
        genText());
}

Gen<models::ResourceAttributes> genAttributes() {
    return gen::build<models::ResourceAttributes>(
        gen::set(&models::ResourceAttributes::etag, maybeText()),
        gen::set(&models::ResourceAttributes::objectType, gen::element<std::string>("Cart", "Order", "Subscription")));
}

Gen<models::CartError> genCartError() {
    return gen::build<models::CartError>(
        gen::set(&models::CartError::errorCode, gen::element(0, 10001, 10007, 10010, 10011, 500600)),
        gen::set(&models::CartError::errorDescription, genText()),
        gen::set(&models::CartError::additionalInformation, genFreeform()));
}

Gen<models::Participant> genParticipant() {
    return gen::build<models::Participant>(
        gen::set(&models::Participant::key,
                 gen::element<std::string>("transaction_reseller", "additional_transaction_reseller")),
        gen::set(&models::Participant::value, genText()));
}

Gen<models::RenewsTo> genRenewsTo() {
    return gen::build<models::RenewsTo>(
        gen::set(&models::RenewsTo::termDuration, gen::element<std::string>("P1M", "P1Y", "P3Y")));
}

// A line item; `addons` says whether it may carry add-on items (one level only).
Gen<models::CartLineItem> genLineItem(bool addons) {
    using L = models::CartLineItem;
    auto addonItems = addons ? maybe(smallVector(0, 2, genLineItem(false)))
                             : gen::just(std::optional<std::vector<L>>{});
    return gen::build<L>(
        gen::set(&L::id, maybe(gen::inRange(0, 100))), gen::set(&L::catalogItemId, genText()),
        gen::set(&L::friendlyName, maybeText()), gen::set(&L::quantity, gen::arbitrary<int>()),
        gen::set(&L::currencyCode, maybe(gen::element<std::string>("USD", "EUR"))),
        gen::set(&L::billingCycle, maybe(genBillingCycle())),
        gen::set(&L::termDuration, maybe(gen::element<std::string>("P1Y", "P3Y", "P1M"))),
        gen::set(&L::participants, maybe(smallVector(0, 2, genParticipant()))),
        gen::set(&L::provisioningContext, maybe(genContext())),
        gen::set(&L::orderGroup, maybe(gen::element<std::string>("0", "1", "OMS-0"))),
        gen::set(&L::addonItems, addonItems), gen::set(&L::renewsTo, maybe(genRenewsTo())),
        gen::set(&L::error, maybe(genCartError())), gen::set(&L::promotionId, maybeText()),
        gen::set(&L::customTermEndDate, maybe(genTimestamp())), gen::set(&L::attestationAccepted, maybe(gen::arbitrary<bool>())),
        gen::set(&L::purchaseSystem, maybeText()));
}

Gen<models::SelfLinks> genSelfLinks() {
    return gen::build<models::SelfLinks>(gen::set(&models::SelfLinks::self, maybe(genLink())));
}

Gen<models::Pricing> genPricing() {
    using P = models::Pricing;
    return gen::build<P>(gen::set(&P::listPrice, maybe(genMoney())), gen::set(&P::discountedPrice, maybe(genMoney())),
                         gen::set(&P::proratedPrice, maybe(genMoney())), gen::set(&P::price, maybe(genMoney())),
                         gen::set(&P::extendedPrice, maybe(genMoney())));
}

Gen<models::OrderLineItemLinks> genOrderLineItemLinks() {
    using L = models::OrderLineItemLinks;
    return gen::build<L>(gen::set(&L::product, maybe(genLink())), gen::set(&L::sku, maybe(genLink())),
                         gen::set(&L::availability, maybe(genLink())), gen::set(&L::subscription, maybe(genLink())),
                         gen::set(&L::provisioningStatus, maybe(genLink())),
                         gen::set(&L::activationLinks, maybe(genLink())));
}

Gen<models::OrderLineItem> genOrderLineItem() {
    using L = models::OrderLineItem;
    return gen::build<L>(
        gen::set(&L::lineItemNumber, gen::inRange(0, 100)), gen::set(&L::offerId, genText()),
        gen::set(&L::subscriptionId, maybeText()), gen::set(&L::parentSubscriptionId, maybeText()),
        gen::set(&L::termDuration, maybe(gen::element<std::string>("P1Y", "P3Y"))),
        gen::set(&L::transactionType, maybe(gen::element<std::string>("New", "renew", "addQuantity"))),
        gen::set(&L::friendlyName, maybeText()), gen::set(&L::quantity, gen::arbitrary<int>()),
        gen::set(&L::pricing, maybe(genPricing())), gen::set(&L::partnerIdOnRecord, maybeText()),
        gen::set(&L::additionalPartnerIdsOnRecord, maybe(smallVector(0, 2, genText()))),
        gen::set(&L::provisioningContext, maybe(genContext())), gen::set(&L::renewsTo, maybe(genRenewsTo())),
        gen::set(&L::promotionId, maybeText()), gen::set(&L::customTermEndDate, maybe(genTimestamp())),
        gen::set(&L::attestationAccepted, maybe(gen::arbitrary<bool>())),
        gen::set(&L::links, maybe(genOrderLineItemLinks())));
}

Gen<models::OrderLinks> genOrderLinks() {
    using L = models::OrderLinks;
    return gen::build<L>(gen::set(&L::self, maybe(genLink())), gen::set(&L::provisioningStatus, maybe(genLink())),
                         gen::set(&L::patchOperation, maybe(genLink())));
}

Gen<models::ReferenceOrder> genReferenceOrder() {
    using R = models::ReferenceOrder;
    return gen::build<R>(gen::set(&R::id, genText()), gen::set(&R::lineItemId, gen::element<std::string>("0", "1", "12")),
                         gen::set(&R::alternateId, maybeText()));
}

Gen<models::Artifact> genArtifact() {
    using A = models::Artifact;
    return gen::build<A>(
        gen::set(&A::artifactType, gen::element<std::string>("reservedinstance", "virtual_machine_reserved_instance")),
        gen::set(&A::dynamicAttributes, genFreeform()), gen::set(&A::link, maybe(genLink())),
        gen::set(&A::resourceId, maybeText()));
}

Gen<models::Entitlement> genEntitlement(bool nested) {
    using E = models::Entitlement;
    auto included = nested ? smallVector(0, 2, genEntitlement(false)) : gen::just(std::vector<E>{});
    return gen::build<E>(
        gen::set(&E::includedEntitlements, included), gen::set(&E::referenceOrder, maybe(genReferenceOrder())),
        gen::set(&E::productId, maybeText()), gen::set(&E::skuId, maybeText()),
        gen::set(&E::quantity, maybe(gen::arbitrary<int>())),
        gen::set(&E::quantityDetails,
                 maybe(smallVector(0, 2, gen::build<models::QuantityDetail>(
                                             gen::set(&models::QuantityDetail::quantity, gen::inRange(0, 1000)),
                                             gen::set(&models::QuantityDetail::status, genText()))))),
        gen::set(&E::entitlementType, gen::element<std::string>("reservedinstance", "software")),
        gen::set(&E::entitledArtifacts, smallVector(0, 2, genArtifact())),
        gen::set(&E::fulfillmentState, maybeText()), gen::set(&E::expiryDate, maybe(genTimestamp())),
        gen::set(&E::dynamicAttributes, genFreeform()), gen::set(&E::attributes, maybe(genAttributes())));
}

Gen<models::Reservation> genReservation() {
    using R = models::Reservation;
    return gen::build<R>(
        gen::set(&R::reservationId, genText()), gen::set(&R::displayName, genText()),
        gen::set(&R::scopeType, gen::element<std::string>("Shared", "Single")),
        gen::set(&R::appliedScopes, maybe(smallVector(0, 2, genText()))), gen::set(&R::quantity, gen::arbitrary<int>()),
        gen::set(&R::expiryDateTime, genTimestamp()), gen::set(&R::effectiveDateTime, genTimestamp()),
        gen::set(&R::provisioningState, gen::element<std::string>("Created", "Succeeded", "Cancelled")));
}

}  // namespace

Gen<std::string> genText() {
    return gen::oneOf(gen::element<std::string>("", "DZH318Z0BQ3Q:00G1:DZH318XZXK7M", "2E6B0F4A-9C1D-4B7E-8F3A-5D2C1B0A9E87",
                                                "Fabrikam Müller GmbH", "東京 reservation", "quote \" and \\ slash",
                                                "tab\tnew\nline", "emoji \xF0\x9F\x98\x80"),
                      gen::container<std::string>(gen::inRange(' ', '\x7f')));
}

Gen<nlohmann::json> genFreeform() {
    return gen::oneOf(gen::just(nlohmann::json()),
                      gen::map(genText(), [](std::string s) { return nlohmann::json{{"reservationType", s}}; }),
                      gen::map(gen::pair(gen::arbitrary<int>(), gen::arbitrary<bool>()), [](auto p) {
                          return nlohmann::json::array({p.first, p.second, nullptr});
                      }));
}

Gen<models::Link> genLink() {
    using L = models::Link;
    return gen::build<L>(
        gen::set(&L::uri, genText()), gen::set(&L::method, gen::element<std::string>("GET", "POST", "PATCH")),
        gen::set(&L::headers, smallVector(0, 2, gen::build<models::LinkHeader>(gen::set(&models::LinkHeader::key, genText()),
                                                                                gen::set(&models::LinkHeader::value, genText())))),
        gen::set(&L::body, genFreeform()));
}

Gen<models::CartLineItem> genCartLineItem() { return genLineItem(true); }

Gen<models::Cart> genWireCart() {
    using C = models::Cart;
    return gen::build<C>(
        gen::set(&C::id, maybeText()), gen::set(&C::creationTimestamp, maybe(genTimestamp())),
        gen::set(&C::lastModifiedTimestamp, maybe(genTimestamp())),
        gen::set(&C::expirationTimestamp, maybe(genTimestamp())), gen::set(&C::lastModifiedUser, maybeText()),
        gen::set(&C::status, maybe(gen::element<std::string>("Active", "Ordered"))),
        gen::set(&C::lineItems, smallVector(0, 3, genCartLineItem())),
        gen::set(&C::partnerOnRecordAttestationAccepted, maybe(gen::arbitrary<bool>())),
        gen::set(&C::links, maybe(genSelfLinks())), gen::set(&C::attributes, maybe(genAttributes())));
}

Gen<models::Order> genWireOrder() {
    using O = models::Order;
    return gen::build<O>(
        gen::set(&O::id, maybeText()), gen::set(&O::alternateId, maybeText()),
        gen::set(&O::referenceCustomerId, maybeText()), gen::set(&O::billingCycle, maybe(genBillingCycle())),
        gen::set(&O::currencyCode, maybe(gen::element<std::string>("USD", "EUR", "JPY"))),
        gen::set(&O::currencySymbol, maybe(gen::element<std::string>("$", "€", "¥"))),
        gen::set(&O::lineItems, smallVector(0, 3, genOrderLineItem())),
        gen::set(&O::creationDate, maybe(genTimestamp())),
        gen::set(&O::status, maybe(gen::element<std::string>("pending", "completed", "cancelled"))),
        gen::set(&O::transactionType, maybe(gen::element<std::string>("UserPurchase", "SystemPurchase"))),
        gen::set(&O::totalPrice, maybe(genMoney())),
        gen::set(&O::partnerOnRecordAttestationAccepted, maybe(gen::arbitrary<bool>())),
        gen::set(&O::links, maybe(genOrderLinks())), gen::set(&O::client, genFreeform()),
        gen::set(&O::attributes, maybe(genAttributes())));
}

Gen<models::CartCheckoutResult> genCheckoutResult() {
    using R = models::CartCheckoutResult;
    auto orderError = gen::build<models::OrderError>(
        gen::set(&models::OrderError::orderGroupId, gen::element<std::string>("0", "1")),
        gen::set(&models::OrderError::code, gen::element(800009, 800010, 800064)),
        gen::set(&models::OrderError::description, genText()));
    return gen::build<R>(gen::set(&R::orders, smallVector(0, 2, genWireOrder())),
                         gen::set(&R::orderErrors, smallVector(0, 2, orderError)));
}

Gen<models::Collection<models::Order>> genOrderCollection() {
    return gen::map(smallVector(0, 3, genWireOrder()),
                    [](std::vector<models::Order> orders) { return models::Collection<models::Order>::of(std::move(orders)); });
}

Gen<models::Entitlement> genWireEntitlement() { return genEntitlement(true); }

Gen<models::ReservedInstanceArtifactDetails> genArtifactDetails() {
    using D = models::ReservedInstanceArtifactDetails;
    return gen::build<D>(gen::set(&D::type, gen::element<std::string>("reservedinstance")),
                         gen::set(&D::reservations, smallVector(0, 3, genReservation())));
}

Gen<models::Subscription> genWireSubscription() {
    using S = models::Subscription;
    return gen::build<S>(
        gen::set(&S::id, genText()), gen::set(&S::entitlementId, maybeText()),
        gen::set(&S::offerId, maybe(gen::element<std::string>("MS-AZR-0145P", "DZH318Z0BPS6:0001"))),
        gen::set(&S::offerName, maybeText()), gen::set(&S::friendlyName, maybeText()),
        gen::set(&S::quantity, maybe(gen::arbitrary<int>())), gen::set(&S::unitType, maybeText()),
        gen::set(&S::parentSubscriptionId, maybeText()), gen::set(&S::consumptionType, maybeText()),
        gen::set(&S::creationDate, maybe(genTimestamp())), gen::set(&S::effectiveStartDate, maybe(genTimestamp())),
        gen::set(&S::commitmentEndDate, maybe(genTimestamp())),
        gen::set(&S::status, gen::element<std::string>("active", "suspended", "deleted", "none")),
        gen::set(&S::autoRenewEnabled, maybe(gen::arbitrary<bool>())),
        gen::set(&S::billingType, maybe(gen::element<std::string>("usage", "license", "none"))),
        gen::set(&S::billingCycle, maybe(genBillingCycle())),
        gen::set(&S::isTrial, maybe(gen::arbitrary<bool>())),
        gen::set(&S::actions, maybe(smallVector(0, 2, genText()))),
        gen::set(&S::termDuration, maybe(gen::element<std::string>("P1M", "P1Y"))),
        gen::set(&S::suspensionReasons, maybe(smallVector(0, 2, genText()))),
        gen::set(&S::contractType, maybe(gen::element<std::string>("subscription", "productKey"))),
        gen::set(&S::orderId, maybeText()), gen::set(&S::attributes, maybe(genAttributes())));
}

Gen<models::ApiFault> genApiFault() {
    using F = models::ApiFault;
    return gen::build<F>(
        gen::set(&F::code, gen::arbitrary<int>()), gen::set(&F::description, genText()),
        gen::set(&F::data, gen::oneOf(gen::just(nlohmann::json()), gen::just(nlohmann::json::array()), genFreeform())),
        gen::set(&F::source, maybe(gen::element<std::string>("PartnerCenter", "pcsim"))),
        gen::set(&F::message, maybeText()), gen::set(&F::errorName, maybeText()),
        gen::set(&F::isRetryable, maybe(gen::arbitrary<bool>())), gen::set(&F::parameters, genFreeform()),
        gen::set(&F::errorMessageExtended, maybeText()));
}

}  // namespace pcsim::properties

namespace partnercenter::models {
void showValue(const Cart& value, std::ostream& os) { os << serialize(value); }
void showValue(const CartCheckoutResult& value, std::ostream& os) { os << serialize(value); }
void showValue(const Order& value, std::ostream& os) { os << serialize(value); }
void showValue(const Collection<Order>& value, std::ostream& os) { os << serialize(value); }
void showValue(const Entitlement& value, std::ostream& os) { os << serialize(value); }
void showValue(const ReservedInstanceArtifactDetails& value, std::ostream& os) { os << serialize(value); }
void showValue(const Subscription& value, std::ostream& os) { os << serialize(value); }
void showValue(const ApiFault& value, std::ostream& os) { os << serialize(value); }
}  // namespace partnercenter::models
