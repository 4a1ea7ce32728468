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
    return gen::map(gen::inRange<std::int64_t>(-100'000'000, 100'000'000),
                    [](std::int64_t cents) { return double(cents) / 100.0; });
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
    return gen::exec([=] {
        models::ResourceAttributes value{};
        value.etag = *maybeText();
        value.objectType = *gen::element<std::string>("Cart", "Order", "Subscription");
        return value;
    });
}

Gen<models::CartError> genCartError() {
    return gen::exec([=] {
        models::CartError value{};
        value.errorCode = *gen::element(0, 10001, 10007, 10010, 10011, 500600);
        value.errorDescription = *genText();
        value.additionalInformation = *genFreeform();
        return value;
    });
}

Gen<models::Participant> genParticipant() {
    return gen::exec([=] {
        models::Participant value{};
        value.key = *gen::element<std::string>("transaction_reseller", "additional_transaction_reseller");
        value.value = *genText();
        return value;
    });
}

Gen<models::RenewsTo> genRenewsTo() {
    return gen::exec([=] {
        models::RenewsTo value{};
        value.termDuration = *gen::element<std::string>("P1M", "P1Y", "P3Y");
        return value;
    });
}

// A line item; `addons` says whether it may carry add-on items (one level only).
Gen<models::CartLineItem> genLineItem(bool addons) {
    using L = models::CartLineItem;
    auto addonItems =
        addons ? maybe(smallVector(0, 2, genLineItem(false))) : gen::just(std::optional<std::vector<L>>{});
    return gen::exec([=] {
        L value{};
        value.id = *maybe(gen::inRange(0, 100));
        value.catalogItemId = *genText();
        value.friendlyName = *maybeText();
        value.quantity = *gen::arbitrary<int>();
        value.currencyCode = *maybe(gen::element<std::string>("USD", "EUR"));
        value.billingCycle = *maybe(genBillingCycle());
        value.termDuration = *maybe(gen::element<std::string>("P1Y", "P3Y", "P1M"));
        value.participants = *maybe(smallVector(0, 2, genParticipant()));
        value.provisioningContext = *maybe(genContext());
        value.orderGroup = *maybe(gen::element<std::string>("0", "1", "OMS-0"));
        value.addonItems = *addonItems;
        value.renewsTo = *maybe(genRenewsTo());
        value.error = *maybe(genCartError());
        value.promotionId = *maybeText();
        value.customTermEndDate = *maybe(genTimestamp());
        value.attestationAccepted = *maybe(gen::arbitrary<bool>());
        value.purchaseSystem = *maybeText();
        return value;
    });
}

Gen<models::SelfLinks> genSelfLinks() {
    return gen::exec([=] {
        models::SelfLinks value{};
        value.self = *maybe(genLink());
        return value;
    });
}

Gen<models::Pricing> genPricing() {
    using P = models::Pricing;
    return gen::exec([=] {
        P value{};
        value.listPrice = *maybe(genMoney());
        value.discountedPrice = *maybe(genMoney());
        value.proratedPrice = *maybe(genMoney());
        value.price = *maybe(genMoney());
        value.extendedPrice = *maybe(genMoney());
        return value;
    });
}

Gen<models::OrderLineItemLinks> genOrderLineItemLinks() {
    using L = models::OrderLineItemLinks;
    return gen::exec([=] {
        L value{};
        value.product = *maybe(genLink());
        value.sku = *maybe(genLink());
        value.availability = *maybe(genLink());
        value.subscription = *maybe(genLink());
        value.provisioningStatus = *maybe(genLink());
        value.activationLinks = *maybe(genLink());
        return value;
    });
}

Gen<models::OrderLineItem> genOrderLineItem() {
    using L = models::OrderLineItem;
    return gen::exec([=] {
        L value{};
        value.lineItemNumber = *gen::inRange(0, 100);
        value.offerId = *genText();
        value.subscriptionId = *maybeText();
        value.parentSubscriptionId = *maybeText();
        value.termDuration = *maybe(gen::element<std::string>("P1Y", "P3Y"));
        value.transactionType = *maybe(gen::element<std::string>("New", "renew", "addQuantity"));
        value.friendlyName = *maybeText();
        value.quantity = *gen::arbitrary<int>();
        value.pricing = *maybe(genPricing());
        value.partnerIdOnRecord = *maybeText();
        value.additionalPartnerIdsOnRecord = *maybe(smallVector(0, 2, genText()));
        value.provisioningContext = *maybe(genContext());
        value.renewsTo = *maybe(genRenewsTo());
        value.promotionId = *maybeText();
        value.customTermEndDate = *maybe(genTimestamp());
        value.attestationAccepted = *maybe(gen::arbitrary<bool>());
        value.links = *maybe(genOrderLineItemLinks());
        return value;
    });
}

Gen<models::OrderLinks> genOrderLinks() {
    using L = models::OrderLinks;
    return gen::exec([=] {
        L value{};
        value.self = *maybe(genLink());
        value.provisioningStatus = *maybe(genLink());
        value.patchOperation = *maybe(genLink());
        return value;
    });
}

Gen<models::ReferenceOrder> genReferenceOrder() {
    using R = models::ReferenceOrder;
    return gen::exec([=] {
        R value{};
        value.id = *genText();
        value.lineItemId = *gen::element<std::string>("0", "1", "12");
        value.alternateId = *maybeText();
        return value;
    });
}

Gen<models::Artifact> genArtifact() {
    using A = models::Artifact;
    return gen::exec([=] {
        A value{};
        value.artifactType = *gen::element<std::string>("reservedinstance", "virtual_machine_reserved_instance");
        value.dynamicAttributes = *genFreeform();
        value.link = *maybe(genLink());
        value.resourceId = *maybeText();
        return value;
    });
}

Gen<models::Entitlement> genEntitlement(bool nested) {
    using E = models::Entitlement;
    auto included = nested ? smallVector(0, 2, genEntitlement(false)) : gen::just(std::vector<E>{});
    return gen::exec([=] {
        E value{};
        value.includedEntitlements = *included;
        value.referenceOrder = *maybe(genReferenceOrder());
        value.productId = *maybeText();
        value.skuId = *maybeText();
        value.quantity = *maybe(gen::arbitrary<int>());
        value.quantityDetails = *maybe(smallVector(0, 2, gen::exec([=] {
                                                       models::QuantityDetail value{};
                                                       value.quantity = *gen::inRange(0, 1000);
                                                       value.status = *genText();
                                                       return value;
                                                   })));
        value.entitlementType = *gen::element<std::string>("reservedinstance", "software");
        value.entitledArtifacts = *smallVector(0, 2, genArtifact());
        value.fulfillmentState = *maybeText();
        value.expiryDate = *maybe(genTimestamp());
        value.dynamicAttributes = *genFreeform();
        value.attributes = *maybe(genAttributes());
        return value;
    });
}

Gen<models::Reservation> genReservation() {
    using R = models::Reservation;
    return gen::exec([=] {
        R value{};
        value.reservationId = *genText();
        value.displayName = *genText();
        value.scopeType = *gen::element<std::string>("Shared", "Single");
        value.appliedScopes = *maybe(smallVector(0, 2, genText()));
        value.quantity = *gen::arbitrary<int>();
        value.expiryDateTime = *genTimestamp();
        value.effectiveDateTime = *genTimestamp();
        value.provisioningState = *gen::element<std::string>("Created", "Succeeded", "Cancelled");
        return value;
    });
}

}  // namespace

Gen<std::string> genText() {
    return gen::oneOf(
        gen::element<std::string>("", "DZH318Z0BQ3Q:00G1:DZH318XZXK7M", "2E6B0F4A-9C1D-4B7E-8F3A-5D2C1B0A9E87",
                                  "Fabrikam Müller GmbH", "東京 reservation", "quote \" and \\ slash", "tab\tnew\nline",
                                  "emoji \xF0\x9F\x98\x80"),
        gen::container<std::string>(gen::inRange(' ', '\x7f')));
}

Gen<nlohmann::json> genFreeform() {
    return gen::oneOf(gen::just(nlohmann::json()),
                      gen::map(genText(),
                               [](std::string s) {
                                   return nlohmann::json{{"reservationType", s}};
                               }),
                      gen::map(gen::pair(gen::arbitrary<int>(), gen::arbitrary<bool>()), [](auto p) {
                          return nlohmann::json::array({p.first, p.second, nullptr});
                      }));
}

Gen<models::Link> genLink() {
    using L = models::Link;
    return gen::exec([=] {
        L value{};
        value.uri = *genText();
        value.method = *gen::element<std::string>("GET", "POST", "PATCH");
        value.headers = *smallVector(0, 2, gen::exec([=] {
                                         models::LinkHeader value{};
                                         value.key = *genText();
                                         value.value = *genText();
                                         return value;
                                     }));
        value.body = *genFreeform();
        return value;
    });
}

Gen<models::CartLineItem> genCartLineItem() { return genLineItem(true); }

Gen<models::Cart> genWireCart() {
    using C = models::Cart;
    return gen::exec([=] {
        C value{};
        value.id = *maybeText();
        value.creationTimestamp = *maybe(genTimestamp());
        value.lastModifiedTimestamp = *maybe(genTimestamp());
        value.expirationTimestamp = *maybe(genTimestamp());
        value.lastModifiedUser = *maybeText();
        value.status = *maybe(gen::element<std::string>("Active", "Ordered"));
        value.lineItems = *smallVector(0, 3, genCartLineItem());
        value.partnerOnRecordAttestationAccepted = *maybe(gen::arbitrary<bool>());
        value.links = *maybe(genSelfLinks());
        value.attributes = *maybe(genAttributes());
        return value;
    });
}

Gen<models::Order> genWireOrder() {
    using O = models::Order;
    return gen::exec([=] {
        O value{};
        value.id = *maybeText();
        value.alternateId = *maybeText();
        value.referenceCustomerId = *maybeText();
        value.billingCycle = *maybe(genBillingCycle());
        value.currencyCode = *maybe(gen::element<std::string>("USD", "EUR", "JPY"));
        value.currencySymbol = *maybe(gen::element<std::string>("$", "€", "¥"));
        value.lineItems = *smallVector(0, 3, genOrderLineItem());
        value.creationDate = *maybe(genTimestamp());
        value.status = *maybe(gen::element<std::string>("pending", "completed", "cancelled"));
        value.transactionType = *maybe(gen::element<std::string>("UserPurchase", "SystemPurchase"));
        value.totalPrice = *maybe(genMoney());
        value.partnerOnRecordAttestationAccepted = *maybe(gen::arbitrary<bool>());
        value.links = *maybe(genOrderLinks());
        value.client = *genFreeform();
        value.attributes = *maybe(genAttributes());
        return value;
    });
}

Gen<models::CartCheckoutResult> genCheckoutResult() {
    using R = models::CartCheckoutResult;
    auto orderError = gen::exec([=] {
        models::OrderError value{};
        value.orderGroupId = *gen::element<std::string>("0", "1");
        value.code = *gen::element(800009, 800010, 800064);
        value.description = *genText();
        return value;
    });
    return gen::exec([=] {
        R value{};
        value.orders = *smallVector(0, 2, genWireOrder());
        value.orderErrors = *smallVector(0, 2, orderError);
        return value;
    });
}

Gen<models::Collection<models::Order>> genOrderCollection() {
    return gen::map(smallVector(0, 3, genWireOrder()), [](std::vector<models::Order> orders) {
        return models::Collection<models::Order>::of(std::move(orders));
    });
}

Gen<models::Entitlement> genWireEntitlement() { return genEntitlement(true); }

Gen<models::ReservedInstanceArtifactDetails> genArtifactDetails() {
    using D = models::ReservedInstanceArtifactDetails;
    return gen::exec([=] {
        D value{};
        value.type = *gen::element<std::string>("reservedinstance");
        value.reservations = *smallVector(0, 3, genReservation());
        return value;
    });
}

Gen<models::Subscription> genWireSubscription() {
    using S = models::Subscription;
    return gen::exec([=] {
        S value{};
        value.id = *genText();
        value.entitlementId = *maybeText();
        value.offerId = *maybe(gen::element<std::string>("MS-AZR-0145P", "DZH318Z0BPS6:0001"));
        value.offerName = *maybeText();
        value.friendlyName = *maybeText();
        value.quantity = *maybe(gen::arbitrary<int>());
        value.unitType = *maybeText();
        value.parentSubscriptionId = *maybeText();
        value.consumptionType = *maybeText();
        value.creationDate = *maybe(genTimestamp());
        value.effectiveStartDate = *maybe(genTimestamp());
        value.commitmentEndDate = *maybe(genTimestamp());
        value.status = *gen::element<std::string>("active", "suspended", "deleted", "none");
        value.autoRenewEnabled = *maybe(gen::arbitrary<bool>());
        value.billingType = *maybe(gen::element<std::string>("usage", "license", "none"));
        value.billingCycle = *maybe(genBillingCycle());
        value.isTrial = *maybe(gen::arbitrary<bool>());
        value.actions = *maybe(smallVector(0, 2, genText()));
        value.termDuration = *maybe(gen::element<std::string>("P1M", "P1Y"));
        value.suspensionReasons = *maybe(smallVector(0, 2, genText()));
        value.contractType = *maybe(gen::element<std::string>("subscription", "productKey"));
        value.orderId = *maybeText();
        value.attributes = *maybe(genAttributes());
        return value;
    });
}

Gen<models::ApiFault> genApiFault() {
    using F = models::ApiFault;
    return gen::exec([=] {
        F value{};
        value.code = *gen::arbitrary<int>();
        value.description = *genText();
        value.data = *gen::oneOf(gen::just(nlohmann::json()), gen::just(nlohmann::json::array()), genFreeform());
        value.source = *maybe(gen::element<std::string>("PartnerCenter", "pcsim"));
        value.message = *maybeText();
        value.errorName = *maybeText();
        value.isRetryable = *maybe(gen::arbitrary<bool>());
        value.parameters = *genFreeform();
        value.errorMessageExtended = *maybeText();
        return value;
    });
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
