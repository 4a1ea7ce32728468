#pragma once
// Generators of the wire models (client/include/partnercenter/models) for the round-trip and casing
// properties. Strings are valid UTF-8 (JSON text cannot carry anything else) and numbers finite;
// everything optional is sometimes absent. Counterexamples show a model as its JSON.
#include <rapidcheck.h>

#include <ostream>

#include <partnercenter/models/models.hpp>

namespace pcsim::properties {

namespace models = partnercenter::models;

rc::Gen<std::string> genText();         // short, readable, sometimes non-ASCII or with escapes
rc::Gen<nlohmann::json> genFreeform();  // a free-form value: null (absent) or a small object/array

rc::Gen<models::Link> genLink();
rc::Gen<models::CartLineItem> genCartLineItem();
rc::Gen<models::Cart> genWireCart();
rc::Gen<models::Order> genWireOrder();
rc::Gen<models::CartCheckoutResult> genCheckoutResult();
rc::Gen<models::Collection<models::Order>> genOrderCollection();
rc::Gen<models::Entitlement> genWireEntitlement();
rc::Gen<models::ReservedInstanceArtifactDetails> genArtifactDetails();
rc::Gen<models::Subscription> genWireSubscription();
rc::Gen<models::ApiFault> genApiFault();

}  // namespace pcsim::properties

namespace partnercenter::models {
// For counterexamples: the model's JSON.
void showValue(const Cart& value, std::ostream& os);
void showValue(const CartCheckoutResult& value, std::ostream& os);
void showValue(const Order& value, std::ostream& os);
void showValue(const Collection<Order>& value, std::ostream& os);
void showValue(const Entitlement& value, std::ostream& os);
void showValue(const ReservedInstanceArtifactDetails& value, std::ostream& os);
void showValue(const Subscription& value, std::ostream& os);
void showValue(const ApiFault& value, std::ostream& os);
}  // namespace partnercenter::models
