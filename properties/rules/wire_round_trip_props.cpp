// Every wire model round-trips through JSON text: parse(render(x)) == x.
#include "support/property.hpp"

#include "gen/model_gen.hpp"

namespace pcsim::properties {
namespace {

template <class T>
void assertRoundTrip(const T& value) {
    const std::string text = models::serialize(value);
    RC_LOG() << "rendered: " << text << "\n";
    RC_ASSERT(models::parse_text<T>(text) == value);
}

PCSIM_PROPERTY(RoundTrip, Cart, ()) { assertRoundTrip(*genWireCart()); }
PCSIM_PROPERTY(RoundTrip, CheckoutResult, ()) { assertRoundTrip(*genCheckoutResult()); }
PCSIM_PROPERTY(RoundTrip, OrderCollection, ()) { assertRoundTrip(*genOrderCollection()); }
PCSIM_PROPERTY(RoundTrip, Entitlement, ()) { assertRoundTrip(*genWireEntitlement()); }
PCSIM_PROPERTY(RoundTrip, ReservedInstanceArtifactDetails, ()) { assertRoundTrip(*genArtifactDetails()); }
PCSIM_PROPERTY(RoundTrip, Subscription, ()) { assertRoundTrip(*genWireSubscription()); }
PCSIM_PROPERTY(RoundTrip, ApiFault, ()) { assertRoundTrip(*genApiFault()); }

}  // namespace
}  // namespace pcsim::properties
