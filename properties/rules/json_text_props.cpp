// Writing a model straight to text (write_json) gives exactly the bytes of its ordered_json DOM's
// dump — the form pcsim answered with before it skipped the DOM — for every generated model,
// including strings that need escaping, non-ASCII text, prices with fractions and free-form JSON.
#include "support/property.hpp"

#include "gen/model_gen.hpp"

namespace pcsim::properties {
namespace {

template <class T>
void assertSameTextAsTheDom(const T& value) {
    const std::string viaDom =
        nlohmann::ordered_json(value).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    std::string direct;
    write_json(direct, value);
    RC_LOG() << "dom:    " << viaDom << "\ndirect: " << direct << "\n";
    RC_ASSERT(direct == viaDom);
}

PCSIM_PROPERTY(JsonText, Cart, ()) { assertSameTextAsTheDom(*genWireCart()); }
PCSIM_PROPERTY(JsonText, CheckoutResult, ()) { assertSameTextAsTheDom(*genCheckoutResult()); }
PCSIM_PROPERTY(JsonText, OrderCollection, ()) { assertSameTextAsTheDom(*genOrderCollection()); }
PCSIM_PROPERTY(JsonText, Entitlement, ()) { assertSameTextAsTheDom(*genWireEntitlement()); }
PCSIM_PROPERTY(JsonText, ReservedInstanceArtifactDetails, ()) { assertSameTextAsTheDom(*genArtifactDetails()); }
PCSIM_PROPERTY(JsonText, Subscription, ()) { assertSameTextAsTheDom(*genWireSubscription()); }
PCSIM_PROPERTY(JsonText, ApiFault, ()) { assertSameTextAsTheDom(*genApiFault()); }

}  // namespace
}  // namespace pcsim::properties
